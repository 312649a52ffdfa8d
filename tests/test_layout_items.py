"""A day of calls must not leave Python wrappers of Qt's layout items behind.

PySide gives ``QLayout.itemAt()``'s answer a wrapper that the layout keeps, and nothing
tells that wrapper when Qt deletes the item (a row deleted takes its item with it): it
stays "valid" over freed memory, and a later object at that address shares its entry in
Shiboken's wrapper map. The soak benchmark died of it (SIGSEGV in ``releaseWrapper`` while
a finished call's row was deleted, a few hundred requests in). So the window keeps its
rows in lists of its own and never reads them back from a layout; this test walks the
real window through calls and the timeline and then looks for layout-item wrappers whose
item no live layout holds.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.services.history import History
from tests.support.timeline import finish, refresh


def _live_items(layout: QLayout, into: set[int]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)  # a layout alive now: its items are alive
        into.add(shiboken6.getCppPointer(item)[0])
        inner = item.layout()
        if inner is not None:
            _live_items(inner, into)


def stale_item_wrappers() -> list[str]:
    """Wrappers of layout items (not layouts: those hear of their deletion) whose item no
    layout of a live widget holds any more, once the rows waiting to be deleted are gone."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive: set[int] = set()
    for widget in QApplication.allWidgets():
        layout = widget.layout()
        if layout is not None:
            _live_items(layout, alive)
    return [
        repr(w)
        for w in shiboken6.getAllValidWrappers()
        if isinstance(w, QLayoutItem)
        and not isinstance(w, QLayout)
        and shiboken6.getCppPointer(w)[0] not in alive
    ]


def test_calls_through_the_timeline_leave_no_layout_item_wrappers(
    qtbot: QtBot, parts: AppParts, tmp_path: Path
) -> None:
    history = History(tmp_path / "history.sqlite3")
    try:
        parts.start_shell(history=history)
        view = parts.window.timeline
        numbers = [f"044333400{n}" for n in range(5)]
        for number in numbers:
            finish(qtbot, parts, number)  # a live row made, finished, deleted; Today redone
            refresh(qtbot, parts)
            assert view.rows_in_order()  # what Up/Down walk: read from the view's own lists
        assert len([r for r in view.rows if r.startswith("today:")]) == len(numbers)
        assert stale_item_wrappers() == []
    finally:
        history.close()
