"""The history window over a real sqlite history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from calllauncher.services.history import History
from calllauncher.ui.history_view import HistoryView


@pytest.fixture
def history(tmp_path: Path) -> History:
    h = History(tmp_path / "history.sqlite3")
    h.add_attempt("call", "0443334023", extension="901", call_id="11")
    h.update_outcome("11", "ANSWER", 151)
    h.add_attempt(
        "bridge",
        "0671234567",
        number2="0443334000",
        result="failed",
        error="Your phone did not answer or is offline.",
    )
    h.add_attempt("ivr", "0501112233")
    return h


def test_rows_search_redial_copy(qtbot: QtBot, history: History) -> None:
    view = HistoryView(history)
    qtbot.addWidget(view)
    assert view.table.topLevelItemCount() == 3
    results = [view.table.topLevelItem(i).text(3) for i in range(3)]
    assert results[1].startswith("failed: Your phone did not answer")
    assert results[2] == "answered 2:31"
    qtbot.keyClicks(view.search, "067")
    qtbot.waitUntil(lambda: view.table.topLevelItemCount() == 1)
    assert "0671234567" in view.table.topLevelItem(0).text(1)
    with qtbot.waitSignal(view.redialRequested) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    (attempt,) = blocker.args
    assert (attempt.kind, attempt.number, attempt.number2) == ("bridge", "0671234567", "0443334000")
    view.copy_number()
    assert QGuiApplication.clipboard().text() == "0671234567"


def test_favourites_and_clear(
    qtbot: QtBot, history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = HistoryView(history)
    qtbot.addWidget(view)
    view.table.setCurrentItem(view.table.topLevelItem(2))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Олена", True))
    view.toggle_favourite()
    assert history.is_favourite("0443334023")
    assert "Олена — 0443334023" in view.table.topLevelItem(2).text(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.clear()
    assert history.count() == 0
    assert view.empty.isVisibleTo(view)
    assert history.is_favourite("0443334023")  # favourites survive a clear
