"""History keeps the facts of a failure, not the day's sentence: a row stored while the
app spoke English reads in Ukrainian once it does, and search finds results, outcomes and
failures by their words in the language of the day."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calllauncher import translation
from calllauncher.app import AppParts
from calllauncher.controller.calls import CALL, CallRequest
from calllauncher.controller.history_recorder import record_request
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import History
from calllauncher.ui.i18n import install_translators, remove_translators
from calllauncher.ui.shell import Shell
from calllauncher.wording.failures import stored_sentence

EXT_TO_PHONE = "internal-number-to-external-number"
WRONG_KEY_EN = "The API key or secret is wrong"
WRONG_KEY_UK = "Неправильний ключ або секрет API"


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


@pytest.fixture
def ukrainian(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def speak(code: str) -> None:
        monkeypatch.setenv(translation.ENV, code)
        remove_translators(qapp)
        assert install_translators(qapp) == code

    yield speak  # type: ignore[misc]
    remove_translators(qapp)


def fail_a_call(qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX) -> None:
    pbx.inject(Fault.ERROR, code=121, message="Wrong key", method=EXT_TO_PHONE)
    parts.window.dial_number("0443334023")
    qtbot.waitUntil(lambda: shell.history.count() == 1 and shell.history.attempts()[0].failed)


def test_a_failure_is_stored_as_facts_and_read_in_todays_language(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX, ukrainian: object
) -> None:
    fail_a_call(qtbot, parts, shell, pbx)
    stored = shell.history.attempts()[0].error
    assert stored.startswith("{") and WRONG_KEY_EN not in stored  # facts, no sentence
    assert WRONG_KEY_EN in stored_sentence(stored)
    ukrainian("uk")  # type: ignore[operator]
    view = shell.open_history()
    view.reload()
    shown = view.table.topLevelItem(0).text(3)
    assert WRONG_KEY_UK in shown, shown
    assert WRONG_KEY_EN not in shown


def test_search_finds_outcomes_and_failures_by_their_words_in_the_users_language(
    qtbot: QtBot, parts: AppParts, shell: Shell, pbx: FakePBX, ukrainian: object
) -> None:
    fail_a_call(qtbot, parts, shell, pbx)
    row = record_request(shell.history, CallRequest(CALL, "0671234567", extension="901"))
    shell.history.mark_started(row, "555")
    shell.history.update_outcome("555", "BUSY", 0)
    ukrainian("uk")  # type: ignore[operator]
    view = shell.open_history()
    view.search.setText("зайнято")  # BUSY, in Ukrainian (QTest types ASCII only)
    view.reload()
    assert view.table.topLevelItemCount() == 1
    assert view.table.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole).number == "0671234567"
    view.search.clear()
    view.search.setText("секрет")  # the failure, by its Ukrainian words
    view.reload()
    assert view.table.topLevelItemCount() == 1
    found = view.table.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    assert found.number == "0443334023"


def test_an_older_rows_sentence_is_shown_as_it_was_stored(tmp_path: Path) -> None:
    history = History(tmp_path / "old.sqlite3")
    row = record_request(history, CallRequest(CALL, "0443334023", extension="901"))
    history.mark_failed(row, "The PBX did not answer in time.")
    assert stored_sentence(history.attempts()[0].error) == "The PBX did not answer in time."
    history.close()
