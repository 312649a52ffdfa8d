"""The team: colleagues with their extension, presence and line state, filtered as typed;
Enter or a double click calls the colleague's extension."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..binotel.models import Employee
from ..translation import translate
from ..wording.calls import presence_text
from ..wording.team import line_state_text
from .plain import PlainLabel
from .presence_menu import dot_icon, presence_icon
from .widgets import palette

SHORTCUT = "Ctrl+T"
NAME, EXTENSION, PRESENCE, LINE = range(4)
_EXT_ROLE = Qt.ItemDataRole.UserRole


def line_color(status: str) -> str:
    pair = palette.LINE.get(status, palette.UNKNOWN_STATE)
    return pair.pick(palette.is_dark())


class TeamPanel(QWidget):
    callRequested = Signal(str)  # the colleague's extension

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPanel")
        self.filter = QLineEdit()
        self.filter.setObjectName("teamFilter")
        self.filter.setPlaceholderText(self.tr("Type a name or extension"))
        self.filter.setAccessibleName(self.tr("Find a colleague"))
        self.filter.setClearButtonEnabled(True)
        self.list = QTreeWidget()
        self.list.setObjectName("teamList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Colleagues"))
        self.list.setHeaderLabels(
            [self.tr("Colleague"), self.tr("Ext."), self.tr("Status"), self.tr("Phone")]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (EXTENSION, PRESENCE, LINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = PlainLabel(self.tr("No colleagues loaded yet."))
        self.empty.setWordWrap(True)
        self.list.setToolTip(self.tr("Enter or a double click calls the colleague"))
        # Wide enough for every column: the window grows by this when the panel opens.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(self._activated)  # Enter, double click
        self.show_team([])

    # -- contents ---------------------------------------------------------------------------

    def show_team(self, employees: Iterable[Employee], own_extension: str = "") -> None:
        """Every colleague with an extension (me left out), by extension; the row picked
        stays picked when it is still there."""
        current = self.current_extension()
        self.list.clear()
        for employee in sorted(employees, key=lambda e: e.extension):
            if not employee.extension or employee.extension == own_extension:
                continue
            self.list.addTopLevelItem(self._item(employee))
        self._apply_filter(self.filter.text())
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        if current:
            self.select(current)

    def _item(self, e: Employee) -> QTreeWidgetItem:
        name = e.name or translate("Wording", "line without a user")
        presence = presence_text(e.presence_state) or "—"
        line = line_state_text(e.endpoint_status) or "—"
        item = QTreeWidgetItem([name, e.extension, presence, line])
        item.setData(NAME, _EXT_ROLE, e.extension)
        item.setData(NAME, Qt.ItemDataRole.UserRole + 1, e.presence_state)
        item.setData(NAME, Qt.ItemDataRole.UserRole + 2, e.endpoint_status)
        item.setIcon(PRESENCE, presence_icon(e.presence_state))
        color = line_color(e.endpoint_status)
        item.setIcon(LINE, dot_icon(color))
        item.setForeground(LINE, QBrush(QColor(color)))
        tip = self.tr("{name}, extension {ext}: {presence}, {line}").format(
            name=name, ext=e.extension, presence=presence, line=line
        )
        for column in range(4):
            item.setToolTip(column, tip)
        return item

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(name, extension, presence, line) of the rows shown (tests, accessibility)."""
        out = []
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and not item.isHidden():
                out.append((item.text(NAME), item.text(EXTENSION), item.text(2), item.text(3)))
        return out

    def current_extension(self) -> str:
        item = self.list.currentItem()
        return str(item.data(NAME, _EXT_ROLE) or "") if item is not None else ""

    def select(self, extension: str) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(NAME, _EXT_ROLE) == extension:
                self.list.setCurrentItem(item)
                return

    # -- finding and calling --------------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        first: QTreeWidgetItem | None = None
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is None:
                continue
            seen = f"{item.text(NAME)} {item.text(EXTENSION)}".casefold()
            hidden = bool(wanted) and wanted not in seen
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)  # Enter in the field calls the first match

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        extension = str(item.data(NAME, _EXT_ROLE) or "")
        if extension:
            self.callRequested.emit(extension)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.filter:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None and not item.isHidden():
                    self._activated(item)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.setFocus()
                self.list.keyPressEvent(event)
                return True
        elif watched is self.list and event.text().isprintable() and event.text().strip():
            # Typing on the list types into the filter: type to find, from anywhere.
            self.filter.setFocus()
            self.filter.insert(event.text())
            return True
        return False

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()
