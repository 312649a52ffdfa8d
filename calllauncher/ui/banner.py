"""A dismissible message strip: a plain sentence, and Details for support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..controller.messages import Failure

# One palette for every plain-sentence box (this banner, the sign-in answer box).
COLOURS = {
    "ok": ("#e8f5e9", "#a5d6a7", "#1b5e20"),
    "error": ("#fdecea", "#f5c2c0", "#611a15"),
    "warning": ("#fff4e5", "#ffd59e", "#663c00"),
    "info": ("#e8f4fd", "#b6dcf7", "#0d3c61"),
}


def framed_style(object_name: str, kind: str) -> str:
    """The style sheet for a QFrame named ``object_name`` showing a message of ``kind``."""
    bg, edge, fg = COLOURS.get(kind, COLOURS["error"])
    return (
        f"QFrame#{object_name} {{ background: {bg}; border: 1px solid {edge}; "
        f"border-radius: 6px; }} QFrame#{object_name} QLabel {{ color: {fg}; }}"
    )


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Message"))
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details.hide()
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show details"))
        self.details_button.toggled.connect(self._details.setVisible)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss (Esc)"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)

        text_column = QVBoxLayout()
        text_column.addWidget(self._text)
        text_column.addWidget(self._details)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 6, 8)
        row.addLayout(text_column, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    @property
    def details(self) -> str:
        return self._details.text()

    def show_failure(self, failure: Failure) -> None:
        self.show_message(failure.sentence, failure.details, failure.kind)

    def show_message(self, sentence: str, details: str = "", kind: str = "error") -> None:
        self.setStyleSheet(framed_style("banner", kind))
        self._text.setText(sentence)
        self._details.setText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.show()
