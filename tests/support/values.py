"""The test account: its key and secret (the secret has non-ASCII, a slash and an emoji, so
every place it passes through is tried with them), and how fast simulated calls run."""

KEY, SECRET = "test-key-1234", "s3cr3t-Зірка/🔑-value"
FAST = 0.05  # simulated call life at 1/20 of real time
