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

_STYLE = (
    "QFrame#banner {{ background: {bg}; border: 1px solid {edge}; border-radius: 6px; }}"
    " QLabel {{ color: {fg}; }}"
)
STYLES = {
    "error": _STYLE.format(bg="#fdecea", edge="#f5c2c0", fg="#611a15"),
    "warning": _STYLE.format(bg="#fff4e5", edge="#ffd59e", fg="#663c00"),
    "info": _STYLE.format(bg="#e8f4fd", edge="#b6dcf7", fg="#0d3c61"),
}


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
        self.setStyleSheet(STYLES.get(kind, STYLES["error"]))
        self._text.setText(sentence)
        self._details.setText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.show()
