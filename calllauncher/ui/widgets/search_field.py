"""The one field at the top: a number as before, or a name with what it finds listed
under it. Up/Down pick, Esc closes the list, a double-click or Enter calls the pick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...controller.search import COLLEAGUE, CUSTOMER, FAVOURITE, PASTED, RECENT, Match
from .number_edit import NumberEdit
from .props import USER_ROLE, set_props

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from ...phone import Normalized  # phonenumbers loads after the first frame

MAX_ROWS_SHOWN = 6  # more scroll: the list must not push Call out of the window
_MATCH = USER_ROLE


class SearchField(QWidget):
    """A :class:`NumberEdit` (``edit``) and the list of matches under it (``results``)."""

    searchEdited = Signal(str)  # the text typed or pasted, as it is now
    chosen = Signal()  # a match was double-clicked: call it
    detailsRequested = Signal(str)  # Ctrl+I: the picked match's number, or the field's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = NumberEdit()
        self.placeholder = self.tr("e.g. Olena or 044 333 40 23")
        self.edit.setPlaceholderText(self.placeholder)
        self.edit.setAccessibleName(self.tr("Name or phone number"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(self.tr("Ctrl+I: the number's calls, notes and recordings"))
        self.edit.textEdited.connect(self.searchEdited)
        self.edit.alsoPasted.connect(self._also_pasted)
        self.edit.installEventFilter(self)
        self._results: QListWidget | None = None  # made with the first matches (``results``)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.row)

    @property
    def results(self) -> QListWidget:
        """The list of matches under the field (hidden when there are none): made when
        first needed, not before the first frame (~1 ms, and its view's enum types)."""
        if self._results is not None:
            return self._results
        from PySide6.QtWidgets import QAbstractItemView, QListWidget

        self._results = results = QListWidget()
        results.setAccessibleName(self.tr("People and numbers found"))
        # Typing goes on in the field while a row is picked with the mouse or the arrows.
        set_props(results, focusPolicy="NoFocus")
        results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        results.setUniformItemSizes(True)
        results.setSpacing(1)  # rows a finger's breadth apart, not packed like a log
        set_props(
            results,
            horizontalScrollBarPolicy="ScrollBarAlwaysOff",
            textElideMode="ElideMiddle",
        )
        results.itemDoubleClicked.connect(lambda _item: self.chosen.emit())
        results.hide()
        self._layout.addWidget(results)
        return results

    def source_text(self, source: str) -> str:
        return {
            COLLEAGUE: self.tr("colleague"),
            FAVOURITE: self.tr("favourite"),
            CUSTOMER: self.tr("customer"),
            RECENT: self.tr("recent"),
            PASTED: self.tr("also in the pasted text"),
        }.get(source, source)

    def row_text(self, match: Match) -> str:
        """ "Name · 067 123 4567 · customer" (an extension as it is)."""
        from ...controller.names import display_number  # the names cache: after the frame

        parts = [match.name, display_number(match.number), self.source_text(match.source)]
        return " · ".join(p for p in parts if p)

    def show_matches(self, matches: list[Match], *, highlight: bool = True) -> None:
        """The list under the field (hidden when empty), the first row picked unless
        ``highlight`` is False (then Enter still calls what the field says)."""
        if not matches and self._results is None:
            return  # nothing to list, and no list yet
        self.results.clear()
        for match in matches:
            self.results.addItem(self.row_text(match))
            item = self.results.item(self.results.count() - 1)
            item.setData(_MATCH, match)
            item.setToolTip(self.row_text(match))
        if matches:
            self.results.setCurrentRow(0 if highlight else -1)
            if not highlight:
                self.results.clearSelection()
            rows = min(len(matches), MAX_ROWS_SHOWN)
            per_row = self.results.sizeHintForRow(0) + 2 * self.results.spacing()
            height = per_row * rows + 2 * self.results.frameWidth() + self.results.spacing()
            self.results.setFixedHeight(height)
        self.results.setVisible(bool(matches))

    def matches(self) -> list[Match]:
        if self._results is None:
            return []
        return [self.results.item(i).data(_MATCH) for i in range(self.results.count())]

    def highlighted(self) -> Match | None:
        """The match Enter would call now, if the list is open and a row is picked."""
        if self._results is None or self._results.isHidden():
            return None
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        match = item.data(_MATCH)
        return match if isinstance(match, Match) else None

    def take_match(self) -> Match | None:
        """The picked match's number into the field and the list closed: what is called
        is then what the field shows."""
        match = self.highlighted()
        if match is not None:
            self.edit.setText(match.number)
            self.close_list()
        return match

    def close_list(self) -> None:
        if self._results is None:
            return
        self.results.clear()
        self.results.hide()

    def _also_pasted(self, others: list[Normalized]) -> None:
        self.show_matches([Match("", n.digits, PASTED) for n in others], highlight=False)

    def _move(self, step: int) -> None:
        count = self.results.count() if self._results is not None else 0
        if not count:
            return
        current = self.results.currentItem()
        if current is None or not current.isSelected():  # nothing picked yet: Down is the first
            self.results.setCurrentRow(0 if step > 0 else count - 1)
            return
        self.results.setCurrentRow(max(0, min(count - 1, self.results.currentRow() + step)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit or not isinstance(event, QKeyEvent):
            return False
        from PySide6.QtCore import Qt  # a key: after the first frame (widgets/props)

        key = Qt.Key(event.key())
        if (
            event.type() == QEvent.Type.KeyPress
            and key == Qt.Key.Key_I
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            match = self.highlighted()
            number = match.number if match is not None else self.edit.text().strip()
            if number:
                self.detailsRequested.emit(number)
            return True
        if self._results is None or self._results.isHidden():
            return False
        steps: dict[Qt.Key, int] = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: MAX_ROWS_SHOWN,
            Qt.Key.Key_PageUp: -MAX_ROWS_SHOWN,
        }
        if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
            event.accept()  # Esc closes the list before the window's Esc does anything
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        if key == Qt.Key.Key_Escape:
            self.close_list()
            return True
        if key in steps:
            self._move(steps[key])
            return True
        return False
