"""Small widgets the welcome, sign-in and settings dialogs share."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .plain import PlainLabel
from .widgets import styles

MARKS = {"ok": "✓", "error": "✕", "warning": "!", "info": "…"}


class AnswerBox(QFrame):
    """One plain sentence with a mark and colour for its kind, and details for support."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer")
        self.setAccessibleName(self.tr("Result"))
        self.kind = ""
        self.mark = PlainLabel()
        bold = QFont(self.mark.font())
        bold.setBold(True)
        self.mark.setFont(bold)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.mark.setFixedWidth(16)
        self.sentence = PlainLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = PlainLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(self.details.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.details.setFont(small)
        self.action_row = QHBoxLayout()
        self.action_row.setContentsMargins(0, 4, 0, 0)
        self.action_row.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addWidget(self.sentence)
        column.addWidget(self.details)
        column.addLayout(self.action_row)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(6)
        row.addWidget(self.mark)
        row.addLayout(column, 1)
        self.hide()

    @property
    def text(self) -> str:
        return self.sentence.text()

    def show_answer(self, kind: str, sentence: str, details: str = "") -> None:
        self.kind = kind
        styles.apply(self, styles.framed("answer", kind))
        self.mark.setText(MARKS.get(kind, "!"))
        self.sentence.setText(sentence)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.hide()


Validate = Callable[[str], "tuple[str, str]"]  # text -> (value to keep, or "", reason)


class EditableList(QWidget):
    """A remembered list (company numbers, voice menu names): add, edit in place, remove."""

    def __init__(self, placeholder: str, validate: Validate, parent: QWidget | None = None):
        super().__init__(parent)
        self._validate = validate
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(110)
        self.list.itemChanged.connect(self._item_changed)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        self.hint = PlainLabel()
        self.hint.setWordWrap(True)
        styles.apply(self.hint, styles.error_style)
        self.hint.hide()
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        entry_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(entry_row)
        layout.addWidget(self.hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter adds what was typed; it must not reach the dialog and press Save.
        if (
            watched is self.entry
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add()
            return True
        return super().eventFilter(watched, event)

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_items(self, items: Iterable[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self._append(text)
        self.list.blockSignals(False)

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def _say(self, reason: str) -> None:
        self.hint.setText(reason)
        self.hint.setVisible(bool(reason))

    def add(self) -> None:
        value, reason = self._validate(self.entry.text())
        self._say(reason)
        if not value:
            return  # what was typed stays, next to the reason
        if value not in self.items():
            self._append(value)
        self.entry.clear()

    def remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def _item_changed(self, item: QListWidgetItem) -> None:
        value, reason = self._validate(item.text())
        self._say(reason)
        self.list.blockSignals(True)
        if not item.text().strip():
            self.list.takeItem(self.list.row(item))
        elif value:
            item.setText(value)
        self.list.blockSignals(False)


def any_text(text: str) -> tuple[str, str]:
    return text.strip(), ""
