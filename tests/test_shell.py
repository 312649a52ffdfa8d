"""Links, other launches, the clipboard, close-to-tray and history, in the real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.history_recorder import record_request
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services import sqlite_file
from calllauncher.services.history import History
from calllauncher.services.single_instance import Message
from calllauncher.ui.shell import Shell
from calllauncher.wording.failures import stored_sentence
from tests.support.damaged_history import history_with_damaged_oldest_rows

EXT_TO_PHONE = "internal-number-to-external-number"


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


def test_link_fills_the_number_with_call_focused(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    shell.handle(Message("link", "tel:+380%2044%20333-40-23"))
    form = parts.window.form
    assert form.number.text() == "0443334023"
    assert parts.window.focusWidget() is form.call_button  # so Enter dials
    qtbot.wait(200)
    assert not pbx.requests_for(EXT_TO_PHONE)


def test_link_dials_at_once_when_set(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    parts.settings.set("ui/dialLinksAtOnce", True)
    shell.handle(Message("link", "callto://+380443334023"))
    shell.handle(Message("link", "callto://+380443334023"))  # a link opened twice at once
    qtbot.waitUntil(lambda: bool(parts.window.live.calls), timeout=5000)
    qtbot.wait(200)
    sent = pbx.requests_for(EXT_TO_PHONE)
    assert len(sent) == 1 and sent[0].params["externalNumber"] == "0443334023"


def test_bad_link_says_why(shell: Shell, parts: AppParts) -> None:
    shell.handle(Message("link", "tel:044-ABC-DEF"))
    assert "can't be dialled" in parts.window.banner.text


def test_dial_clipboard(qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX) -> None:
    QGuiApplication.clipboard().setText("nothing to call here")
    shell.handle(Message("dial-clipboard"))
    assert "no phone number in the clipboard" in parts.window.banner.text
    QGuiApplication.clipboard().setText("Передзвоніть: (067) 123-45-67")
    shell.handle(Message("dial-clipboard"))
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    assert pbx.requests_for(EXT_TO_PHONE)[0].params["externalNumber"] == "0671234567"


def test_history_records_calls_and_failures(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    parts.window.dial_number("0443331111")  # busy
    qtbot.waitUntil(lambda: shell.history.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: shell.history.attempts()[0].disposition == "BUSY", timeout=8000)
    pbx.inject(Fault.ERROR, code=150, method=EXT_TO_PHONE)
    parts.window.dial_number("0671234567")
    assert shell.history.count() == 2  # written before the request left
    qtbot.waitUntil(lambda: shell.history.attempts()[0].failed, timeout=5000)
    failed = shell.history.attempts()[0]
    assert failed.failed and "did not answer" in stored_sentence(failed.error)
    view = shell.open_history()
    assert view.table.topLevelItemCount() == 2
    view.table.setCurrentItem(view.table.topLevelItem(1))
    view.redial()
    assert parts.window.form.number.text() == "0443331111"


def test_close_minimises_where_there_is_no_tray(shell: Shell, parts: AppParts) -> None:
    assert not shell.tray.available
    parts.window.close()
    assert parts.window.isVisible() and parts.window.isMinimized()
    parts.settings.set("ui/closeToTray", False)
    shell.show_window()
    parts.window.close()
    assert not parts.window.isVisible()


def test_history_in_the_menu_and_tray_hang_up_all(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    assert shell.history_action.shortcut().toString() == "Ctrl+Y"
    parts.window.dial_number("0443334023")
    qtbot.waitUntil(lambda: bool(parts.live.live()), timeout=5000)
    shell.tray.menu.aboutToShow.emit()
    shell.tray.actions_by_text()["Hang up all (1)"].trigger()
    qtbot.waitUntil(lambda: bool(pbx.requests_for("hangup-call")), timeout=5000)


def test_register_from_settings_in_temporary_xdg_folders(
    qtbot: QtBot, shell: Shell, parts: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    flows = parts.flows
    dialog = flows.open_settings()
    qtbot.mouseClick(dialog.register_links, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(parts.window.banner.isVisible, timeout=10000)
    assert (tmp_path / "xdg-data" / "applications").is_dir()
    dialog.reject()


def test_tray_settings_action_opens_settings(shell: Shell, parts: AppParts) -> None:
    shell.tray.actions_by_text()["Settings…"].trigger()
    assert parts.flows.settings_dialog is not None
    parts.flows.settings_dialog.reject()


def test_emergency_link_is_not_dialled(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    parts.settings.set("ui/dialLinksAtOnce", True)
    shell.handle(Message("link", "tel:112"))
    assert "112 is an emergency number" in parts.window.banner.text
    qtbot.wait(200)
    assert not pbx.requests_for(EXT_TO_PHONE)


def offered(parts: AppParts) -> list[str]:
    """What the number field's completer offers as it is typed."""
    completer = parts.window.form.number.completer()
    if completer is None:
        return []
    model = completer.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_a_long_history_damaged_past_the_open_check_is_set_aside_and_said(
    qtbot: QtBot, parts: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    history_with_damaged_oldest_rows(path)
    monkeypatch.setattr(sqlite_file, "CHECK_AT_OPEN_MAX_BYTES", 4096)  # as if it were long
    history = History(path)
    assert history.recovered_from is None  # opened without reading every page
    parts.start_shell(history=history)
    # The shell reads the rest off the GUI thread; what it finds is set aside and said.
    qtbot.waitUntil(lambda: history.recovered_from is not None, timeout=5000)
    qtbot.waitUntil(lambda: "damaged" in parts.window.banner.text, timeout=2000)
    assert history.count() == 0
    history.close()


def test_an_old_copy_of_the_recent_numbers_is_dropped(parts: AppParts, tmp_path: Path) -> None:
    parts.settings.set("numbers/recent", ["0501234567"])  # written by an older version
    history = History(tmp_path / "history.sqlite3")
    parts.start_shell(history=history)
    assert not parts.settings.is_user_set("numbers/recent")
    assert offered(parts) == []  # the old copy is not offered: the history is empty
    history.close()


def test_recent_numbers_come_from_the_history_and_clear_with_it(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    parts.window.dial_number("0443334023")
    qtbot.waitUntil(lambda: shell.history.count() == 1, timeout=5000)
    assert offered(parts) == ["0443334023"]
    shell.tray.menu.aboutToShow.emit()
    assert [a.text() for a in shell.tray.actions_by_text()["Recent"].menu().actions()] == [
        "044 333 4023"  # the tray formats numbers (and names them where it can)
    ]
    assert not parts.settings.is_user_set("numbers/recent")  # no second copy

    view = shell.open_history()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes
    )  # the "Delete the whole call history?" question, answered Yes
    view.clear()
    assert offered(parts) == []
    shell.tray.menu.aboutToShow.emit()
    recent = shell.tray.actions_by_text()["Recent"]
    assert recent.menu().isEmpty() and not recent.isEnabled()


BRIDGE_METHOD = "external-number-to-external-number"


def test_redial_of_a_two_number_row_connects_exactly_the_stored_pair(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    from calllauncher.controller.calls import BRIDGE, CallRequest

    stored = CallRequest(
        BRIDGE, "0671234567", "0443334000", company="0800300123", limit=45, playback_waiting=False
    )
    record_request(shell.history, stored)
    form = parts.window.form
    form.set_mode(BRIDGE)
    form.number2.setText("0501112233")  # left over from an earlier call
    view = shell.open_history()
    view.table.setCurrentItem(view.table.topLevelItem(0))
    view.redial()
    assert (form.number.text(), form.number2.text()) == ("0671234567", "0443334000")
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(BRIDGE_METHOD)), timeout=5000)
    assert pbx.requests_for(BRIDGE_METHOD)[0].params == {
        "externalNumber1": "0671234567",
        "externalNumber2": "0443334000",
        "pbxNumber": "0800300123",
        "limitCallTime": 45,
        "playbackWaiting": False,
    }


