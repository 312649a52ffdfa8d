"""Two real processes: a second launch with a tel: link hands it to the running copy.

The first copy signs in from the real Secret Service (see scripts/with-secret-service),
so this module runs only there — always in CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

if not os.environ.get("CALLLAUNCHER_SECRET_SERVICE"):
    if os.environ.get("CALLLAUNCHER_REQUIRE_KEYRING") == "1":
        pytest.fail("CALLLAUNCHER_REQUIRE_KEYRING=1 but no Secret Service session", pytrace=False)
    pytest.skip("no private Secret Service (run through make test)", allow_module_level=True)

from calllauncher.fakepbx import FakePBX
from calllauncher.services.credentials import KeyringStore
from calllauncher.services.settings import AppSettings
from calllauncher.services.single_instance import Message, forward
from calllauncher.startup import instance_name
from tests.support.values import KEY, SECRET

pytestmark = pytest.mark.keyring
EXT_TO_PHONE = "internal-number-to-external-number"


@pytest.fixture
def running(pbx: FakePBX) -> Iterator[subprocess.Popen[bytes]]:
    settings = AppSettings()
    for key, value in {
        "account/key": KEY,
        "api/url": pbx.url,
        "account/extension": "901",
        "ui/dialLinksAtOnce": True,
    }.items():
        settings.set(key, value)
    settings.sync()
    store = KeyringStore()
    store.save(KEY, SECRET)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "calllauncher"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    name = instance_name(demo=False)
    deadline = time.monotonic() + 20
    while not forward(Message("ping"), timeout_ms=300, name=name):
        assert first.poll() is None, "the first copy exited"
        assert time.monotonic() < deadline, "the first copy never listened"
        time.sleep(0.1)
    yield first
    first.terminate()
    first.wait(10)
    store.delete(KEY)


# The app's entry point, as `python -m calllauncher ARGS` runs it; then which of the
# window's (and the network's, the keyring's) modules the launch loaded.
SECOND_LAUNCH = """
import sys
from calllauncher.__main__ import main
code = main(sys.argv[1:])
window = ("PySide6.QtWidgets", "calllauncher.app", "calllauncher.ui", "requests", "keyring")
print(",".join(name for name in window if name in sys.modules))
sys.exit(code)
"""


def test_second_launch_hands_over_the_link(running: subprocess.Popen[bytes], pbx: FakePBX) -> None:
    second = subprocess.run(
        [sys.executable, "-c", SECOND_LAUNCH, "tel:+380443334023"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert second.returncode == 0, second.stderr
    # It exits within a second because it hands over before loading any of the window
    # (benchmarks/startup.py times launches; a clock here would time the machine's load).
    assert second.stdout.strip() == "", f"the second launch loaded {second.stdout.strip()}"
    deadline = time.monotonic() + 15
    while not pbx.requests_for(EXT_TO_PHONE) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    calls = pbx.requests_for(EXT_TO_PHONE)
    assert len(calls) == 1
    assert calls[0].params["externalNumber"] == "0443334023"
    assert calls[0].params["internalNumber"] == "901"
    assert running.poll() is None  # the first copy is still running
