"""The dial pad: twelve keys that type into a number field, never taking the focus."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from .props import set_props

KEYS = "123456789+0⌫"
BACKSPACE = "⌫"


class DialPad(QWidget):
    pressed = Signal(str)  # a digit, "+", or BACKSPACE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for index, key in enumerate(KEYS):
            button = QPushButton(key)
            set_props(button, focusPolicy="NoFocus")  # keyboard users type instead
            button.setMinimumHeight(30)
            button.setAccessibleName(self.tr("Delete") if key == BACKSPACE else key)
            button.clicked.connect(lambda _=False, k=key: self.pressed.emit(k))
            grid.addWidget(button, index // 3, index % 3)
