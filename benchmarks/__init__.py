"""CallLauncher benchmarks: `make bench` (python -m benchmarks); see README.md."""
