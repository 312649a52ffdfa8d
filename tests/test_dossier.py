"""The number dossier in the real window, over real HTTP to the simulated PBX: the number's
company-wide calls merged with this app's attempts, a recording asked for only when Play is
pressed (and its link never kept), Add to Binotel CRM, notes and tags."""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from calllauncher import translation
from calllauncher.app import AppParts
from calllauncher.controller.calls import CALL
from calllauncher.controller.dossier import IN, OUT, DossierRow
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services import logs
from calllauncher.services.call_notes import CALL_BACK_TOMORROW, WRONG_NUMBER
from calllauncher.services.history import FAILED, History
from calllauncher.ui.dossier_view import DossierView
from calllauncher.ui.history_view import HistoryView
from calllauncher.ui.i18n import install_translators, remove_translators
from calllauncher.ui.live_wiring import LiveParts
from calllauncher.ui.shell import Shell

ROMASHKA = "0671234567"  # a customer in the simulated CRM (ТОВ «Ромашка»)
STRANGER = "0635554433"  # nobody's number


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


@pytest.fixture
def opened(parts: AppParts) -> list[str]:
    """Every link the app hands to the desktop (instead of a browser opening)."""
    links: list[str] = []
    who: LiveParts = parts.who

    def opener(url: str) -> bool:
        links.append(url)
        return True

    who.opener = opener
    return links


def open_dossier(qtbot: QtBot, parts: AppParts, number: str) -> DossierView:
    view = parts.who.open_dossier(number)
    assert view is not None
    qtbot.waitUntil(lambda: not view.controller.loading, timeout=5000)
    activate(qtbot, view)
    return view


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts answer in the active window only."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def select(view: DossierView, keep: object) -> DossierRow:
    for index in range(view.table.topLevelItemCount()):
        item = view.table.topLevelItem(index)
        assert item is not None
        row = item.data(0, Qt.ItemDataRole.UserRole)
        if keep(row):  # type: ignore[operator]
            view.table.setCurrentItem(item)
            return row  # type: ignore[no-any-return]
    raise AssertionError("no such row")


def test_the_dossier_merges_the_pbx_calls_with_this_apps_attempts(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX, opened: list[str]
) -> None:
    answered = pbx.record_incoming_call(ROMASHKA, "902", disposition="ANSWER", talk=1.5)
    missed = pbx.record_incoming_call(ROMASHKA, "903", disposition="NOANSWER")
    pbx.record_incoming_call("0509876543", "903", disposition="ANSWER")  # another number
    parts.window.dial_number(ROMASHKA)  # my own call: an attempt and a PBX record
    qtbot.waitUntil(lambda: bool(shell.history.attempts(1)[0].call_id), timeout=5000)
    mine = shell.history.attempts(1)[0]
    failed = shell.history.add_attempt(
        CALL, ROMASHKA, extension="901", result=FAILED, error="Your phone did not answer."
    )

    history = shell.open_history()
    qtbot.waitUntil(lambda: history.table.topLevelItemCount() == 2, timeout=5000)
    # Enter on a history row still calls again; Details (Ctrl+I) opens the dossier
    assert "Enter" in history.redial_button.toolTip()
    assert "Ctrl+I" in history.details_button.toolTip()
    activate(qtbot, history)
    qtbot.keyClick(history.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    view = parts.who.dossiers[ROMASHKA]
    qtbot.waitUntil(lambda: not view.controller.loading, timeout=5000)
    qtbot.waitUntil(lambda: len(view.controller.rows) == 4, timeout=5000)

    rows = {row.call_id or f"attempt {row.attempt_id}": row for row in view.controller.rows}
    assert set(rows) == {answered, missed, mine.call_id, f"attempt {failed}"}
    assert rows[answered].direction == IN and rows[answered].has_recording
    assert rows[answered].who == "Andrii Shevchenko (902)"
    assert rows[answered].seconds == 30
    assert rows[missed].who == "Ірина Бондар (903)" and not rows[missed].has_recording
    assert rows[mine.call_id].attempt_id == mine.id  # one row for the call, not two
    assert rows[mine.call_id].direction == OUT
    assert rows[f"attempt {failed}"].result == FAILED
    assert view.title.text() == "ТОВ «Ромашка» · 067 123 4567"
    texts = [view.table.topLevelItem(i).text(3) for i in range(4)]  # type: ignore[union-attr]
    assert "no answer" in texts and "answered" in texts
    assert pbx.requests_for("call_record") == []  # nothing asked before Play


def test_loading_and_a_failure_are_said(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, method="history-by-external-number", delay=0.5)
    view = parts.who.open_dossier(STRANGER)
    assert view is not None
    assert view.controller.loading
    assert "Loading" in view.status.text() and view.status.isVisibleTo(view)
    qtbot.waitUntil(lambda: not view.controller.loading, timeout=5000)
    view.close()
    pbx.inject(Fault.ERROR, code=120, method="history-by-external-number")
    view = open_dossier(qtbot, parts, STRANGER)
    assert view.status.text().startswith("The PBX's calls with this number could not be loaded")
    view.close()


def test_the_recording_is_asked_for_only_on_play_and_never_kept(
    qtbot: QtBot,
    parts: AppParts,
    shell: Shell,
    pbx: FakePBX,
    opened: list[str],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    handler = logs.setup_logging(debug=True, directory=tmp_path / "logs")
    caplog.set_level(logging.DEBUG)
    try:
        answered = pbx.record_incoming_call(ROMASHKA, "902", disposition="ANSWER", talk=1.5)
        pbx.record_incoming_call(ROMASHKA, "903", disposition="NOANSWER")
        view = open_dossier(qtbot, parts, ROMASHKA)
        qtbot.waitUntil(lambda: len(view.controller.rows) == 2, timeout=5000)
        select(view, lambda r: not r.has_recording)
        assert not view.play_button.isEnabled()
        qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        select(view, lambda r: r.call_id == answered)
        assert len(pbx.requests_for("call_record")) == 0  # loading asked for no link
        assert view.play_button.isEnabled() and "Ctrl+P" in view.play_button.toolTip()
        qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
        assert len(pbx.requests_for("call_record")) == 1
        (url,) = opened
        assert url.startswith(f"http://127.0.0.1:{pbx.port}/recordings/{answered}.wav?")
        with urllib.request.urlopen(url, timeout=5) as answer:
            assert answer.read(4) == b"RIFF"  # the link the opener got plays
        signature = url.split("signature=")[1]
        handler.flush()
    finally:
        logs.stop_logging()
    for record in caplog.records:
        assert signature not in record.getMessage()
    stored = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".log") for p in stored)
    for path in stored:
        assert signature.encode() not in path.read_bytes(), path  # history, settings, logs
    assert not any(signature in repr(value) for value in vars(view.controller).values())


