"""Search-first dialing and the call-kind menu, on the real window against the simulated PBX
over real HTTP: a name typed finds colleagues and the CRM's customers, Enter calls the pick."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import ANNOUNCE, BRIDGE, CALL, IVR
from calllauncher.controller.search import (
    COLLEAGUE,
    CUSTOMER,
    FAVOURITE,
    PASTED,
    RECENT,
    Match,
    is_search,
    local_matches,
)
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.phone import numbers_in_text
from calllauncher.services.history import History
from calllauncher.ui.search_wiring import SearchParts
from calllauncher.ui.shell import Shell

EXT_TO_PHONE = "internal-number-to-external-number"


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


def finder(shell: Shell) -> SearchParts:
    assert shell.finder is not None
    return shell.finder


def searches(pbx: FakePBX) -> int:
    """Searches for a name (the names of numbers shown are looked up by number too)."""
    return len(subjects(pbx))


def subjects(pbx: FakePBX) -> list[str]:
    return [
        str(r.params.get("subject"))
        for r in pbx.requests_for("customers_search")
        if r.category == "customers" and not str(r.params.get("subject")).isdigit()
    ]


def calls_to(pbx: FakePBX) -> list[tuple[str, str]]:
    return [
        (r.params["internalNumber"], r.params["externalNumber"])
        for r in pbx.requests_for(EXT_TO_PHONE)
    ]


def type_in(qtbot: QtBot, parts: AppParts, text: str) -> None:
    field = parts.window.form.number
    field.setFocus()
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest types Latin-1 only: the letters arrive as one edit, as from an input method
        field.insert(text)
        field.textEdited.emit(field.text())


# -- pure parts ---------------------------------------------------------------------------


def test_a_name_is_searched_and_a_number_is_a_number() -> None:
    assert is_search("Petro")
    assert is_search("  ірина")
    assert not is_search("044 333 40 23")
    assert not is_search("+380 (67) 123-45-67")
    assert not is_search("0800-FLOWERS")  # a number with letters: told so, as before
    assert not is_search("tel:+380443334023")
    assert not is_search("")


def test_local_matches_every_word_any_order_ignoring_case_and_accents() -> None:
    colleagues = [("902", "Andrii Shevchenko"), ("903", "Ірина Бондар")]
    favourites = {"0671234567": "Petro mobile", "902": "Andrii again"}
    recent = [("0501112233", "José Petrenko")]
    found = local_matches("petr", colleagues, favourites, recent)
    # A name that begins with the query comes first; each number once.
    assert found == [
        Match("Petro mobile", "0671234567", FAVOURITE),
        Match("José Petrenko", "0501112233", RECENT),
    ]
    assert local_matches("бондар ір", colleagues, {}, []) == [
        Match("Ірина Бондар", "903", COLLEAGUE)
    ]
    assert local_matches("jose", [], {}, recent)[0].number == "0501112233"
    assert local_matches("andrii", colleagues, favourites, [])[0].source == COLLEAGUE


def test_every_number_in_a_text_is_found_in_order() -> None:
    text = "Petro +380 67 123 45 67 or (044) 333-40-23, order 12345 on 2024-05-01"
    assert [n.digits for n in numbers_in_text(text)] == ["0671234567", "0443334023"]
    assert numbers_in_text("no number here") == []


# -- the window ---------------------------------------------------------------------------


def test_a_colleagues_name_then_enter_calls_their_extension_from_mine(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form = parts.window.form
    type_in(qtbot, parts, "shevch")
    assert form.search.matches()[0] == Match("Andrii Shevchenko", "902", COLLEAGUE)
    assert form.search.results.isVisible()
    assert "Andrii Shevchenko · 902 · colleague" in form.search.results.item(0).text()
    assert form.number_hint.text() == ""  # a name is not a bad number
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(200)
    # An internal call: my desk phone rings, then the colleague's extension.
    assert calls_to(pbx) == [("901", "902")]
    assert form.number.text() == "902"  # what was called is what the field shows
    assert not form.search.results.isVisible()


def test_my_own_extension_is_not_offered(qtbot: QtBot, parts: AppParts, shell: Shell) -> None:
    type_in(qtbot, parts, "Олена")
    assert all(m.number != "901" for m in parts.window.form.search.matches())


def test_a_customers_name_shows_them_after_the_pause_and_down_enter_calls_the_number(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form = parts.window.form
    type_in(qtbot, parts, "Аптека")
    assert searches(pbx) == 0  # not at every keystroke: after the pause
    qtbot.waitUntil(lambda: len(form.search.matches()) == 2, timeout=5000)
    # One row per number of the customer, the first highlighted.
    assert [m.number for m in form.search.matches()] == ["0443331122", "0931112233"]
    assert {m.source for m in form.search.matches()} == {CUSTOMER}
    assert form.search.highlighted() == form.search.matches()[0]
    qtbot.keyClick(form.number, Qt.Key.Key_Down)
    assert form.search.highlighted() == form.search.matches()[1]
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(200)
    assert calls_to(pbx) == [("901", "0931112233")]
    assert searches(pbx) == 1
    # The customer is now a known name: live calls and history rows show it.
    who = shell.who
    assert who is not None
    assert who.names.name("0931112233", ask=False) == "Аптека №5"


def test_typing_fast_sends_one_search_per_pause_one_at_a_time_each_query_once(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form = parts.window.form
    pbx.inject(Fault.SLOW, delay=0.8, method="customers_search")
    type_in(qtbot, parts, "Ma")  # under 250 ms between keys
    qtbot.waitUntil(lambda: searches(pbx) == 1, timeout=3000)
    qtbot.keyClicks(form.number, "rta")  # typed on while the first is on its way
    qtbot.wait(500)
    assert searches(pbx) == 1  # it waits for the answer in flight
    qtbot.waitUntil(
        lambda: any(m.name == "Marta Hnatiuk" for m in form.search.matches()), timeout=5000
    )
    assert searches(pbx) == 2  # "ma", then "marta"; "mar" and "mart" never sent
    assert subjects(pbx) == ["Ma", "Marta"]  # as typed; the CRM ignores case itself
    form.number.clear()
    qtbot.keyClicks(form.number, "marta")  # the same query again: from the session's cache
    qtbot.wait(400)
    assert searches(pbx) == 2
    assert any(m.name == "Marta Hnatiuk" for m in form.search.matches())


def test_digits_call_as_before(qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX) -> None:
    form = parts.window.form
    type_in(qtbot, parts, "044 333 40 23")
    assert not form.search.results.isVisible()
    assert form.number_hint.text() == "→ +380 44 333 4023"
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(200)
    assert calls_to(pbx) == [("901", "0443334023")]
    assert searches(pbx) == 0


def test_pasted_text_gives_its_number_and_offers_the_others_without_picking_one(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form = parts.window.form
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Call Petro at +380 67 123 45 67 after 5")
    form.number.setFocus()
    qtbot.keyClick(form.number, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.number.text() == "0671234567"
    assert form.number_hint.text() == "→ +380 67 123 4567"
    assert not form.search.results.isVisible()  # one number: nothing else to offer

    clipboard.setText("Petro: +380 67 123 45 67, office (044) 333-40-23")
    form.number.clear()
    qtbot.keyClick(form.number, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.number.text() == "0671234567"
    assert form.search.matches() == [Match("", "0443334023", PASTED)]
    assert form.search.highlighted() is None  # Enter calls what the field says
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(200)
    assert calls_to(pbx) == [("901", "0671234567")]


def test_escape_closes_the_list_and_the_mouse_picks_a_row(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form = parts.window.form
    type_in(qtbot, parts, "o")  # several colleagues
    assert len(form.search.matches()) >= 2
    qtbot.keyClick(form.number, Qt.Key.Key_Escape)
    assert not form.search.results.isVisible()
    assert form.number.text() == "o"  # nothing typed is lost
    qtbot.keyClicks(form.number, "leksandr")
    results = form.search.results
    assert results.isVisible()
    target = next(i for i, m in enumerate(form.search.matches()) if m.number == "906")
    rect = results.visualItemRect(results.item(target))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.search.highlighted() == Match("Oleksandr Kravchenko", "906", COLLEAGUE)
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(200)
    assert calls_to(pbx) == [("901", "906")]


def test_enter_twice_on_a_match_starts_one_call(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form = parts.window.form
    pbx.inject(Fault.SLOW, delay=0.5, method=EXT_TO_PHONE)
    type_in(qtbot, parts, "Sofiia")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)  # the same call again: the guard holds
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)
    qtbot.wait(200)
    assert calls_to(pbx) == [("901", "909")]


# -- the kinds of call --------------------------------------------------------------------


def _pick_from_menu(qtbot: QtBot, kind: str, *, keyboard: bool) -> None:
    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.data() == kind)
        if keyboard:
            menu.setActiveAction(action)
            qtbot.keyClick(menu, Qt.Key.Key_Return)
        else:
            pos = menu.actionGeometry(action).center()
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=pos)

    QTimer.singleShot(150, choose)


# The offscreen platform says so for every popup menu; not our warning.
@pytest.mark.qt_log_ignore("does not support grabbing")
def test_each_rare_kind_by_mouse_shows_its_pickers_and_enter_dials_it(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    form = parts.window.form
    assert not form.mode_bar.isVisible()
    _pick_from_menu(qtbot, BRIDGE, keyboard=False)
    qtbot.mouseClick(form.mode_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.mode == BRIDGE, timeout=3000)
    assert form.number2.isVisible() and form.company.isVisible()
    assert form.mode_bar.isVisible() and form.mode_title.text() == "Connect two numbers"
    assert form.call_button.text() == "Connect"
    form.number.setText("0443334023")
    form.number2.setText("0671234567")
    form.company.setEditText("0443334000")
    form.number2.setFocus()
    qtbot.keyClick(form.number2, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("phone_to_phone")), timeout=5000)

    qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)  # the way back
    assert form.mode == CALL and not form.mode_bar.isVisible()
    assert not form.number2.isVisible()


@pytest.mark.qt_log_ignore("does not support grabbing")
def test_each_rare_kind_by_keyboard_shows_its_pickers_and_enter_dials_it(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    window, form = parts.window, parts.window.form
    form.number.setFocus()
    qtbot.keyClick(form.number, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert form.mode == ANNOUNCE and form.voice_file.isVisible()
    assert form.number.hasFocus()
    form.number.setText("0443334023")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("call_with_announcement")), timeout=5000)

    # The menu itself from the keyboard: Tab to it, Space opens it, Enter picks.
    form.mode_button.setFocus()
    _pick_from_menu(qtbot, IVR, keyboard=True)
    qtbot.keyClick(form.mode_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: form.mode == IVR, timeout=3000)
    assert form.ivr.isVisible() and not form.voice_file.isVisible()
    assert [a.isChecked() for a in form.mode_actions] == [False, False, False, True]
    form.ivr.setEditText("Головне меню")
    form.number.setText("0671234567")
    form.number.setFocus()
    qtbot.wait(2100)  # past the same-action window of the first call
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: bool(pbx.requests_for("call_with_interactive_voice_response")), timeout=5000
    )
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert form.mode == CALL


def test_favourites_and_names_seen_in_history_are_found_too(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    shell.history.add_favourite("0501234567", "Stepan (warehouse)")
    shell.history.add_attempt(CALL, "0635554433")
    who = shell.who
    assert who is not None
    who.names.remember("0635554433", "Stepan Koval")  # a name the PBX gave for that call
    form = parts.window.form
    type_in(qtbot, parts, "stepan")
    assert form.search.matches()[:2] == [
        Match("Stepan (warehouse)", "0501234567", FAVOURITE),
        Match("Stepan Koval", "0635554433", RECENT),
    ]
    texts = [form.search.results.item(i).text() for i in range(2)]
    assert texts == [
        "Stepan (warehouse) · 050 123 4567 · favourite",
        "Stepan Koval · 063 555 4433 · recent",
    ]
    qtbot.keyClick(form.number, Qt.Key.Key_Down)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    qtbot.wait(200)
    assert calls_to(pbx) == [("901", "0635554433")]


def test_ctrl_i_opens_the_dossier_of_the_pick_or_of_the_number_typed(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form, who = parts.window.form, shell.who
    assert who is not None
    type_in(qtbot, parts, "Аптека")
    qtbot.waitUntil(lambda: len(form.search.matches()) == 2, timeout=5000)
    qtbot.keyClick(form.number, Qt.Key.Key_Down)
    qtbot.keyClick(form.number, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert list(who.dossiers) == ["0931112233"]  # the picked row's number, not the first
    asked = "history-by-external-number"
    qtbot.waitUntil(lambda: bool(pbx.requests_for(asked)), timeout=5000)
    assert pbx.requests_for(asked)[-1].params["externalNumbers"] == ["0931112233"]
    assert not pbx.requests_for(EXT_TO_PHONE)  # opening a dossier calls nobody
    who.dossiers["0931112233"].close()
    type_in(qtbot, parts, "+380 44 333-40-23")
    qtbot.keyClick(form.number, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert "0443334023" in who.dossiers  # the typed number, in the PBX's form
    who.dossiers["0443334023"].close()


def test_a_failed_customer_search_says_so_and_keeps_the_people_found(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX
) -> None:
    form = parts.window.form
    pbx.inject(Fault.HTML_502, method="search", count=5)
    type_in(qtbot, parts, "Andrii")
    hint = form.hints["number"]
    qtbot.waitUntil(lambda: "customers were not searched" in hint.text(), timeout=5000)
    assert hint.text().endswith("(HTTP 502).")  # the failure's own sentence, not a vague one
    assert [m.source for m in form.search.matches()] == [COLLEAGUE]  # still offered
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    assert calls_to(pbx) == [("901", "902")]
