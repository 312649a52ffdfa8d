"""The real dialer window against the simulated PBX over HTTP, driven with pytest-qt."""

from __future__ import annotations

import time
from functools import partial

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import ANNOUNCE, BRIDGE, IVR
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.ui.transfer_dialog import TransferDialog

EXT_TO_PHONE = "internal-number-to-external-number"


def type_number(qtbot: QtBot, parts: AppParts, text: str) -> None:
    field = parts.window.form.number
    field.clear()
    qtbot.keyClicks(field, text)


def wait_for_row(qtbot: QtBot, parts: AppParts, count: int = 1) -> None:
    qtbot.waitUntil(lambda: len(parts.window.live.calls) >= count, timeout=5000)


def test_window_title_and_focus(parts: AppParts) -> None:
    assert parts.window.windowTitle() == "CallLauncher"
    assert parts.window.form.extension.currentText().startswith("901 — ")
    assert parts.window.focusWidget() is parts.window.form.number
    assert not parts.window.form.options.isVisible()  # more options start collapsed


def test_call_with_every_option(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    form = parts.window.form
    type_number(qtbot, parts, "+380 44 333-40-23")
    assert "+380 44 333 4023" in form.number_hint.text()
    form.extension.setCurrentIndex(form.extension.findData("902"))
    form.company.setEditText("044 333 40 00")
    qtbot.mouseClick(form.more, Qt.MouseButton.LeftButton)
    assert form.options.isVisible()
    form.ring_time.setValue(25)
    form.limit.setValue(120)
    form.playback.setChecked(False)
    form.show_as.setText("CRM client 3320")
    form.async_.setChecked(True)
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    wait_for_row(qtbot, parts)
    assert pbx.requests_for(EXT_TO_PHONE)[-1].params == {
        "internalNumber": "902",
        "externalNumber": "0443334023",
        "pbxNumber": "0443334000",
        "callTimeToExt": 25,
        "limitCallTime": 120,
        "playbackWaiting": False,
        "callerIdForEmployee": "CRM client 3320",
        "async": True,
    }
    assert parts.settings.strings("numbers/company") == ["0443334000"]
    # (the number field's recent list is the history's: tests/test_shell.py)
    # followed to the end, in words
    row = next(iter(parts.window.calls_view.rows.values()))
    qtbot.waitUntil(lambda: row.state.text().startswith("ended: answered"), timeout=8000)


def test_connect_two_numbers(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    form = parts.window.form
    form.set_mode(BRIDGE)
    type_number(qtbot, parts, "067 123 45 67")
    qtbot.keyClicks(form.number2, "(044) 333 40 23")
    qtbot.keyClick(form.number2, Qt.Key.Key_Return)
    assert "company number" in form.company_hint.text()  # required here, nothing sent
    assert not pbx.requests_for("external-number-to-external-number")
    form.company.setEditText("0443334000")
    qtbot.keyClick(form.number2, Qt.Key.Key_Return)
    wait_for_row(qtbot, parts)
    params = pbx.requests_for("external-number-to-external-number")[-1].params
    assert params["externalNumber1"] == "0671234567"
    assert params["externalNumber2"] == "0443334023"
    assert params["pbxNumber"] == "0443334000"


def test_announcement_from_the_picker(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    form = parts.window.form
    form.set_mode(ANNOUNCE)
    form.voice_file.setCurrentIndex(1)
    chosen = form.voice_file.currentData()
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("call-with-announcement")), timeout=5000)
    assert pbx.requests_for("call-with-announcement")[-1].params == {
        "externalNumber": "0443334023",
        "voiceFileID": chosen,
    }


def test_voice_menu_name_is_remembered(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    form = parts.window.form
    form.set_mode(IVR)
    form.ivr.setEditText("Головне меню")
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    wait_for_row(qtbot, parts)
    assert pbx.requests_for("call-with-interactive-voice-response")[-1].params["ivrName"] == (
        "Головне меню"
    )
    assert parts.settings.strings("numbers/ivrNames") == ["Головне меню"]
    assert form.ivr.findText("Головне меню") >= 0


def test_double_click_and_enter_send_one_request(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.8, method=EXT_TO_PHONE)
    form = parts.window.form
    type_number(qtbot, parts, "0443334023")
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.keyClick(form.number, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # "Calling…" once the request is written (the turn after), long before the answer.
    qtbot.waitUntil(lambda: not form.call_button.isEnabled(), timeout=300)
    wait_for_row(qtbot, parts)
    qtbot.wait(200)
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1
    assert form.call_button.isEnabled()


def test_hang_up_from_the_row(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    wait_for_row(qtbot, parts)
    row = next(iter(parts.window.calls_view.rows.values()))
    qtbot.mouseClick(row.hangup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("hangup-call")), timeout=5000)
    assert pbx.requests_for("hangup-call")[0].params == {"generalCallID": row.call_id}
    qtbot.waitUntil(lambda: row.state.text().startswith("ended"), timeout=5000)
    assert row.dismiss_button.isVisible() and not row.hangup_button.isVisible()


def test_transfer_to_a_colleague(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    wait_for_row(qtbot, parts)
    row = next(iter(parts.window.calls_view.rows.values()))

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TransferDialog)
        dialog.choice.setCurrentIndex(dialog.choice.findData("903"))
        dialog._accept()

    QTimer.singleShot(100, answer_dialog)
    qtbot.mouseClick(row.transfer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("attended-call-transfer")), timeout=5000)
    assert pbx.requests_for("attended-call-transfer")[0].params == {
        "generalCallID": row.call_id,
        "externalNumber": "903",
    }


def test_bad_number_is_marked_and_nothing_is_sent(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    form = parts.window.form
    type_number(qtbot, parts, "0800-FLOWERS")
    assert "letters" in form.number_hint.text()
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert not pbx.requests_for(EXT_TO_PHONE)
    assert form.number.text() == "0800-FLOWERS"


FAULT_SENTENCES = [
    (Fault.HTML_502, "did not answer properly (HTTP 502)"),
    (Fault.HTTP_500, "did not answer properly (HTTP 500)"),
    (Fault.TRUNCATED, "does not understand"),
    (Fault.RESET, "cut off"),
    (Fault.RATE_LIMIT, "Wait 3 seconds"),
    (Fault.HTTP_403, "IP address is not registered"),
]


@pytest.mark.parametrize(("fault", "words"), FAULT_SENTENCES)
def test_faults_show_a_sentence_and_keep_the_window_usable(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, fault: Fault, words: str
) -> None:
    pbx.inject(fault, method=EXT_TO_PHONE, delay=3)
    parts.dialer.same_action_window = 0.3  # a reset may have rung: no retry inside it
    form, banner = parts.window.form, parts.window.banner
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert words in banner.text
    assert form.number.text() == "0443334023"  # nothing typed is lost
    assert form.call_button.isEnabled()
    qtbot.wait(350)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)  # and the next try works
    wait_for_row(qtbot, parts)
    assert not banner.isVisible()


@pytest.mark.parametrize(("code", "words"), [(150, "Your phone did not answer"), (121, "secret")])
def test_pbx_codes_in_the_banner(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, code: int, words: str
) -> None:
    pbx.inject(Fault.ERROR, code=code, method=EXT_TO_PHONE)
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(parts.window.banner.isVisible, timeout=5000)
    assert words in parts.window.banner.text
    assert str(code) in parts.window.banner.details


def test_the_window_answers_while_every_worker_is_held(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    """The GUI thread never waits on the network. How long its longest stall is (under
    20 ms) is a figure of benchmarks/stall.py; here, no clock: every worker is held by the
    PBX until the test lets go, and meanwhile the window turns its event loop and takes keys."""
    pbx.inject(Fault.SLOW, count=20, delay=60.0)  # held until pbx.stop() below
    client = parts.connection.client()
    for _ in range(20):
        parts.runner.run(partial(client.settings.list_of_routes))
    qtbot.waitUntil(lambda: bool(pbx.requests_for("list_of_routes")), timeout=10000)
    ticks: list[None] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(None))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 50, timeout=10000)
    timer.stop()
    type_number(qtbot, parts, "0443334023")
    assert parts.window.form.number.text() == "0443334023"
    assert parts.runner.pending == 20  # none answered: all of that happened meanwhile
    pbx.stop()  # releases the held requests
    qtbot.waitUntil(lambda: parts.runner.pending == 0, timeout=10000)


def test_quit_with_requests_in_flight_is_prompt(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, count=10, delay=30.0)
    client = parts.connection.client()
    for _ in range(5):
        parts.runner.run(partial(client.settings.list_of_routes))
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.wait(200)
    started = time.monotonic()
    parts.window.close()
    parts.shutdown(wait_ms=1500)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("typed", ["112", "103"])
def test_emergency_number_is_marked_and_nothing_is_sent(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, typed: str
) -> None:
    """Issue 11: 112 and 101-104 passed for internal lines and were dialled via the PBX."""
    form = parts.window.form
    type_number(qtbot, parts, typed)
    assert f"{typed} is an emergency number" in form.number_hint.text()
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert not pbx.requests_for(EXT_TO_PHONE)
    assert form.number.text() == typed