def test_a_refused_recording_is_a_sentence(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX, opened: list[str]
) -> None:
    pbx.record_incoming_call(ROMASHKA, "902", disposition="ANSWER", talk=1.5)
    view = open_dossier(qtbot, parts, ROMASHKA)
    qtbot.waitUntil(lambda: len(view.controller.rows) == 1, timeout=5000)
    pbx.inject(Fault.ERROR, code=104, message="Wrong data", method="call-record")
    view.play()
    qtbot.waitUntil(lambda: view.banner.isVisibleTo(view), timeout=5000)
    assert view.banner.text.startswith("The recording could not be opened")
    assert opened == []


def test_open_in_binotel_opens_the_cabinets_history_of_the_number(
    qtbot: QtBot, parts: AppParts, shell: Shell, opened: list[str]
) -> None:
    view = open_dossier(qtbot, parts, STRANGER)
    qtbot.keyClick(view.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [f"https://my.binotel.ua/?module=history&subject={STRANGER}"]


def test_add_to_crm_sends_name_number_and_my_extension_and_the_name_shows(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    view = open_dossier(qtbot, parts, STRANGER)
    assert view.title.text() == "063 555 4433"
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = view.form
    assert form is not None and form.isVisible()
    assert form.assignee.text() == "901 — Олена Коваленко"
    form.name.setText("Кав'ярня «Зерно»")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.title.text().startswith("Кав'ярня"), timeout=5000)
    (sent,) = pbx.requests_for("customers_create")
    assert sent.params["name"] == "Кав'ярня «Зерно»"
    assert sent.params["numbers"] == [STRANGER]
    assert sent.params["assignedToEmployeeNumber"] == "901"
    assert view.title.text() == "Кав'ярня «Зерно» · 063 555 4433"
    cached = parts.who.names.cache.get(STRANGER)
    assert cached is not None and cached.name == "Кав'ярня «Зерно»"
    assert view.banner.text == "Кав'ярня «Зерно» was added to the Binotel CRM."


def test_a_refused_create_says_why_and_offers_the_cabinets_add_contact_page(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX, opened: list[str]
) -> None:
    view = open_dossier(qtbot, parts, STRANGER)
    view.add_to_crm()
    assert view.form is not None
    view.form.name.setText("Petro Ivanenko")  # a name the CRM already has
    view.form.accept()
    qtbot.waitUntil(lambda: view.banner.isVisibleTo(view), timeout=5000)
    assert view.banner.text.startswith("Binotel did not add the contact:")
    assert "cabinet" in view.banner.text
    assert parts.who.names.name(STRANGER, ask=False) == ""
    offer = view.banner.newest.action_button  # type: ignore[union-attr]
    assert offer.isVisibleTo(view) and offer.text() == "Open Binotel's add-contact page"
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert opened == [f"https://my.binotel.ua/?module=addClient&number={STRANGER}"]


def test_an_empty_name_is_not_sent(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    view = open_dossier(qtbot, parts, STRANGER)
    assert not view.controller.add_to_crm("   ")
    assert view.banner.text == "Type the contact's name."
    assert pbx.requests_for("customers_create") == []


def test_notes_on_dossier_rows_stay_after_a_restart_and_are_copied(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX, tmp_path: Path
) -> None:
    desk = pbx.record_incoming_call(ROMASHKA, "901", disposition="ANSWER", talk=0.5)
    view = open_dossier(qtbot, parts, ROMASHKA)
    qtbot.waitUntil(lambda: len(view.controller.rows) == 1, timeout=5000)
    select(view, lambda r: r.call_id == desk)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.editor
    assert editor is not None and editor.isVisible()
    editor.text.setText("передзвонити після обіду")
    editor.tag.setCurrentIndex(editor.tag.findData(CALL_BACK_TOMORROW))
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.controller.rows[0].note != "", timeout=2000)
    item = view.table.topLevelItem(0)
    assert item is not None
    assert item.text(6) == "call back tomorrow · передзвонити після обіду"
    view.copy_row()
    assert QGuiApplication.clipboard().text() == (
        "0671234567 · ТОВ «Ромашка» · answered · call back tomorrow · передзвонити після обіду"
    )
    view.close()

    with History(tmp_path / "history.sqlite3") as again:  # the next start reads the file
        (note,) = again.notes_for_number(ROMASHKA).values()
        assert (note.call_id, note.note, note.tag) == (
            desk,
            "передзвонити після обіду",
            CALL_BACK_TOMORROW,
        )
        assert [n.call_id for n in again.search_call_notes("обіду")] == [desk]
    view = open_dossier(qtbot, parts, ROMASHKA)
    qtbot.waitUntil(lambda: len(view.controller.rows) == 1, timeout=5000)
    assert view.controller.rows[0].tag == CALL_BACK_TOMORROW


def test_the_history_window_edits_finds_and_copies_notes(
    qtbot: QtBot, parts: AppParts, shell: Shell
) -> None:
    shell.history.add_attempt(CALL, "0443334023", extension="901", call_id="7")
    shell.history.update_outcome("7", "BUSY", 0)
    shell.history.add_attempt(CALL, "0501112233", extension="901")
    view = shell.open_history()
    qtbot.waitUntil(lambda: view.table.topLevelItemCount() == 2, timeout=5000)
    activate(qtbot, view)
    view.table.setCurrentItem(view.table.topLevelItem(1))
    assert "F2" in view.note_button.toolTip()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.editor
    assert editor is not None and editor.isVisible()
    editor.text.setText("asked for the price list")
    editor.tag.setCurrentIndex(editor.tag.findData(WRONG_NUMBER))
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.history.attempts()[1].note != "", timeout=2000)
    current = view.current()
    assert current is not None and current.number == "0443334023"  # still on its row
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "0443334023 · busy · wrong number · asked for the price list"
    )
    for words in ("PRICE", "wrong num"):
        view.search.setText(words)
        view.reload()
        assert view.table.topLevelItemCount() == 1, words
        assert view.table.topLevelItem(0).text(1) == "044 333 4023"  # type: ignore[union-attr]


