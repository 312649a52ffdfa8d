"""Issue 14: every dial path of the real window is exact, and no click goes unanswered."""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import ANNOUNCE, BRIDGE, IVR
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import LEFT_AT_QUIT, History
from calllauncher.ui.live_calls_view import CallRow
from calllauncher.ui.shell import Shell
from calllauncher.wording.calls import outcome

EXT_TO_PHONE = "internal-number-to-external-number"
STARTS = (
    EXT_TO_PHONE,
    "external-number-to-external-number",
    "call-with-announcement",
    "call-with-interactive-voice-response",
)


def starts(pbx: FakePBX) -> int:
    return sum(len(pbx.requests_for(method)) for method in STARTS)


def type_number(qtbot: QtBot, parts: AppParts, text: str) -> None:
    field = parts.window.form.number
    field.clear()
    qtbot.keyClicks(field, text)


def wait_for_row(qtbot: QtBot, parts: AppParts, count: int = 1) -> None:
    qtbot.waitUntil(lambda: len(parts.window.calls_view.rows) >= count, timeout=5000)


# -- 1. the number field is ready for the next number ---------------------------------


def test_digits_typed_after_a_call_starts_are_the_next_number(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    form = parts.window.form
    type_number(qtbot, parts, "0671234567")
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    wait_for_row(qtbot, parts)  # the selection comes with the row, once the request is out
    assert form.number.text() == "0671234567"  # still in sight
    qtbot.keyClicks(parts.window.focusWidget(), "0509876543")
    assert form.number.text() == "0509876543"  # replaced, not "06712345670509876543"


def test_clicking_call_leaves_the_focus_in_the_number_field(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    """The press did not move the focus to the button and back: no leave-check of the
    number and no restyling between the press and the request (it cost the click ~0.4 ms);
    a wrong number is still said by the click, and Tab still reaches the button."""
    form = parts.window.form
    type_number(qtbot, parts, "0671234567")
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    assert parts.window.focusWidget() is form.number  # at once, not a turn later
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)
    type_number(qtbot, parts, "067")
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    assert form.hints["number"].text()  # too short: said under the field
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1
    assert form.call_button.focusPolicy() & Qt.FocusPolicy.TabFocus


# -- 3. a call while signed out says so, and the sentence stays -----------------------


@pytest.fixture
def signed_out(qtbot: QtBot) -> Iterator[AppParts]:
    from calllauncher.app import build

    parts = build()
    qtbot.addWidget(parts.window)
    parts.window.show()
    yield parts
    parts.window.quitting = True
    parts.shutdown()


def test_call_while_signed_out_says_so_and_the_sentence_stays(
    qtbot: QtBot, signed_out: AppParts
) -> None:
    window = signed_out.window
    window.form.number.setText("0443334023")
    window.form.extension.setEditText("901")
    qtbot.mouseClick(window.form.call_button, Qt.MouseButton.LeftButton)
    assert window.banner.isVisible()
    assert "Sign in first" in window.banner.text
    qtbot.wait(50)
    assert "Sign in first" in window.banner.text


# -- 4. Enter dials from every field --------------------------------------------------


def _fields(parts: AppParts, kind: str) -> list[QWidget]:
    form = parts.window.form
    if kind == BRIDGE:
        return [form.number2, form.company]
    if kind == ANNOUNCE:
        return [form.voice_file]
    if kind == IVR:
        return [form.ivr]
    return [form.extension, form.company, form.ring_time, form.limit, form.show_as, form.async_]


@pytest.mark.parametrize("kind", ["call", BRIDGE, ANNOUNCE, IVR])
def test_enter_dials_from_every_field(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, kind: str
) -> None:
    parts.dialer.same_action_window = 0.0  # each Enter here is meant as a new call
    form = parts.window.form
    form.set_mode(kind)
    form.more.setChecked(True)
    type_number(qtbot, parts, "0443334023")
    form.number2.setText("0671234567")
    form.company.setEditText("0443334000")
    form.ivr.setEditText("Головне меню")
    for field in _fields(parts, kind):
        before = starts(pbx)
        field.setFocus()
        target = parts.window.focusWidget()
        assert target is not None and (target is field or field.isAncestorOf(target))
        qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda b=before: starts(pbx) > b, timeout=5000)
        qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)


