"""Issue 16, one call timeline: the real window against the simulated PBX over real HTTP —
live calls, missed calls to call back, today's and earlier calls (the app's history merged
with mine from ``recent-calls-by-internal-number``, desk-phone calls included), one row
per number, Call again exactly, the keyboard, and a bounded history slice."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import ANNOUNCE, BRIDGE, CALL, CallRequest
from calllauncher.controller.timeline import DESK, INCOMING, REFRESH_SECONDS, SLICE_ROWS
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import History
from calllauncher.ui.shell import Shell
from calllauncher.ui.timeline_view import TimelineRow
from calllauncher.ui.widgets import palette
from tests.support.timeline import finish, refresh, who

EXT_TO_PHONE = "internal-number-to-external-number"
BRIDGE_CALL = "external-number-to-external-number"
ANNOUNCEMENT = "call-with-announcement"
RECENT = "recent-calls-by-internal-number"
BUSY = "0443331111"  # the simulated PBX: busy after a moment
PETRO = "0509876543"  # Petro Ivanenko in the simulated CRM
DESK_NUMBER = "0501112233"


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


def rows(parts: AppParts, section: str = "") -> list[TimelineRow]:
    return [r for key, r in parts.window.timeline.rows.items() if key.startswith(section)]


def row_for(parts: AppParts, number: str, section: str = "") -> TimelineRow | None:
    return next((r for r in rows(parts, section) if r.number == number), None)


def coloured(row: TimelineRow, outcome: str) -> bool:
    return palette.OUTCOME_TEXT[outcome].light in row.facts.styleSheet()


def test_every_row_kind_with_its_words_and_colour(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    now = time.time()
    pbx.record_desk_call(DESK_NUMBER, "901", disposition="ANSWER", talk=65 * 0.05)
    pbx.record_desk_call("0502223344", "901", disposition="BUSY", start_time=int(now - 3 * 86400))
    pbx.record_incoming_call(PETRO, "901", disposition="NOANSWER")
    pbx.record_incoming_call("Unknown", "901", disposition="NOANSWER")
    finish(qtbot, parts, BUSY)  # today's app call
    pbx.talk_for = 600.0
    parts.window.dial_number("0443334023")  # answers and talks: the live one
    qtbot.waitUntil(lambda: len(parts.live.live()) == 1, timeout=5000)
    who(parts).queue.load()  # today's missed calls to call back
    refresh(qtbot, parts)
    view = parts.window.timeline

    qtbot.waitUntil(lambda: row_for(parts, DESK_NUMBER, "today") is not None, timeout=5000)
    desk = row_for(parts, DESK_NUMBER, "today")
    assert desk is not None and desk.group.newest.kind == DESK
    assert desk.who.text() == "050\u00a0111\u00a02233"  # wraps whole or not at all
    assert desk.facts.text() == "Desk phone  ·  answered 1:05"
    assert coloured(desk, "answered")

    app_row = row_for(parts, BUSY, "today")
    assert app_row is not None and app_row.group.newest.attempt is not None
    assert app_row.facts.text() == "Call  ·  busy"
    assert app_row.when.text() == time.strftime("%H:%M", time.localtime(app_row.group.newest.at))
    assert coloured(app_row, "busy")

    incoming = row_for(parts, PETRO, "today")
    assert incoming is not None and incoming.group.newest.kind == INCOMING
    assert incoming.facts.text() == "Incoming  ·  missed"
    assert coloured(incoming, "missed")
    withheld = next(r for r in rows(parts, "today") if r.group.newest.withheld)
    assert withheld.who.text() == "Number withheld"  # never "Unknown"
    assert not withheld.button.isEnabled()  # nobody to call back

    earlier = row_for(parts, "0502223344", "earlier")
    assert earlier is not None and earlier.facts.text() == "Desk phone  ·  busy"
    when = time.strftime("%d.%m", time.localtime(now - 3 * 86400))
    assert earlier.when.text().startswith(when)  # an earlier day says its date
    assert coloured(earlier, "busy")
    assert view.today_title.isVisible() and view.earlier_title.isVisible()

    qtbot.waitUntil(lambda: PETRO in who(parts).view.rows, timeout=5000)
    missed = who(parts).view.rows[PETRO]
    qtbot.waitUntil(lambda: missed.isVisibleTo(view), timeout=2000)
    assert palette.OUTCOME_TEXT["missed"].light in missed.facts.styleSheet()

    (live,) = [r for r in view.calls.rows.values() if r.hangup_button.isVisible()]
    assert live.isVisibleTo(view) and view.now_title.isVisible()
    assert row_for(parts, "0443334023") is None  # live: in Now, not in Today as well
    # Top to bottom: live, then to call back, then today, then earlier.
    order = view.rows_in_order()
    assert order.index(live) < order.index(missed) < order.index(app_row) < order.index(earlier)


def test_a_call_the_app_made_is_one_row_not_two(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    call_id = finish(qtbot, parts, BUSY)
    refresh(qtbot, parts)
    model = who(parts).timeline
    assert call_id in model.records  # the PBX lists it under the same general call id
    assert [e.call_id for e in model.entries].count(call_id) == 1
    row = row_for(parts, BUSY)
    assert row is not None and row.group.count == 1 and not row.count.isVisible()
    assert row.group.newest.attempt is not None  # the app's own record: the exact request


def test_three_calls_to_one_number_collapse_into_one_row_with_a_count(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    now = time.time()
    for minutes in (30, 20):
        shell.history.add_attempt(
            CALL, PETRO, extension="901", call_id=f"99{minutes}", at=now - minutes * 60
        )
        shell.history.update_outcome(f"99{minutes}", "NOANSWER", 0)
    pbx.record_desk_call(PETRO, "901", disposition="ANSWER", talk=0.5)  # the newest
    shell.recorder.changed.emit()
    refresh(qtbot, parts)
    qtbot.waitUntil(lambda: row_for(parts, PETRO) is not None, timeout=5000)
    (row,) = [r for r in rows(parts) if r.number == PETRO]
    assert row.group.count == 3
    assert row.count.isVisible() and row.count.text() == "×\u00a03"
    assert row.group.newest.kind == DESK and coloured(row, "answered")
    assert row.who.text().endswith("050\u00a0987\u00a06543")
    opened: list[str] = []
    parts.window.timeline.openRequested.connect(opened.append)
    qtbot.mouseClick(row.count, Qt.MouseButton.LeftButton)
    assert opened == [PETRO]
    live = parts.window.findChild(QObject, "liveParts")
    dossier = live.dossiers.get(PETRO)
    assert dossier is not None and dossier.isVisible()  # the number's dossier opens
    dossier.close()


def _again(qtbot: QtBot, parts: AppParts, pbx: FakePBX, row: TimelineRow, method: str) -> None:
    pbx.clear_log()
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)  # a double click: one request
    qtbot.waitUntil(lambda: bool(pbx.requests_for(method)), timeout=5000)
    qtbot.wait(300)
    assert len(pbx.requests_for(method)) == 1


def test_call_again_makes_exactly_the_call_of_the_row(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    window = parts.window
    pair = CallRequest(BRIDGE, "0671234567", "0509871111", company="0443334023")
    voice = str(pbx.voice_files[0]["id"])
    spoken = CallRequest(ANNOUNCE, "0671231111", voice_file_id=voice, voice_file_name="x")
    for request in (pair, spoken):
        window.dial_request(request)
        qtbot.waitUntil(lambda r=request: row_for(parts, r.number) is not None, timeout=10000)
        qtbot.wait(2100)  # past the same-action guard: the next call is a new action

    row = row_for(parts, pair.number)
    assert row is not None
    assert row.who.text() == "067\u00a0123\u00a04567 ↔ 050\u00a0987\u00a01111"
    _again(qtbot, parts, pbx, row, BRIDGE_CALL)
    sent = pbx.requests_for(BRIDGE_CALL)[0].params
    assert (sent["externalNumber1"], sent["externalNumber2"]) == (pair.number, pair.number2)
    assert sent["pbxNumber"] == "0443334023"

    row = row_for(parts, spoken.number)
    assert row is not None
    _again(qtbot, parts, pbx, row, ANNOUNCEMENT)
    sent = pbx.requests_for(ANNOUNCEMENT)[0].params
    assert sent["externalNumber"] == spoken.number and str(sent["voiceFileID"]) == voice

    pbx.record_desk_call(DESK_NUMBER, "901", disposition="NOANSWER")
    pbx.record_incoming_call(PETRO, "901", disposition="NOANSWER")
    refresh(qtbot, parts)
    qtbot.waitUntil(lambda: row_for(parts, PETRO) is not None, timeout=5000)
    desk = row_for(parts, DESK_NUMBER)
    assert desk is not None
    _again(qtbot, parts, pbx, desk, EXT_TO_PHONE)  # an ordinary call from my extension
    sent = pbx.requests_for(EXT_TO_PHONE)[0].params
    assert (sent["internalNumber"], sent["externalNumber"]) == ("901", DESK_NUMBER)
    incoming = row_for(parts, PETRO)
    assert incoming is not None
    _again(qtbot, parts, pbx, incoming, EXT_TO_PHONE)  # calls the caller back
    sent = pbx.requests_for(EXT_TO_PHONE)[0].params
    assert (sent["internalNumber"], sent["externalNumber"]) == ("901", PETRO)
    assert sent["pbxNumber"] == "0443334023"  # from the number they called


def test_a_finished_live_call_moves_into_today(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.busy_after = 40.0  # two real seconds of dialling
    before = set(parts.live.calls)
    parts.window.dial_number(BUSY)
    qtbot.waitUntil(lambda: bool(set(parts.live.calls) - before), timeout=5000)
    (call_id,) = set(parts.live.calls) - before
    view = parts.window.timeline
    assert call_id in view.calls.rows and row_for(parts, BUSY) is None  # live: in Now
    qtbot.waitUntil(lambda: call_id not in view.calls.rows, timeout=10000)
    row = row_for(parts, BUSY, "today")
    assert row is not None and row.group.newest.call_id == call_id
    assert coloured(row, "busy") and not view.now_title.isVisible()
    assert call_id not in parts.live.calls  # not kept twice
    assert view.clear_button.isVisible()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert not rows(parts) and view.empty.isVisible()  # out of sight...
    assert len(shell.history.attempts()) == 1  # ...and still in the history


def test_keyboard_reaches_walks_and_acts_on_the_rows(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    now = time.time()
    for number, minutes in ((PETRO, 10), (DESK_NUMBER, 20)):
        shell.history.add_attempt(
            CALL, number, extension="901", call_id=f"8{minutes}", at=now - minutes * 60
        )
        shell.history.update_outcome(f"8{minutes}", "BUSY", 0)
    shell.recorder.changed.emit()
    window = parts.window
    qtbot.waitUntil(lambda: len(rows(parts)) == 2, timeout=5000)
    window.activateWindow()
    qtbot.keyClick(window.form.number, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    first, second = window.timeline.rows_in_order()
    assert QApplication.focusWidget() is first and isinstance(first, TimelineRow)
    assert first.number == PETRO  # newest first
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is first
    opened: list[str] = []
    window.timeline.openRequested.connect(opened.append)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert opened == [PETRO]
    live = window.findChild(QObject, "liveParts")
    live.dossiers[PETRO].close()
    pbx.clear_log()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClick(first, Qt.Key.Key_Return)  # twice: one request
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(300)
    assert [r.params["externalNumber"] for r in pbx.requests_for(EXT_TO_PHONE)] == [PETRO]
    assert "Enter" in first.button.toolTip() and "Space" in first.toolTip()


def test_the_pbx_list_backs_off_on_106_and_asks_only_while_seen(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    model = who(parts).timeline
    qtbot.waitUntil(lambda: bool(pbx.requests_for(RECENT)), timeout=5000)  # at start
    qtbot.waitUntil(lambda: model.answers == model.asks == 1, timeout=5000)
    assert model.wait == REFRESH_SECONDS and model._timer.isActive()
    pbx.inject(Fault.RATE_LIMIT, method=RECENT, delay=500, count=2)
    model.refresh()
    qtbot.waitUntil(lambda: model.answers == model.asks == 2, timeout=5000)
    assert model.wait == 2 * REFRESH_SECONDS  # at least twice the usual...
    assert model._timer.interval() == 2 * REFRESH_SECONDS * 1000
    model.refresh()
    qtbot.waitUntil(lambda: model.answers == model.asks == 3, timeout=5000)
    assert model.wait == 4 * REFRESH_SECONDS  # ...and longer again while it lasts
    pbx.clear_faults()
    model.refresh()
    qtbot.waitUntil(lambda: model.answers == model.asks == 4, timeout=5000)
    assert model.wait == REFRESH_SECONDS  # answered: the usual pace again
    assert len(pbx.requests_for(RECENT)) == 4  # nothing retried behind its back
    parts.window.hide()
    assert not model._timer.isActive()  # in the tray: nothing asked


def test_the_timeline_reads_a_bounded_slice_of_a_long_history(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3", max_rows=0) as history:
        now = time.time()
        for i in range(SLICE_ROWS + 50):
            history.add_attempt(CALL, f"067{i:07d}", at=now - i * 60)
        history.add_attempt(CALL, "0501234567", at=now - 30 * 86400)
        newest = history.timeline(SLICE_ROWS, now - 14 * 86400)
        assert len(newest) == SLICE_ROWS and newest[0].number == "0670000000"
        assert all(a.time >= now - 14 * 86400 for a in newest)
        assert history.timeline(10, now - 90) == history.attempts(2)
        plan = history._conn.execute(
            "EXPLAIN QUERY PLAN SELECT a.id FROM attempts a INDEXED BY attempts_search "
            "WHERE a.time >= ? ORDER BY a.time DESC, a.id DESC LIMIT ?",
            (0, 200),
        ).fetchall()
        assert "attempts_search" in str(plan) and "TEMP B-TREE" not in str(plan)


def test_no_sideways_scroll_at_the_narrowest_in_ukrainian(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX, qapp: QApplication
) -> None:
    from calllauncher.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, "uk") == "uk"
    try:
        shell.history.add_attempt(CALL, PETRO, extension="901", call_id="77")
        shell.history.update_outcome("77", "ANSWER", 151)
        pbx.record_desk_call(DESK_NUMBER, "901", disposition="NOANSWER")
        shell.recorder.changed.emit()
        refresh(qtbot, parts)
        window = parts.window
        window.resize(460, 700)
        qtbot.waitUntil(lambda: len(rows(parts)) == 2, timeout=5000)
        qtbot.wait(100)
        area = window.timeline.list_area
        holder = area.widget()
        assert holder.minimumSizeHint().width() <= area.viewport().width()
        for row in rows(parts):
            assert row.geometry().right() <= area.viewport().width()
            assert row.button.geometry().right() <= row.width()
            assert row.button.width() >= row.button.sizeHint().width()  # its words whole
    finally:
        remove_translators(qapp)


def test_a_long_history_gives_the_window_a_bounded_timeline(
    qtbot: QtBot, parts: AppParts, tmp_path: Path
) -> None:
    from calllauncher.ui.timeline_view import SHOWN_ROWS

    history = History(tmp_path / "long.sqlite3", max_rows=0)
    now = time.time()
    with history._conn:
        history._conn.executemany(
            "INSERT INTO attempts (time, kind, number, extension, result, call_id, disposition)"
            " VALUES (?, 'call', ?, '901', 'started', ?, 'ANSWER')",
            [(now - i * 30, f"067{i:07d}", str(10**9 + i)) for i in range(5000)],
        )
    try:
        parts.start_shell(history=history)
        model = who(parts).timeline
        qtbot.waitUntil(lambda: bool(model.entries), timeout=5000)
        assert len(model.entries) == SLICE_ROWS  # the newest slice, not 5000 rows
        assert len(rows(parts)) == SHOWN_ROWS  # and a bounded number of widgets
        assert rows(parts)[0].number == "0670000000"  # newest first
    finally:
        history.close()


def test_an_incoming_call_a_colleague_took_says_who(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    other = "0631234567"
    pbx.record_incoming_call(PETRO, "903", disposition="ANSWER", talk=40 * 0.05, rang=("901",))
    pbx.record_incoming_call(other, "901", disposition="ANSWER", talk=40 * 0.05)
    refresh(qtbot, parts)
    qtbot.waitUntil(lambda: row_for(parts, PETRO) is not None, timeout=5000)
    taken = row_for(parts, PETRO)
    mine = row_for(parts, other)
    assert taken is not None and mine is not None
    assert taken.facts.text() == "Incoming  ·  answered by Ірина Бондар 0:40"
    assert mine.facts.text() == "Incoming  ·  answered 0:40"  # I took it: no name