def test_tags_are_found_by_their_words_in_english_and_in_ukrainian(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    history = History(tmp_path / "history.sqlite3")
    tagged = history.add_attempt(CALL, "0443334023", extension="901")
    history.set_note(tagged, "", CALL_BACK_TOMORROW)
    history.set_note(history.add_attempt(CALL, "0501112233"), "рахунок надіслано")
    view = HistoryView(history)
    qtbot.addWidget(view)

    def found(text: str) -> list[str]:
        view.search.setText(text)
        view.reload()
        items = [view.table.topLevelItem(i) for i in range(view.table.topLevelItemCount())]
        return [item.text(4) for item in items if item is not None]

    try:
        assert found("call back") == ["call back tomorrow"]
        assert found("РАХУНОК") == ["рахунок надіслано"]
        monkeypatch.setenv(translation.ENV, "uk")
        remove_translators(qapp)
        assert install_translators(qapp) == "uk"
        assert found("передзвонити") == ["передзвонити завтра"]
        assert found("call back") == []  # today's words, not the English ones
        assert found("рахунок") == ["рахунок надіслано"]
    finally:
        remove_translators(qapp)
        history.close()


def test_the_dossier_is_worked_from_the_keyboard(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    pbx.record_incoming_call(ROMASHKA, "902", disposition="ANSWER", talk=0.5)
    view = open_dossier(qtbot, parts, ROMASHKA)
    qtbot.waitUntil(lambda: len(view.controller.rows) == 1, timeout=5000)
    buttons = (
        view.play_button,
        view.note_button,
        view.copy_button,
        view.binotel_button,
        view.crm_button,
        view.close_button,
    )
    keys = ("Ctrl+P", "F2", "Ctrl+C", "Ctrl+O", "Ctrl+N", "Esc")
    for button, key in zip(buttons, keys, strict=True):
        assert key in button.toolTip(), button.text()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on a row: its note
    editor = view.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor.text, Qt.Key.Key_Escape)  # leaves the note as it was
    assert not editor.isVisible() and view.isVisible()
    assert view.controller.rows[0].note == ""
    activate(qtbot, view)
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert ROMASHKA not in parts.who.dossiers
