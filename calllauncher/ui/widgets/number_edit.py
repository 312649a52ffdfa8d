"""The number field: pasting a line of contact text takes the number in it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class NumberEdit(QLineEdit):
    """A QLineEdit whose paste keeps only the number of "Іван Петренко, моб. +38 067 …",
    as Dial clipboard reads it; text with no number in it pastes as it is."""

    alsoPasted = Signal(list)  # the pasted text's other numbers (list[phone.Normalized])

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region: Callable[[], str] | None = None  # the window's (checked) region

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste_number():
            event.accept()
            return
        super().keyPressEvent(event)

    def _paste_number(self) -> bool:
        from ...services.clipboard import number_in

        text = QGuiApplication.clipboard().text()
        if not text or text.strip().replace(" ", "").lstrip("+").isdigit():
            return False  # digits alone paste as they are (their spacing is the user's)
        found = number_in(text, self.region() if self.region is not None else "UA")
        if found is None:
            return False
        self.insert(found.digits)
        self.textEdited.emit(self.text())  # the hint follows, as after typing
        from ...phone import numbers_in_text

        region = self.region() if self.region is not None else "UA"
        others = [n for n in numbers_in_text(text, region) if n.digits != found.digits]
        if others:
            self.alsoPasted.emit(others)  # offered, never dialled unless picked
        return True
