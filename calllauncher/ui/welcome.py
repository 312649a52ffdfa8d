"""The first-run welcome: sign in with an API key, or try the demo PBX."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .plain import PlainLabel
from .widgets import styles
from .widgets.text import fit_height, note

SIGN_IN, DEMO = "sign-in", "demo"


class WelcomeDialog(QDialog):
    """Says what the app does and offers the two ways in; ``choice`` tells which."""

    def __init__(self, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to CallLauncher"))
        self.choice = ""

        icon = PlainLabel()
        app_icon = QApplication.windowIcon()
        if not app_icon.isNull():
            icon.setPixmap(app_icon.pixmap(56, 56))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = PlainLabel(self.tr("Welcome to CallLauncher"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        intro = PlainLabel(
            self.tr(
                "Call customers from your desk phone in one click. CallLauncher asks your "
                "Binotel PBX to ring your phone first, then connects the customer."
            )
        )
        intro.setWordWrap(True)
        self.reason = PlainLabel(reason)
        self.reason.setWordWrap(True)
        styles.apply(self.reason, styles.warning_style)
        self.reason.setVisible(bool(reason))

        self.sign_in_button = QPushButton(self.tr("Sign in with your Binotel API key"))
        self.sign_in_button.setObjectName("primary")
        styles.apply(self.sign_in_button, styles.primary_style)
        self.sign_in_button.setMinimumHeight(38)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._sign_in)
        sign_in_note = note(
            self.tr(
                "You need the API key and secret of your company's Binotel account; your "
                "administrator has them. The secret is kept in this computer's keyring."
            )
        )
        self.demo_button = QPushButton(self.tr("Try the demo PBX"))
        self.demo_button.setMinimumHeight(38)
        self.demo_button.clicked.connect(self._demo)
        demo_note = note(
            self.tr("A simulated PBX on this computer: try every kind of call, nobody is called.")
        )
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setFlat(True)
        self.later_button.setToolTip(self.tr("Sign in later from the CallLauncher menu"))
        self.later_button.clicked.connect(self.reject)

        heading = QVBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(title)
        heading.addWidget(intro)
        heading.addWidget(self.reason)
        top = QHBoxLayout()
        top.setSpacing(14)
        if not app_icon.isNull():
            top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.later_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(14)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(sign_in_note)
        layout.addSpacing(10)
        layout.addWidget(self.demo_button)
        layout.addWidget(demo_note)
        layout.addSpacing(8)
        layout.addLayout(bottom)
        self.setMinimumWidth(460)
        self.sign_in_button.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        fit_height(self)

    def _sign_in(self) -> None:
        self.choice = SIGN_IN
        self.accept()

    def _demo(self) -> None:
        self.choice = DEMO
        self.accept()
