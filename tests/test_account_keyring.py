"""Sign in through the window against the real Secret Service (gnome-keyring under
dbus-run-session, see scripts/with-secret-service): a new process — the window and the
command line — is signed in without asking; signing out deletes the entry.

Skipped where no such session was set up, unless CALLLAUNCHER_REQUIRE_KEYRING=1 (CI).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.SecretService
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

if not os.environ.get("CALLLAUNCHER_SECRET_SERVICE"):
    if os.environ.get("CALLLAUNCHER_REQUIRE_KEYRING") == "1":
        pytest.fail(
            "CALLLAUNCHER_REQUIRE_KEYRING=1 but no Secret Service session: run the tests "
            "through scripts/with-secret-service (make test).",
            pytrace=False,
        )
    pytest.skip(
        "no private Secret Service: run through scripts/with-secret-service (make test)",
        allow_module_level=True,
    )

from calllauncher.fakepbx import FakePBX
from calllauncher.services.credentials import KeyringStore
from tests.support import account as shared
from tests.support.account import Launch, files_holding, sign_in_through_the_dialog, user_ini
from tests.support.boxes import answer_next_box
from tests.support.values import KEY, SECRET

pytestmark = pytest.mark.keyring
launch = shared.launch
fast_restore = shared.fast_restore

# A new process that starts the window as the program does and reports, without the
# secret, whether it came up signed in and whether it asked anything.
WINDOW = textwrap.dedent(
    """
    import time
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from calllauncher.app import build
    parts = build()
    parts.window.show()
    end = time.monotonic() + 20
    while not parts.connection.signed_in and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    flows = parts.flows
    asked = flows.welcome is not None or flows.sign_in_dialog is not None
    account = parts.connection.account
    print("signed-in" if parts.connection.signed_in else "not-signed-in",
          account.key if account else "-", account.extension if account else "-",
          "asked" if asked else "not-asked")
    parts.shutdown()
    """
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    env.pop("CALLLAUNCHER_API_URL", None)
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=90,
        check=False,
    )


@pytest.fixture
def store() -> Iterator[KeyringStore]:
    """The real Secret Service, pinned (in this process the automatic choice would chain
    it with conftest's test keyring), with no entry for KEY before or after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.SecretService.Keyring())
    real = KeyringStore()
    real.delete(KEY)
    yield real
    real.delete(KEY)
    keyring.set_keyring(previous)


def test_sign_in_through_the_window_then_new_processes_are_signed_in_then_sign_out(
    qtbot: QtBot, launch: Launch, store: KeyringStore, pbx: FakePBX, isolated: Path
) -> None:
    parts = launch()
    qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
    qtbot.mouseClick(parts.flows.welcome.sign_in_button, Qt.MouseButton.LeftButton)

    sign_in_through_the_dialog(qtbot, parts, pbx.url, extension="904")

    assert store.load(KEY) == SECRET  # in the Secret Service
    assert user_ini().get("account", "key") == KEY
    assert files_holding(isolated, SECRET) == []

    # The window, in a new process: signed in from the keyring, nothing asked.
    window = run("-c", WINDOW)
    assert window.returncode == 0, window.stderr
    assert window.stdout.split() == ["signed-in", KEY, "904", "not-asked"]
    # The command line, in a new process: the same entry.
    pbx.clear_log()
    employees = run("-m", "calllauncher", "employees")
    assert employees.returncode == 0, employees.stderr
    assert [r.body["secret"] for r in pbx.requests_for("list_of_employees")] == [SECRET]
    for done in (window, employees):
        assert SECRET not in done.stdout + done.stderr

    # And in this process, a fresh build() like a restart.
    again = launch()
    qtbot.waitUntil(lambda: again.connection.signed_in, timeout=10000)
    assert again.flows.welcome is None and again.flows.sign_in_dialog is None

    answer_next_box()  # "Sign out and delete the secret…?" Yes
    again.flows.sign_out_action.trigger()
    qtbot.waitUntil(lambda: not again.connection.signed_in, timeout=10000)
    assert store.load(KEY) is None
    assert KeyringStore().load(KEY) is None
    after = run("-m", "calllauncher", "employees")
    assert after.returncode == 4
