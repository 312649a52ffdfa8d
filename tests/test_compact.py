"""The compact window on the real app against the simulated PBX: on top, one shortcut to and
from the full window, its place kept across a restart, a live call hung up from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts, build
from calllauncher.fakepbx import FakePBX
from calllauncher.services.account import Account
from calllauncher.services.history import History
from calllauncher.services.settings import AppSettings, Key
from calllauncher.ui.compact_window import CompactWindow, clamped, parse_place
from calllauncher.ui.search_wiring import SearchParts
from calllauncher.ui.shell import Shell
from calllauncher.ui.widgets.search_field import SearchField
from tests.support.values import KEY, SECRET

EXT_TO_PHONE = "internal-number-to-external-number"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


def finder(shell: Shell) -> SearchParts:
    assert shell.finder is not None
    return shell.finder


def compact_of(qtbot: QtBot, shell: Shell) -> CompactWindow:
    parts = finder(shell)
    parts.to_compact()
    compact = parts.compact
    assert compact is not None
    qtbot.waitUntil(compact.isVisible, timeout=3000)
    return compact


def test_it_stays_on_top_and_holds_the_same_search_field(
    qtbot: QtBot, parts: AppParts, shell: Shell
) -> None:
    compact = compact_of(qtbot, shell)
    flags = compact.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert compact.isWindow()
    assert isinstance(compact.search, SearchField)
    assert not parts.window.isVisible()  # one window at a time
    who = shell.who
    assert who is not None
    assert who.feed._visible  # live calls are followed as closely as in the full window
    compact.hide()
    assert not who.feed._visible


def test_the_first_time_it_parks_in_the_top_right_corner(
    qtbot: QtBot, parts: AppParts, shell: Shell
) -> None:
    from calllauncher.ui.compact_window import CORNER, available_screens

    compact = compact_of(qtbot, shell)
    screen = available_screens()[0]
    place = compact.frameGeometry() if compact.frameGeometry().isValid() else compact.geometry()
    assert abs(place.top() - (screen.top() + CORNER)) <= 40  # a frame's title bar at most
    assert screen.right() - CORNER - 40 <= place.right() <= screen.right()


def test_one_shortcut_toggles_compact_and_full_from_both_and_the_tray(
    qtbot: QtBot, parts: AppParts, shell: Shell
) -> None:
    window = parts.window
    window.activateWindow()
    qtbot.keyClick(window.form.number, Qt.Key.Key_M, CTRL_SHIFT)
    compact = finder(shell).compact
    assert compact is not None
    qtbot.waitUntil(compact.isVisible, timeout=3000)
    assert not window.isVisible()
    assert parts.settings.flag(Key.COMPACT_MODE)  # the mode persists
    qtbot.waitUntil(compact.isActiveWindow, timeout=3000)  # shown in front, keys go to it
    qtbot.keyClick(compact.number, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(window.isVisible, timeout=3000)
    assert not compact.isVisible()
    assert not parts.settings.flag(Key.COMPACT_MODE)

    shell.tray.rebuild()
    action = shell.tray.actions_by_text()["Compact window"]
    assert action.shortcut().toString() == "Ctrl+Shift+M"
    action.trigger()
    qtbot.waitUntil(compact.isVisible, timeout=3000)
    shell.show_window()  # "Show dialer", a link, a dial: the window in use is the compact one
    assert compact.isVisible() and not window.isVisible()
    menu_actions = {a.text(): a for a in parts.flows.menu.actions()}
    assert menu_actions["Compact window"].shortcut().toString() == "Ctrl+Shift+M"


def test_its_place_and_the_mode_come_back_after_a_restart(
    qtbot: QtBot, pbx: FakePBX, tmp_path: Path
) -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    place = QRect(screen.left() + 120, screen.top() + 70, 360, 180)

    def start() -> tuple[AppParts, Shell]:
        parts = build(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
        qtbot.addWidget(parts.window)
        parts.window.show()
        return parts, parts.start_shell(history=History(tmp_path / "history.sqlite3"))

    first, shell = start()
    compact = compact_of(qtbot, shell)
    compact.setGeometry(place)  # moved and resized beside the browser
    qtbot.wait(50)
    first.window.quitting = True
    first.shutdown()

    second, shell = start()
    try:
        compact = finder(shell).compact  # the mode came back by itself
        qtbot.waitUntil(lambda: finder(shell).compact is not None, timeout=3000)
        compact = finder(shell).compact
        assert compact is not None
        qtbot.waitUntil(compact.isVisible, timeout=3000)
        assert not second.window.isVisible()
        assert compact.geometry() == place
    finally:
        second.window.quitting = True
        second.shutdown()


def test_a_place_off_every_screen_is_brought_back_onto_one(
    qtbot: QtBot, parts: AppParts, shell: Shell
) -> None:
    settings: AppSettings = parts.settings
    settings.set(Key.COMPACT_GEOMETRY, "9000,7000,340,160")  # a monitor unplugged since
    compact = compact_of(qtbot, shell)
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    assert any(s.contains(compact.geometry()) for s in screens)
    assert compact.size().width() == 340


def test_clamping_and_parsing() -> None:
    screens = [QRect(0, 0, 1920, 1080), QRect(1920, 0, 1280, 1024)]
    assert clamped(QRect(2000, 100, 300, 150), screens) == QRect(2000, 100, 300, 150)
    assert clamped(QRect(3150, 1000, 300, 150), screens) == QRect(2900, 874, 300, 150)
    assert clamped(QRect(-5000, -5000, 300, 150), screens) == QRect(0, 0, 300, 150)
    assert clamped(QRect(10, 10, 5000, 150), screens[:1]) == QRect(0, 10, 1920, 150)
    assert parse_place("10,20,300,150") == QRect(10, 20, 300, 150)
    for bad in ("", "10,20", "a,b,c,d", "1,2,0,5", "1,2,3,4,5"):
        assert parse_place(bad) is None


def test_a_call_from_it_shows_hang_up_which_hangs_it_up(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    compact = compact_of(qtbot, shell)
    compact.number.setFocus()
    qtbot.keyClicks(compact.number, "044 333 40 23")
    assert compact.hint.text() == "→ +380 44 333 4023"
    qtbot.keyClick(compact.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(pbx.requests_for(EXT_TO_PHONE)) == 1, timeout=5000)
    assert pbx.requests_for(EXT_TO_PHONE)[0].params["externalNumber"] == "0443334023"

    def hang_up_shown() -> bool:
        row = compact.row
        return row is not None and row.hangup_button.isVisible()

    qtbot.waitUntil(hang_up_shown, timeout=5000)
    row = compact.row
    assert row is not None
    assert "044 333 4023" in row.who.text()
    qtbot.mouseClick(row.hangup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("hangup-call")), timeout=5000)
    assert pbx.requests_for("hangup-call")[0].params == {"generalCallID": row.call_id}
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1


def test_a_customer_found_in_it_is_called(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    compact = compact_of(qtbot, shell)
    compact.number.setFocus()
    qtbot.keyClicks(compact.number, "Marta")
    qtbot.waitUntil(lambda: bool(compact.search.matches()), timeout=5000)
    assert compact.search.highlighted() is not None
    qtbot.keyClick(compact.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(200)
    assert [r.params["externalNumber"] for r in pbx.requests_for(EXT_TO_PHONE)] == ["0687776655"]


def test_it_shows_the_missed_count(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    compact = compact_of(qtbot, shell)
    assert not compact.missed_button.isVisible()
    pbx.record_incoming_call("0509876543", "901", disposition="NOANSWER")
    who = shell.who
    assert who is not None
    who.queue.load()
    qtbot.waitUntil(compact.missed_button.isVisible, timeout=5000)
    assert compact.missed_button.text() == "To call back (1)"
    qtbot.mouseClick(compact.missed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(parts.window.isVisible, timeout=3000)  # the queue is in the full window


def test_a_failed_call_is_said_in_it(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    from calllauncher.fakepbx import Fault

    compact = compact_of(qtbot, shell)
    pbx.inject(Fault.HTTP_403, method=EXT_TO_PHONE)
    compact.number.setFocus()
    qtbot.keyClicks(compact.number, "0443334023")
    qtbot.keyClick(compact.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "IP address is not registered" in compact.hint.text(), timeout=5000)
    assert compact.hint.isVisible()
    assert compact.number.text() == "0443334023"  # nothing typed is lost
