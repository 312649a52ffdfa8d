"""The tray menu, rebuilt on every opening; everything works where no tray exists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from calllauncher.phone import normalize
from calllauncher.services.clipboard import clipboard_number
from calllauncher.services.history import History
from calllauncher.ui.tray import Tray


def make_tray(tmp_path: Path, live: list[int]) -> tuple[Tray, History]:
    history = History(tmp_path / "h.sqlite3")
    tray = Tray(
        QIcon(),
        history,
        lambda: clipboard_number(QGuiApplication.clipboard()),
        lambda: live[0],
    )
    return tray, history


def test_no_tray_here_and_menu_still_works(qtbot: QtBot, tmp_path: Path) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the no-tray case
    tray, history = make_tray(tmp_path, [0])
    assert not tray.available
    assert not tray.notify("x", "y")
    texts = tray.actions_by_text()
    for wanted in ("Recent", "Favourites", "Hang up all", "Show dialer", "Settings…", "Quit"):
        assert wanted in texts
    assert not texts["Hang up all"].isEnabled()
    with qtbot.waitSignal(tray.quitRequested):
        texts["Quit"].trigger()
    with qtbot.waitSignal(tray.showRequested):
        texts["Show dialer"].trigger()
    history.close()


def test_menu_is_rebuilt_with_clipboard_recent_and_favourites(qtbot: QtBot, tmp_path: Path) -> None:
    live = [0]
    tray, history = make_tray(tmp_path, live)
    QGuiApplication.clipboard().setText("Call me: +380 44 333 40 23")
    history.add_attempt("call", "0671234567")
    history.add_attempt("call", "0443334023")
    history.add_favourite("0443334023", "Олена")
    live[0] = 2
    tray.menu.aboutToShow.emit()  # what opening the menu does
    texts = tray.actions_by_text()
    dial = texts["Dial clipboard (0443334023)"]
    with qtbot.waitSignal(tray.dialRequested) as blocker:
        dial.trigger()
    assert blocker.args == ["0443334023"]
    recent = [a.text() for a in texts["Recent"].menu().actions()]
    assert recent == ["Олена — 0443334023", "0671234567"]
    favourites = [a.text() for a in texts["Favourites"].menu().actions()]
    assert favourites == ["Олена — 0443334023"]
    assert texts["Hang up all (2)"].isEnabled()
    with qtbot.waitSignal(tray.hangUpAllRequested):
        texts["Hang up all (2)"].trigger()
    QGuiApplication.clipboard().setText("no number here")
    tray.menu.aboutToShow.emit()
    assert not tray.actions_by_text()["Dial clipboard (no number copied)"].isEnabled()
    history.close()


def test_clipboard_number_helper_normalises() -> None:
    QGuiApplication.clipboard().setText("tel:+380443334023")
    found = clipboard_number(QGuiApplication.clipboard())
    assert found == normalize("0443334023")
