"""Warnings the user did not ask for stay in the real window until they are dismissed:
signing in (from the keyring, the dialog or the demo), "Not now" on the welcome and the
next call used to take them away before anyone could read them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts, build
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services import paths
from calllauncher.services.credentials import SERVICE
from calllauncher.services.history import History
from calllauncher.services.single_instance import Message
from calllauncher.ui.shell import Shell
from tests.support.memory_keyring import MemoryKeyring
from tests.support.values import KEY, SECRET

BAD_LINK = "tel:044-ABC-DEF"
EXT_TO_PHONE = "internal-number-to-external-number"


@pytest.fixture
def damaged_history(isolated: Path) -> Iterator[History]:
    path = paths.data_dir() / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not sqlite\x00\xff" * 300)
    history = History()
    assert history.warning and "damaged" in history.warning
    yield history
    history.close()


@pytest.fixture
def first_launch(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[AppParts, Shell]]:
    """No account saved: the welcome opens, as on the first day."""
    parts = build()
    qtbot.addWidget(parts.window)
    parts.window.show()
    history = History(tmp_path / "history.sqlite3")
    shell = parts.start_shell(history=history)
    qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
    yield parts, shell
    history.close()
    parts.window.quitting = True
    parts.window.close()
    parts.shutdown()


def test_signing_in_from_the_keyring_keeps_the_damaged_history_warning(
    qtbot: QtBot,
    parts: AppParts,
    pbx: FakePBX,
    damaged_history: History,
    memory_keyring: MemoryKeyring,
) -> None:
    # The start-up order of a real launch: the shell (and its warning) right after the first
    # frame, the saved account restored from the keyring a moment later.
    parts.start_shell(history=damaged_history)
    banner = parts.window.banner
    assert banner.isVisible() and "damaged" in banner.text
    memory_keyring.items[(SERVICE, KEY)] = SECRET
    parts.settings.set("account/key", KEY)
    parts.settings.set("api/url", pbx.url)
    with qtbot.waitSignal(parts.account.signedIn, timeout=5000):
        parts.account.restore()

    qtbot.wait(300)  # well past the ~100 ms the warning used to last
    assert banner.isVisible()
    assert "damaged" in banner.text


def test_a_bad_link_on_a_first_launch_survives_not_now_and_signing_in(
    qtbot: QtBot, first_launch: tuple[AppParts, Shell]
) -> None:
    parts, shell = first_launch
    shell.handle(Message("link", BAD_LINK))
    banner = parts.window.banner
    assert "can't be dialled" in banner.text

    welcome = parts.flows.welcome
    assert welcome is not None
    qtbot.mouseClick(welcome.later_button, Qt.MouseButton.LeftButton)  # "Not now"
    assert banner.isVisible()
    assert any("can't be dialled" in text for text in banner.texts), banner.texts
    assert any("Sign in…" in text for text in banner.texts)  # the newer message is shown too

    with qtbot.waitSignal(parts.account.signedIn, timeout=10000):
        parts.flows.account.start_demo()  # signed in: "Not signed in." goes
    qtbot.wait(100)
    assert banner.isVisible()
    assert len(banner.texts) == 1 and "can't be dialled" in banner.text


def test_a_call_tidies_away_its_own_failure_but_not_a_warning(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, damaged_history: History
) -> None:
    parts.start_shell(history=damaged_history)
    banner = parts.window.banner
    pbx.inject(Fault.ERROR, code=150, method=EXT_TO_PHONE)
    parts.window.dial_number("0443334023")
    qtbot.waitUntil(lambda: "did not answer" in banner.text, timeout=5000)
    assert len(banner.texts) == 2  # the failure on top, the warning under it

    parts.window.dial_number("0443334023")  # the failure was read and acted on
    qtbot.waitUntil(lambda: bool(parts.window.live.calls), timeout=5000)
    assert banner.isVisible()
    assert len(banner.texts) == 1 and "damaged" in banner.text


def test_esc_and_the_cross_dismiss_what_stays(
    qtbot: QtBot, parts: AppParts, damaged_history: History
) -> None:
    shell = parts.start_shell(history=damaged_history)
    shell.handle(Message("link", BAD_LINK))
    shell.handle(Message("link", BAD_LINK))  # the same link again: one message
    banner = parts.window.banner
    assert len(banner.texts) == 2 and "can't be dialled" in banner.text

    parts.window.activateWindow()
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Escape)
    assert len(banner.texts) == 1 and "damaged" in banner.text
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert banner.texts == []
    assert not banner.isVisible()
