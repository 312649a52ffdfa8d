"""The compact window: the search field, Call, the live call and the missed count, small
and on top, parked beside a browser CRM where it was left. Layout and its own place only;
``ui/search_wiring.py`` connects it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..controller.live_calls import LiveCall
from ..services.settings import AppSettings, Key
from ..translation import translate
from .live_calls_view import CallRow
from .plain import PlainLabel
from .widgets import styles
from .widgets.keys import is_plain_enter
from .widgets.search_field import SearchField

DEFAULT_SIZE = (340, 100)  # grows by itself when a call or the list shows
MIN_WIDTH = 280
CORNER = 24  # px from the screen's edges where the compact window first parks
TOGGLE_SHORTCUT = "Ctrl+Shift+M"  # compact ↔ full window, everywhere it is offered


def parse_place(text: str) -> QRect | None:
    """ "x,y,width,height" as saved; None for anything else (then the default place)."""
    try:
        x, y, width, height = (int(part) for part in text.split(","))
    except ValueError:
        return None
    if width <= 0 or height <= 0:
        return None
    return QRect(x, y, width, height)


def clamped(place: QRect, screens: list[QRect]) -> QRect:
    """``place`` moved (and shrunk) onto the screen it is mostly on, or the first one:
    a monitor unplugged since must not leave the window where nobody can see it."""
    if not screens:
        return place
    best = max(screens, key=lambda s: _overlap(s, place))
    if _overlap(best, place) == 0:
        best = screens[0]
    width = min(place.width(), best.width())
    height = min(place.height(), best.height())
    x = min(max(place.x(), best.left()), best.left() + best.width() - width)
    y = min(max(place.y(), best.top()), best.top() + best.height() - height)
    return QRect(x, y, width, height)


def _overlap(a: QRect, b: QRect) -> int:
    both = a.intersected(b)
    return max(0, both.width()) * max(0, both.height())


def _buttons_under_text(row: CallRow) -> None:
    """The full window's call row, its buttons moved under its text: beside it, in a
    narrow window, they squeezed the name into a column of single words."""
    outer, text = row.layout(), row.text_box
    if not isinstance(outer, QBoxLayout):
        return
    buttons = QHBoxLayout()
    buttons.setSpacing(4)
    for button in (row.transfer_button, row.hangup_button, row.cancel_button):
        outer.removeWidget(button)
        buttons.addWidget(button)
    buttons.addStretch(1)
    text.addLayout(buttons)


def available_screens() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


class CompactWindow(QWidget):
    dialRequested = Signal()
    hangUp = Signal(str)
    transfer = Signal(str)
    fullRequested = Signal()  # back to the full window
    missedRequested = Signal()  # the call-back queue (in the full window)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        # A top-level window of its own (a parent only for its lifetime): Qt.Tool would
        # hide it on macOS whenever the browser beside it is the active app.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.settings = settings
        # Ends with the display name, so the platform does not add it a second time.
        self.setWindowTitle(self.tr("Compact — CallLauncher"))
        self.setMinimumWidth(MIN_WIDTH)
        self._placed = False
        self._saving = False  # moves made by restoring are not the user's

        self.search = SearchField()
        self.number = self.search.edit
        self.hint = PlainLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        # The full window's word for the same button (one translation for both).
        self.call_button = QPushButton(translate("DialerForm", "Call", "button"))
        self.call_button.setObjectName("primary")
        styles.apply(self.call_button, styles.primary_style)
        self.call_button.setMinimumHeight(32)
        self.call_button.setAutoDefault(False)
        self.call_button.setToolTip(self.tr("Start the call (Enter)"))
        self.call_button.clicked.connect(self.dialRequested)
        self.full_button = QToolButton()
        self.full_button.setText("⤢")
        self.full_button.setMinimumHeight(32)
        self.full_button.setToolTip(self.tr("Full window ({key})").format(key=TOGGLE_SHORTCUT))
        self.full_button.setAccessibleName(self.tr("Full window"))
        self.full_button.clicked.connect(self.fullRequested)
        self.missed_button = QPushButton()
        self.missed_button.setFlat(True)
        self.missed_button.setToolTip(self.tr("Show the calls to call back"))
        self.missed_button.clicked.connect(self.missedRequested)
        self.missed_button.hide()
        self.row: CallRow | None = None

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.call_button, 1)
        buttons.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        # Never shorter than what it shows: a call appearing makes room for itself.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self._calls = QVBoxLayout()
        self._calls.setSpacing(0)
        layout.addLayout(self._calls)
        layout.addWidget(self.missed_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.resize(*DEFAULT_SIZE)

    # ----- what it shows -------------------------------------------------------------

    def show_hint(self, text: str, *, error: bool) -> None:
        self.hint.setText(text)
        styles.apply(self.hint, styles.error_style if error else styles.ok_style)
        self.hint.setVisible(bool(text))

    def show_call(self, call: LiveCall | None, label_for: object = None) -> None:
        """The newest live call with Hang up and Transfer…, or nothing."""
        if call is None:
            if self.row is not None:
                self.row.deleteLater()
                self.row = None
            return
        if self.row is None or self.row.call_id != call.call_id:
            if self.row is not None:
                self.row.deleteLater()
            self.row = CallRow(call.call_id)
            _buttons_under_text(self.row)
            self.row.dismiss_button.hide()
            self.row.hangUp.connect(self.hangUp)
            self.row.transfer.connect(self.transfer)
            self._calls.addWidget(self.row)
        if callable(label_for):
            self.row.label_for = label_for
        self.row.update_from(call)
        self.row.redial_button.hide()  # the field is for the next call here
        self.row.dismiss_button.hide()

    def set_missed(self, count: int) -> None:
        # The tray's words for the same queue.
        self.missed_button.setText(translate("Tray", "To call back ({n})").format(n=count))
        self.missed_button.setVisible(count > 0)

    # ----- keys ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_plain_enter(event):
            event.accept()
            self.dialRequested.emit()
            return
        super().keyPressEvent(event)

    # ----- its place -----------------------------------------------------------------

    def showEvent(self, event: object) -> None:
        if not self._placed:
            self._placed = True
            self.restore_place()
        super().showEvent(event)  # type: ignore[arg-type]

    def restore_place(self) -> None:
        saved = parse_place(self.settings.text(Key.COMPACT_GEOMETRY))
        screens = available_screens()
        if saved is None:
            if screens:  # the first time: parked in the top right corner, beside a browser
                screen = screens[0]
                self.move(screen.right() - self.width() - CORNER, screen.top() + CORNER)
            return
        place = clamped(saved, screens)
        self._saving = True
        try:
            self.setGeometry(place)
        finally:
            self._saving = False

    def save_place(self) -> None:
        g = self.geometry()
        self.settings.set(Key.COMPACT_GEOMETRY, f"{g.x()},{g.y()},{g.width()},{g.height()}")

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._moved()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._moved()

    def _moved(self) -> None:
        if self._placed and not self._saving and self.isVisible():
            # After the drag settles: a move sends dozens of events.
            QTimer.singleShot(0, self.save_place)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_place()
        self.settings.sync()
        super().closeEvent(event)
