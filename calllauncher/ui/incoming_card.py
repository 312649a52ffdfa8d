"""The incoming-call card: a small always-on-top window near the tray while a call rings.

It never takes the keyboard from what the person is typing (shown without activating,
WindowDoesNotAcceptFocus); a click on it makes it a normal window, so Esc then closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..controller.incoming import IncomingCall
from ..controller.names import display_number, is_withheld
from .plain import PlainLabel

CARD_STYLE = (
    "QFrame#card { background: palette(window); border: 1px solid palette(mid);"
    " border-radius: 8px; }"
    "QLabel#cardName { font-size: 15pt; font-weight: 600; }"
    "QLabel#cardBadge { color: palette(highlighted-text); background: palette(highlight);"
    " border-radius: 4px; padding: 1px 6px; }"
    "QLabel#cardQuiet { color: palette(placeholder-text); }"
)


class IncomingCard(QWidget):
    noteRequested = Signal(str)  # number
    historyRequested = Signal(str)  # number: its dossier
    dismissed = Signal(str)  # call id

    def __init__(self, call: IncomingCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.setObjectName("incomingCard")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(CARD_STYLE)

        frame = QFrame(self)
        frame.setObjectName("card")
        self.heading = PlainLabel()
        self.heading.setObjectName("cardQuiet")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close this card"))
        self.close_button.clicked.connect(self.dismiss)
        self.name = PlainLabel()
        self.name.setObjectName("cardName")
        self.name.setWordWrap(True)
        self.number = PlainLabel()
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = PlainLabel(self.tr("new caller"))
        self.badge.setObjectName("cardBadge")
        self.description = PlainLabel()
        self.description.setWordWrap(True)
        self.manager = PlainLabel()
        self.manager.setObjectName("cardQuiet")
        self.manager.setWordWrap(True)
        self.note = PlainLabel()
        self.note.setWordWrap(True)
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: 600;")

        self.copy_button = QPushButton(self.tr("Copy number"))
        self.crm_button = QPushButton(self.tr("Open in CRM"))
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setToolTip(
            self.tr("Every call with this number: who talked, notes, recordings")
        )
        self.note_button = QPushButton(self.tr("Note…"))
        self.note_button.setToolTip(self.tr("Add a note about this caller"))
        for button in (self.copy_button, self.crm_button, self.history_button, self.note_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy_button.clicked.connect(self.copy_number)
        self.crm_button.clicked.connect(self.open_crm)
        self.history_button.clicked.connect(self.open_history)
        self.note_button.clicked.connect(lambda: self.noteRequested.emit(self.call.number))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.badge)
        number_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.copy_button, self.crm_button, self.history_button, self.note_button):
            buttons.addWidget(button)
        column = QVBoxLayout(frame)
        column.setContentsMargins(14, 10, 10, 12)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.name)
        column.addLayout(number_row)
        column.addWidget(self.description)
        column.addWidget(self.manager)
        column.addWidget(self.note)
        column.addSpacing(4)
        column.addWidget(self.status)
        column.addSpacing(6)
        column.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setMinimumWidth(360)
        self.setMaximumWidth(440)
        self.update_from(call)

    # ----- content -----------------------------------------------------------------------

    def update_from(self, call: IncomingCall, note: str = "") -> None:
        self.call = call
        company = display_number(call.pbx_number) if call.pbx_number else ""
        if call.pbx_name and company:
            company = f"{call.pbx_name} ({company})"
        self.heading.setText(
            self.tr("Incoming call to {company}").format(company=company)
            if company
            else self.tr("Incoming call")
        )
        withheld = is_withheld(call.number)
        self.name.setText(call.name or display_number(call.number))
        self.number.setText(display_number(call.number) if call.name else "")
        self.number.setVisible(bool(call.name))
        self.badge.setVisible(call.new_caller and not call.name)
        self.description.setText(call.description)
        self.description.setVisible(bool(call.description))
        self.manager.setText(
            self.tr("Manager: {name}").format(name=call.assigned) if call.assigned else ""
        )
        self.manager.setVisible(bool(call.assigned))
        self.set_note(note)
        if call.answered_by:
            who = call.answered_name or call.answered_by
            if call.answered_name:
                who = f"{call.answered_name} ({call.answered_by})"
            self.status.setText(self.tr("Answered by {who}").format(who=who))
        else:
            self.status.setText(self.tr("Ringing…"))
        self.copy_button.setEnabled(not withheld)
        self.history_button.setEnabled(not withheld)
        self.note_button.setEnabled(not withheld)
        self.crm_button.setVisible(bool(call.crm_url))
        spoken = [self.heading.text(), self.name.text(), self.number.text(), self.status.text()]
        self.setAccessibleName(". ".join(part for part in spoken if part))
        self.adjustSize()

    def set_note(self, note: str) -> None:
        self.note.setText(self.tr("Note: {text}").format(text=note) if note else "")
        self.note.setVisible(bool(note))

    # ----- actions -----------------------------------------------------------------------

    def copy_number(self) -> None:
        QGuiApplication.clipboard().setText(self.call.number)

    def open_crm(self) -> None:
        url = QUrl(self.call.crm_url)
        if url.scheme() in ("https", "http"):  # the PBX's link, opened only as a web page
            QDesktopServices.openUrl(url)

    def open_history(self) -> None:
        self.historyRequested.emit(self.call.number)

    def dismiss(self) -> None:
        self.dismissed.emit(self.call.call_id)
        self.close()

    # ----- place and keyboard ------------------------------------------------------------

    def place_near(self, tray_area: QRect | None) -> None:
        """Above (or below) the tray icon when it is known, else the screen's corner."""
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        self.adjustSize()
        size = self.sizeHint()
        margin = 12
        x = area.right() - size.width() - margin
        y = area.bottom() - size.height() - margin
        if tray_area is not None and tray_area.isValid() and not tray_area.isEmpty():
            x = min(max(area.left(), tray_area.center().x() - size.width() // 2), x)
            if tray_area.top() < area.center().y():  # a panel at the top
                y = area.top() + margin
        self.move(QPoint(x, y))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Clicked: the person turned to the card, so it may take the keyboard (Esc).
        if self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
            self.show()
            self.activateWindow()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