def test_redial_of_an_announcement_brings_back_its_voice_file(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    from calllauncher.controller.calls import ANNOUNCE, CallRequest

    form = parts.window.form
    assert form.voice_file.findData("102") >= 0
    record_request(
        shell.history,
        CallRequest(ANNOUNCE, "0443334023", voice_file_id="102", voice_file_name="Promo"),
    )
    form.set_mode(ANNOUNCE)
    form.voice_file.setCurrentIndex(form.voice_file.findData("105"))  # another one chosen
    view = shell.open_history()
    view.table.setCurrentItem(view.table.topLevelItem(0))
    view.redial()
    assert form.voice_file.currentData() == "102"
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    method = "call-with-announcement"
    qtbot.waitUntil(lambda: bool(pbx.requests_for(method)), timeout=5000)
    assert pbx.requests_for(method)[0].params == {
        "externalNumber": "0443334023",
        "voiceFileID": "102",
    }


def test_a_link_dials_with_the_saved_defaults_not_what_the_form_holds(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    from calllauncher.controller.calls import BRIDGE

    parts.settings.set("ui/dialLinksAtOnce", True)
    parts.settings.set("call/limitTime", 90)
    form = parts.window.form
    form.set_mode(BRIDGE)
    form.number2.setText("0501112233")
    form.limit.setValue(600)  # changed for one call, not saved
    shell.handle(Message("link", "tel:+380443334023"))
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    params = pbx.requests_for(EXT_TO_PHONE)[0].params
    assert params["externalNumber"] == "0443334023" and params["internalNumber"] == "901"
    assert params["limitCallTime"] == 90
    assert not pbx.requests_for(BRIDGE_METHOD)
    assert form.mode == "call" and form.number2.text() == ""  # the form shows what was sent
    assert form.limit.value() == 90
