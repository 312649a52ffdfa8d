"""When the keyring fails — none on this system, locked, or refusing the write — the window
says so plainly, offers "this session only", and writes the secret nowhere. At start, a
keyring that comes up late is waited for before anyone is asked."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.fakepbx import FakePBX
from calllauncher.services.credentials import SERVICE
from calllauncher.services.settings import AppSettings
from calllauncher.ui.sign_in_dialog import SignInDialog
from tests.support import account as shared
from tests.support.account import Launch, files_holding, fill, press_test, user_ini
from tests.support.boxes import answer_next_box
from tests.support.scripted_keyring import ScriptedKeyring
from tests.support.values import KEY, SECRET

# The same start-up as test_account.py: build() and show, fast keyring retries.
launch = shared.launch
fast_restore = shared.fast_restore


def saved_key(url: str) -> None:
    """As if signed in before: key and URL in the settings (the secret is up to the test)."""
    settings = AppSettings()
    settings.set("account/key", KEY)
    settings.set("api/url", url)
    settings.sync()


def dialog_after_a_good_test(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> SignInDialog:
    dialog = parts.flows.open_sign_in()
    fill(dialog, key=KEY, secret=SECRET, url=pbx.url)
    assert press_test(qtbot, dialog) == "ok"
    return dialog


ALWAYS = 10**6

# (backend, words the message has, Retry offered)
FAILURES = [
    pytest.param(
        keyring.backends.fail.Keyring,
        ["No keyring is available", "Secret Service", "this session only"],
        False,
        id="none",
    ),
    pytest.param(
        lambda: ScriptedKeyring(
            keyring.errors.KeyringLocked("Collection is locked"), writes_failing=ALWAYS
        ),
        ["keyring is locked", "Unlock it", "Retry"],
        True,
        id="locked",
    ),
    pytest.param(
        lambda: ScriptedKeyring(
            keyring.errors.PasswordSetError("Failed to store password"), writes_failing=ALWAYS
        ),
        ["keyring refused to save the secret", "this session only"],
        True,
        id="refused",
    ),
]


@pytest.mark.parametrize(("make_backend", "words", "retry"), FAILURES)
def test_save_fails_plainly_and_this_session_only_works(
    qtbot: QtBot,
    launch: Launch,
    pbx: FakePBX,
    isolated: Path,
    make_backend: type[KeyringBackend],
    words: list[str],
    retry: bool,
) -> None:
    backend = make_backend()
    keyring.set_keyring(backend)  # conftest puts its own back afterwards
    parts = launch()
    dialog = dialog_after_a_good_test(qtbot, parts, pbx)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.kind == "warning", timeout=5000)

    for word in words:
        assert word in dialog.answer.text, dialog.answer.text
    assert dialog.session_button.isVisible()
    assert dialog.retry_button.isVisible() == retry
    assert not parts.connection.signed_in
    assert not user_ini().has_option("account", "key")  # nothing saved yet

    qtbot.mouseClick(dialog.session_button, Qt.MouseButton.LeftButton)

    assert parts.connection.signed_in and parts.account.session_only
    assert parts.flows.sign_in_dialog is None
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)  # the secret works
    assert getattr(backend, "items", {}) == {}
    assert user_ini().get("account", "key") == KEY  # the key is not secret
    assert files_holding(isolated, SECRET) == []

    answer_next_box()  # "Sign out and delete the secret…?" Yes
    parts.flows.sign_out_action.trigger()  # session only: no keyring involved
    qtbot.waitUntil(lambda: not parts.connection.signed_in, timeout=5000)
    assert parts.account.session.load(KEY) is None
    assert not user_ini().has_option("account", "key")


def test_unlock_then_retry_saves_to_the_keyring(qtbot: QtBot, launch: Launch, pbx: FakePBX) -> None:
    backend = ScriptedKeyring(keyring.errors.KeyringLocked("locked"), writes_failing=ALWAYS)
    keyring.set_keyring(backend)
    parts = launch()
    dialog = dialog_after_a_good_test(qtbot, parts, pbx)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.retry_button.isVisible, timeout=5000)

    backend.writes_failing = 0  # the user unlocked it
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    assert not parts.account.session_only
    assert backend.items == {(SERVICE, KEY): SECRET}
    assert user_ini().get("account", "key") == KEY


# ----- at start --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [keyring.errors.NoKeyringError("not yet"), keyring.errors.KeyringLocked("not yet")],
    ids=["unavailable", "locked"],
)
def test_a_late_keyring_is_waited_for(
    qtbot: QtBot, launch: Launch, pbx: FakePBX, error: Exception
) -> None:
    backend = ScriptedKeyring(error, reads_failing=2)
    backend.items[(SERVICE, KEY)] = SECRET
    keyring.set_keyring(backend)
    saved_key(pbx.url)

    parts = launch()

    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    assert backend.reads == 3
    assert parts.flows.welcome is None and parts.flows.sign_in_dialog is None


def test_no_keyring_at_start_asks_after_waiting(qtbot: QtBot, launch: Launch, pbx: FakePBX) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    saved_key(pbx.url)

    parts = launch()
    assert parts.window.status.text() == "Opening your keyring…"
    qtbot.waitUntil(lambda: parts.flows.sign_in_dialog is not None, timeout=5000)

    dialog = parts.flows.sign_in_dialog
    assert "No keyring is available" in dialog.answer.text
    assert "Secret Service" in dialog.answer.text
    assert dialog.key.text() == KEY and dialog.url.text() == pbx.url
    assert not dialog.retry_button.isVisible()
    assert parts.window.status.text() == "Not signed in."
    # The way on: test, Save fails again, this session only.
    dialog.secret.setText(SECRET)
    assert press_test(qtbot, dialog) == "ok"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.session_button.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.session_button, Qt.MouseButton.LeftButton)
    assert parts.connection.signed_in


def test_a_locked_keyring_at_start_offers_retry(qtbot: QtBot, launch: Launch, pbx: FakePBX) -> None:
    backend = ScriptedKeyring(keyring.errors.KeyringLocked("locked"), reads_failing=ALWAYS)
    backend.items[(SERVICE, KEY)] = SECRET
    keyring.set_keyring(backend)
    saved_key(pbx.url)
    parts = launch()
    qtbot.waitUntil(lambda: parts.flows.sign_in_dialog is not None, timeout=5000)
    dialog = parts.flows.sign_in_dialog
    assert "keyring is locked" in dialog.answer.text
    assert dialog.retry_button.isVisible()

    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)  # still locked
    qtbot.waitUntil(lambda: "keyring is locked" in dialog.answer.text, timeout=5000)
    assert not parts.connection.signed_in
    backend.reads_failing = 0  # unlocked
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    assert parts.flows.sign_in_dialog is None


def test_a_saved_key_without_a_secret_welcomes_with_the_reason(
    qtbot: QtBot, launch: Launch, pbx: FakePBX
) -> None:
    saved_key(pbx.url)  # conftest's in-memory keyring holds nothing

    parts = launch()

    qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
    reason = parts.flows.welcome.reason
    assert reason.isVisible() and "no secret for API key test…" in reason.text()


def test_a_preset_key_alone_is_a_first_run_with_the_key_filled_in(
    qtbot: QtBot, launch: Launch, pbx: FakePBX
) -> None:
    system = Path(os.environ["CALLLAUNCHER_SYSTEM_CONFIG"])
    system.parent.mkdir(parents=True)
    system.write_text(f"[account]\nkey={KEY}\n[api]\nurl={pbx.url}\n", "utf-8")

    parts = launch()

    qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
    assert not parts.flows.welcome.reason.isVisibleTo(parts.flows.welcome)
    qtbot.mouseClick(parts.flows.welcome.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = parts.flows.sign_in_dialog
    assert dialog is not None
    assert (dialog.key.text(), dialog.url.text()) == (KEY, pbx.url)
    assert dialog.secret.hasFocus() or dialog.focusWidget() is dialog.secret


def test_sign_out_when_the_keyring_refuses_keeps_you_signed_in(
    qtbot: QtBot, launch: Launch, pbx: FakePBX
) -> None:
    backend = ScriptedKeyring(keyring.errors.KeyringLocked("locked"), deletes_failing=1)
    backend.items[(SERVICE, KEY)] = SECRET
    keyring.set_keyring(backend)
    saved_key(pbx.url)
    parts = launch()
    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)

    answer_next_box()  # "Sign out and delete the secret…?" Yes
    parts.flows.sign_out_action.trigger()

    qtbot.waitUntil(parts.window.banner.isVisible, timeout=5000)
    assert "still signed in" in parts.window.banner.text
    assert parts.window.banner.details == "KeyringLocked"
    assert parts.connection.signed_in
    assert user_ini().get("account", "key") == KEY
    assert backend.items == {(SERVICE, KEY): SECRET}
