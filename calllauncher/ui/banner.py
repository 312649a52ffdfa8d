"""Dismissible message strips: a plain sentence each, and Details for support.

Two kinds of message. A *transient* one answers what the user just did (a call that
failed, "Signed out."): the next action tidies it away, and a newer transient message
takes its place. A *sticky* one tells about something the user did not just do and may
not have seen yet (a damaged history file, a link from another program that can't be
dialled, a setting that can't be used): it stays, under newer messages, until the user
dismisses it with its ✕ or Esc. Signing in or dialling never hides it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..translation import translate
from ..wording.failures import Failure
from .plain import PlainLabel
from .widgets import styles

# Sticky messages kept at once; a flood (say, bad links sent by a script) drops the oldest.
MAX_STICKY = 5


class BannerMessage(QFrame):
    """One strip: sentence, optional details, Details and ✕. Its words keep the "Banner"
    translation context they had when the banner was one strip."""

    closed = Signal(object)  # this message

    def __init__(
        self, sentence: str, details: str, kind: str, sticky: bool, parent: QWidget | None = None
    ) -> None:
        from PySide6.QtCore import Qt  # a message: seldom before the first frame (widgets/props)

        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(translate("Banner", "Message"))
        self.kind = kind
        self.sticky = sticky
        styles.apply(self, styles.framed("banner", kind))
        # Plain text: the sentence may quote a PBX's message or a link's text.
        self.sentence = PlainLabel(sentence)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = PlainLabel(details)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.details_button = QPushButton(translate("Banner", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(translate("Banner", "Show details"))
        self.details_button.toggled.connect(self.details.setVisible)
        self.details_button.setVisible(bool(details))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("Banner", "Dismiss (Esc)"))
        self.close_button.setAccessibleName(translate("Banner", "Dismiss message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(lambda: self.closed.emit(self))
        self.action_button = QPushButton()  # what to do about it ("Sign in again…"), if any
        self.action_button.hide()

        text_column = QVBoxLayout()
        text_column.addWidget(self.sentence)
        text_column.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 6, 8)
        row.addLayout(text_column, 1)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)


class Banner(QWidget):
    """The window's messages, newest on top; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        self.messages: list[BannerMessage] = []  # newest first
        self.hide()

    # -- the newest message (what a glance, a screen reader and the tests read) ---------

    @property
    def newest(self) -> BannerMessage | None:
        return self.messages[0] if self.messages else None

    @property
    def text(self) -> str:
        return self.newest.sentence.text() if self.newest is not None else ""

    @property
    def details(self) -> str:
        return self.newest.details.text() if self.newest is not None else ""

    @property
    def details_button(self) -> QPushButton:
        return self._newest().details_button

    @property
    def close_button(self) -> QToolButton:
        return self._newest().close_button

    @property
    def texts(self) -> list[str]:
        """Every sentence shown, newest first."""
        return [m.sentence.text() for m in self.messages]

    def _newest(self) -> BannerMessage:
        if self.newest is None:
            raise LookupError("no message is shown")
        return self.newest

    # -- showing and taking away --------------------------------------------------------

    def show_failure(self, failure: Failure, *, sticky: bool = False) -> None:
        self.show_message(failure.sentence, failure.details, failure.kind, sticky=sticky)

    def offer(self, sentence: str, label: str, act: Callable[[], None]) -> None:
        """Give the message showing ``sentence`` a button that does something about it
        (the message goes when it is pressed)."""
        for message in self.messages:
            if message.sentence.text() == sentence:
                button = message.action_button
                button.setText(label)
                button.clicked.connect(act)
                button.clicked.connect(lambda _=False, m=message: self._remove(m))
                button.show()

    def show_message(
        self, sentence: str, details: str = "", kind: str = "error", *, sticky: bool = False
    ) -> None:
        # A newer transient message replaces the last one; the same sticky message twice
        # (the same bad link sent again) is shown once, on top, and so is a transient one
        # that repeats a sticky one (a call refused for the setting already named).
        repeated = [m for m in self.messages if m.sticky and m.sentence.text() == sentence]
        if repeated and not sticky:
            self.clear()
            self._column.removeWidget(repeated[0])
            self._column.insertWidget(0, repeated[0])
            self.messages.remove(repeated[0])
            self.messages.insert(0, repeated[0])
            self.show()
            return
        for old in list(self.messages):
            replaced = old.sentence.text() == sentence if sticky else not old.sticky
            if replaced:
                self._remove(old)
        message = BannerMessage(sentence, details, kind, sticky, self)
        message.closed.connect(self._remove)
        self.messages.insert(0, message)
        self._column.insertWidget(0, message)
        stuck = [m for m in self.messages if m.sticky]
        for old in stuck[MAX_STICKY:]:
            self._remove(old)
        self.show()

    def clear(self) -> None:
        """The user acted (dialled, signed in): transient messages go, sticky ones stay."""
        for message in [m for m in self.messages if not m.sticky]:
            self._remove(message)

    def dismiss(self) -> None:
        """Esc: the newest message goes, whichever kind it is."""
        if self.newest is not None:
            self._remove(self.newest)

    def _remove(self, message: BannerMessage) -> None:
        if message in self.messages:
            self.messages.remove(message)
            self._column.removeWidget(message)
            message.hide()
            message.deleteLater()
        self.setVisible(bool(self.messages))