def test_enter_in_the_number_field_sends_one_request(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.5, method=EXT_TO_PHONE)
    parts.dialer.same_action_window = 0.0  # only the busy guard keeps a double out
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)
    qtbot.wait(100)
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1


# -- 2. a second dial while a call is starting is not dropped silently ----------------


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


def _row_saying(parts: AppParts, words: str) -> CallRow | None:
    return next((r for r in parts.window.calls_view.rows.values() if words in r.state.text()), None)


def test_a_link_dial_while_a_call_is_starting_waits_and_then_goes(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=1.0, method=EXT_TO_PHONE)  # the desk phone rings a while
    shell.dial("0671234567")
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)) or parts.dialer.busy)
    shell.dial("0509876543")  # another customer's link, meanwhile
    waiting = _row_saying(parts, "waits for the call being started")
    assert waiting is not None and waiting.cancel_button.isVisibleTo(waiting)
    assert "050 987 6543" in waiting.who.text()
    shell.dial("0671234567")  # the first link again: the same action, nothing more
    qtbot.waitUntil(lambda: len(pbx.requests_for(EXT_TO_PHONE)) == 2, timeout=8000)
    sent = [r.params["externalNumber"] for r in pbx.requests_for(EXT_TO_PHONE)]
    assert sent == ["0671234567", "0509876543"]
    qtbot.waitUntil(lambda: len(parts.live.calls) == 2, timeout=5000)
    qtbot.wait(300)
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 2


def test_a_waiting_call_can_be_cancelled_and_is_never_sent(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.8, method=EXT_TO_PHONE)
    shell.dial("0671234567")
    shell.dial("0509876543")
    waiting = _row_saying(parts, "waits for")
    assert waiting is not None
    qtbot.mouseClick(waiting.cancel_button, Qt.MouseButton.LeftButton)
    assert _row_saying(parts, "waits for") is None
    qtbot.waitUntil(lambda: len(parts.live.calls) == 1, timeout=5000)
    qtbot.wait(300)
    assert [r.params["externalNumber"] for r in pbx.requests_for(EXT_TO_PHONE)] == ["0671234567"]


# -- 5. truthful call state -----------------------------------------------------------


def test_the_row_tells_each_phase_from_click_to_result(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.6, method=EXT_TO_PHONE)
    form = parts.window.form
    type_number(qtbot, parts, "0671234567")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    rows = parts.window.calls_view.rows
    # Once the request is written (the turn after); long before the PBX (held 0.6 s)
    # answers.
    qtbot.waitUntil(lambda: len(rows) == 1, timeout=300)
    row = next(iter(rows.values()))
    assert row.state.text() == "ringing your phone (901) — pick up"
    assert row.cancel_button.isVisibleTo(row) and not row.hangup_button.isVisibleTo(row)
    qtbot.waitUntil(lambda: row.state.text().startswith("calling"), timeout=5000)
    assert row.state.text() == "calling 067 123 4567"
    assert row.hangup_button.isVisibleTo(row) and not row.cancel_button.isVisibleTo(row)
    assert list(rows.values()) == [row]  # the same row, now the PBX's call
    qtbot.waitUntil(lambda: row.state.text().startswith("talking"), timeout=8000)
    qtbot.waitUntil(lambda: row.state.text().startswith("ended: answered"), timeout=8000)


