"""Answering the app's questions (QMessageBox.question) from a test, as a person would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


def answer_next_box(
    button: QMessageBox.StandardButton = YES, seen: list[str] | None = None
) -> None:
    """The next question box that opens is answered with ``button`` (its text goes to
    ``seen``). Call it just before the action that asks."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)  # not open yet
            return
        if seen is not None:
            seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)