def test_cancel_while_the_desk_phone_rings_hangs_up_once_started(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.6, method=EXT_TO_PHONE)
    type_number(qtbot, parts, "0671234567")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    rows = parts.window.calls_view.rows
    qtbot.waitUntil(lambda: len(rows) == 1, timeout=300)  # once it is written
    row = next(iter(rows.values()))
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert row.state.text().startswith("cancelled")
    qtbot.waitUntil(lambda: bool(pbx.requests_for("hangup-call")), timeout=5000)
    assert pbx.requests_for("hangup-call")[0].params == {"generalCallID": row.call_id}


def test_the_row_waits_for_the_request_and_comes_before_its_answer(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    """The window builds its row once the call start is written, not while the worker
    sends it (the GUI thread held the GIL the worker needed); and always before the answer,
    however fast, so the row never outlives its call."""
    seen: list[str] = []
    rows = parts.window.calls_view.rows
    parts.dialer.callLeft.connect(lambda _r: seen.append("left"))
    parts.dialer.callStarted.connect(lambda *_a: seen.append(f"started, rows {len(rows)}"))
    type_number(qtbot, parts, "0671234567")
    parts.window.form.async_.setChecked(True)  # the PBX answers at once
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    assert not rows  # the click's own turn: the request is on its way, no row built yet
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == ["left", "started, rows 1"]
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1


def test_a_call_start_slow_to_connect_shows_its_row_while_connecting(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing written yet (a slow connection): the row comes anyway after a moment, with
    its Cancel, and only once."""
    import http.client

    send = http.client.HTTPConnection.send

    def slow(self: http.client.HTTPConnection, data: Any) -> None:
        time.sleep(0.5)  # on the worker: a connection slow to take the request
        send(self, data)

    monkeypatch.setattr(http.client.HTTPConnection, "send", slow)
    type_number(qtbot, parts, "0671234567")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    rows = parts.window.calls_view.rows
    qtbot.waitUntil(lambda: len(rows) == 1, timeout=400)
    assert not pbx.requests_for(EXT_TO_PHONE)  # still connecting
    row = next(iter(rows.values()))
    assert row.cancel_button.isVisibleTo(row)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)
    assert len(rows) == 1


@pytest.mark.parametrize("fault", [Fault.TRUNCATED, Fault.HTML_502, Fault.NOT_JSON])
def test_an_unreadable_start_answer_says_the_call_may_have_started(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, fault: Fault
) -> None:
    pbx.inject(fault, method=EXT_TO_PHONE)
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    banner = parts.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "may still have started: check your phone" in banner.text
    assert not parts.window.calls_view.rows  # no row pretends to follow it


def test_a_bridge_call_timeout_does_not_say_check_your_phone(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.RESET, method="external-number-to-external-number")
    form = parts.window.form
    form.set_mode(BRIDGE)
    type_number(qtbot, parts, "0671234567")
    form.number2.setText("0443334023")
    form.company.setEditText("0443334000")
    qtbot.keyClick(form.number2, Qt.Key.Key_Return)
    banner = parts.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "may still have started" in banner.text
    assert "check your phone" not in banner.text
    assert "Binotel call list" in banner.text


def test_code_104_says_what_the_pbx_said(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    form = parts.window.form
    form.set_mode(IVR)
    form.ivr.setEditText("No such menu")
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    banner = parts.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "no such voice menu" in banner.text
    assert "Check the numbers" not in banner.text


def test_a_bare_104_still_gives_the_advice(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    pbx.inject(Fault.ERROR, code=104, message="Wrong data", method=EXT_TO_PHONE)
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(parts.window.banner.isVisible, timeout=5000)
    assert "Check the numbers" in parts.window.banner.text


def test_the_row_says_when_following_the_call_fails(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    parts.live.max_poll_wait = 0.3  # the next look comes soon after each failure
    pbx.inject(Fault.HTTP_500, count=50, method="call-details")
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(parts.live.calls), timeout=5000)
    row = next(iter(parts.window.calls_view.rows.values()))
    qtbot.waitUntil(lambda: "can't reach the PBX" in row.state.text(), timeout=8000)
    pbx.clear_faults()
    qtbot.waitUntil(lambda: "can't reach the PBX" not in row.state.text(), timeout=8000)


def _answer_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(button).click()


def test_quitting_with_a_live_call_asks_first(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(parts.live.live()), timeout=5000)
    seen: list[str] = []
    QTimer.singleShot(100, partial(_answer_box, QMessageBox.StandardButton.No, seen))
    parts.quit()
    assert "Calls still going on: 1" in seen[0]
    assert parts.window.isVisible()  # No: nothing closed
    QTimer.singleShot(100, partial(_answer_box, QMessageBox.StandardButton.Yes, seen))
    assert parts.may_quit()


def test_a_call_live_at_quit_is_closed_in_history(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, tmp_path: Path
) -> None:
    path = tmp_path / "history.sqlite3"
    parts.start_shell(history=History(path))
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(parts.live.live()), timeout=5000)
    call_id = parts.live.live()[0].call_id
    parts.window.quitting = True
    parts.shutdown()
    with History(path) as history:
        (attempt,) = history.attempts()
        assert attempt.call_id == call_id
        assert attempt.disposition == LEFT_AT_QUIT
        assert outcome(attempt.disposition) == "still going when the app was closed"
        assert call_id in history.unfinished_calls()  # the next start asks how it ended


def test_clear_history_defaults_to_no(qtbot: QtBot, shell: Shell, parts: AppParts) -> None:
    shell.history.add_attempt("call", "0443334023", extension="901")
    view = shell.open_history()
    seen: list[str] = []
    QTimer.singleShot(100, partial(_answer_box, QMessageBox.StandardButton.No, seen))
    view.clear()
    assert seen and shell.history.count() == 1


def test_call_again_in_history_calls_at_once(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    from calllauncher.controller.calls import CallRequest
    from calllauncher.controller.history_recorder import record_request

    record_request(shell.history, CallRequest(IVR, "0443334023", ivr_name="Головне меню"))
    view = shell.open_history()
    view.table.setCurrentItem(view.table.topLevelItem(0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    method = "call-with-interactive-voice-response"
    qtbot.waitUntil(lambda: bool(pbx.requests_for(method)), timeout=5000)
    assert pbx.requests_for(method)[0].params == {
        "externalNumber": "0443334023",
        "ivrName": "Головне меню",
    }
    assert parts.window.form.mode == IVR and parts.window.form.ivr.currentText() == "Головне меню"


def test_dialling_the_highlighted_text_is_a_setting_off_by_default(qtbot: QtBot) -> None:
    from calllauncher.services.settings import AppSettings, Key
    from calllauncher.ui.settings_dialog import SettingsDialog

    settings = AppSettings()
    assert settings.flag(Key.DIAL_SELECTION) is False
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.set_values({key: settings.value(key) for key in dialog.values()})
    assert not dialog.dial_selection.isChecked()
    dialog.dial_selection.setChecked(True)
    assert dialog.values()[Key.DIAL_SELECTION] is True


# -- 6. outcomes you can act on -------------------------------------------------------


def _finish(qtbot: QtBot, parts: AppParts, number: str) -> CallRow:
    before = set(parts.live.calls)
    parts.window.dial_number(number)
    qtbot.waitUntil(lambda: bool(set(parts.live.calls) - before), timeout=5000)
    (call_id,) = set(parts.live.calls) - before
    row = parts.window.calls_view.rows[call_id]
    qtbot.waitUntil(lambda: row.dismiss_button.isVisibleTo(row), timeout=10000)
    return row


def test_finished_calls_are_coloured_by_outcome_and_can_be_called_again(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    from calllauncher.ui.widgets import palette

    busy = _finish(qtbot, parts, "0443331111")
    assert busy.state.text() == "ended: busy"
    assert palette.OUTCOME_TEXT["busy"].light in busy.state.styleSheet()
    answered = _finish(qtbot, parts, "0443334023")
    assert answered.state.text().startswith("ended: answered")
    assert palette.OUTCOME_TEXT["answered"].light in answered.state.styleSheet()
    view = parts.window.calls_view
    assert view.clear_button.isVisibleTo(view)
    sent = len(pbx.requests_for(EXT_TO_PHONE))
    qtbot.mouseClick(busy.redial_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pbx.requests_for(EXT_TO_PHONE)) > sent, timeout=5000)
    assert pbx.requests_for(EXT_TO_PHONE)[-1].params["externalNumber"] == "0443331111"
    qtbot.waitUntil(lambda: len(parts.live.live()) == 1, timeout=5000)
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert busy.call_id not in view.rows and answered.call_id not in view.rows
    assert len(view.rows) == 1  # the live one stays


def test_finished_calls_leave_the_list_after_a_while(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    parts.window.finished_row_seconds = 0.3
    row = _finish(qtbot, parts, "0443331111")
    qtbot.waitUntil(lambda: row.call_id not in parts.window.calls_view.rows, timeout=3000)


@pytest.fixture
def ukrainian(qapp: QApplication) -> Iterator[None]:
    from calllauncher.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, "uk") == "uk"
    yield
    remove_translators(qapp)


def test_the_list_keeps_two_rows_and_no_sideways_scroll_at_the_narrowest(
    qtbot: QtBot, ukrainian: None, parts: AppParts, pbx: FakePBX
) -> None:
    window = parts.window
    window.form.more.setChecked(True)
    window.resize(460, 200)  # as small as it goes
    for number in ("0443334023", "0671234567"):
        parts.window.dial_number(number)
        qtbot.waitUntil(
            lambda n=number: any(c.request.number == n for c in parts.live.calls.values())
        )
    qtbot.wait(100)
    view = window.calls_view
    rows = list(view.rows.values())
    area = view.list_area
    assert area.horizontalScrollBar().isHidden() or not area.horizontalScrollBar().isVisible()
    assert area.height() >= 2 * rows[0].height()
    for row in rows:
        assert row.width() <= area.viewport().width()
        for button in (row.hangup_button, row.transfer_button):
            assert button.geometry().right() <= row.width()
            assert button.width() >= button.sizeHint().width()  # «Покласти слухавку» whole


def test_transfer_offers_colleagues_by_name_not_yourself_and_closes_when_the_call_ends(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    from calllauncher.ui.transfer_dialog import TransferDialog

    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(parts.live.live()), timeout=5000)
    row = next(iter(parts.window.calls_view.rows.values()))
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TransferDialog)
        choice = dialog.choice
        offered = [choice.itemData(i) for i in range(choice.count())]
        seen["offered"] = offered
        seen["offline"] = choice.itemText(choice.findData("908"))
        completer = choice.completer()
        assert completer is not None
        completer.setCompletionPrefix("бонд")  # part of a name, any case
        seen["found"] = completer.currentCompletion()
        parts.live.hang_up(row.call_id)  # the call ends while the dialog is open

    QTimer.singleShot(100, look)
    qtbot.mouseClick(row.transfer_button, Qt.MouseButton.LeftButton)  # returns when closed
    assert "901" not in seen["offered"] and "903" in seen["offered"]  # not yourself
    assert "phone offline" in str(seen["offline"])  # marked
    assert seen["found"] == "903 — Ірина Бондар (working in CRM)"
    assert row.state.text().startswith("ended")
    assert not pbx.requests_for("attended-call-transfer")


def test_sign_out_asks_first(qtbot: QtBot, parts: AppParts) -> None:
    from tests.support.boxes import NO, YES, answer_next_box

    seen: list[str] = []
    answer_next_box(NO, seen)
    parts.flows.sign_out_action.trigger()
    assert seen and "delete the secret" in seen[0]
    assert parts.connection.signed_in  # No: nothing deleted
    answer_next_box(YES)
    parts.flows.sign_out_action.trigger()
    qtbot.waitUntil(lambda: not parts.connection.signed_in, timeout=5000)


def test_a_wrong_key_offers_sign_in_again_with_the_key_kept(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    from tests.support.values import KEY

    pbx.inject(Fault.ERROR, code=121, method=EXT_TO_PHONE)
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    banner = parts.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    button = banner.newest.action_button if banner.newest is not None else None
    assert button is not None and button.text() == "Sign in again…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = parts.flows.sign_in_dialog
    assert dialog is not None and dialog.key.text() == KEY


def test_a_search_that_finds_nothing_says_no_match(
    qtbot: QtBot, shell: Shell, parts: AppParts
) -> None:
    shell.history.add_attempt("call", "0443334023", extension="901")
    view = shell.open_history()
    view.search.setText("0999")
    view.reload()
    assert view.empty.isVisibleTo(view) and view.empty.text() == "No call matches “0999”."
    view.search.clear()
    view.reload()
    assert not view.empty.isVisibleTo(view)


# -- 7. smaller things ----------------------------------------------------------------


def test_the_hint_waits_for_the_number_to_be_typed(qtbot: QtBot, parts: AppParts) -> None:
    form = parts.window.form
    hints: list[str] = []
    form.number.textEdited.connect(lambda _: hints.append(form.number_hint.text()))
    type_number(qtbot, parts, "067123")
    assert form.number_hint.text() == ""  # not red at each keystroke
    form.extension.setFocus()  # leaving the field says it
    qtbot.waitUntil(lambda: bool(form.number_hint.text()), timeout=2000)
    assert "digits" in form.number_hint.text() or "short" in form.number_hint.text()
    type_number(qtbot, parts, "0800-FLOWERS")  # more typing can't mend letters: at once
    assert "letters" in form.number_hint.text()


def test_a_pasted_contact_line_gives_its_number(qtbot: QtBot, parts: AppParts) -> None:
    from PySide6.QtGui import QGuiApplication

    form = parts.window.form
    QGuiApplication.clipboard().setText("Іван Петренко, моб. +38 067 123 45 67")
    form.number.clear()
    form.number.setFocus()
    qtbot.keyClick(form.number, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.number.text() == "0671234567"


def test_the_pad_button_is_out_of_the_tab_order(qtbot: QtBot, parts: AppParts) -> None:
    form = parts.window.form
    form.number.setFocus()
    qtbot.mouseClick(form.pad_button, Qt.MouseButton.LeftButton)  # the pad opens
    assert form.pad.isVisible()
    assert parts.window.focusWidget() is form.number  # digits typed now reach the field
    qtbot.keyClick(form.number, Qt.Key.Key_Tab)
    assert parts.window.focusWidget() is not form.pad_button


def test_the_window_comes_back_at_its_size(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    from calllauncher.app import build
    from calllauncher.services.account import Account
    from calllauncher.services.settings import Key
    from tests.support.values import KEY, SECRET

    parts.window.resize(640, 720)
    parts.window.quitting = True
    parts.window.close()
    assert parts.settings.text(Key.WINDOW_GEOMETRY)
    again = build(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(again.window)
    try:
        assert (again.window.width(), again.window.height()) == (640, 720)
    finally:
        again.window.quitting = True
        again.shutdown()


def test_the_demo_title_names_the_app_once(qtbot: QtBot) -> None:
    from calllauncher.app import build

    demo = build(demo=True)
    qtbot.addWidget(demo.window)
    try:
        title = demo.window.windowTitle()
        assert title.count("CallLauncher") == 1 and title.endswith("CallLauncher")
    finally:
        demo.window.quitting = True
        demo.shutdown()


def test_a_retry_right_after_may_have_started_says_why_nothing_was_sent(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.TRUNCATED, method=EXT_TO_PHONE)
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    banner = parts.window.banner
    qtbot.waitUntil(lambda: "may still have started" in banner.text, timeout=5000)
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)  # at once, again
    assert "was not sent again" in banner.text
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1
