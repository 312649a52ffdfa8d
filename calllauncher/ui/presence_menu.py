"""My status, chosen from a menu: the window's status-bar button and the tray's "My status"
submenu are built by the same function, so both offer the same four states the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ..binotel.models import PRESENCE_STATES
from ..wording.team import presence_choice
from .widgets import palette

SHORTCUT = "Ctrl+Shift+P"
# The accelerators of the menu entries, by state (Available, In CRM, On a break, Away).
_ACCELERATED = {
    "active": "&1",
    "work in crm": "&2",
    "break in work": "&3",
    "inactive": "&4",
}


def dot_icon(color: str, size: int = 12) -> QIcon:
    """A filled round dot: the colour of a presence or a line state."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp on HiDPI
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    margin = size * 0.15
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    return QIcon(pixmap)


def presence_icon(state: str) -> QIcon:
    pair = palette.PRESENCE.get(state, palette.UNKNOWN_STATE)
    return dot_icon(pair.pick(palette.is_dark()))


def fill_status_menu(
    menu: QMenu, current: str, choose: Callable[[str], None], *, enabled: bool = True
) -> None:
    """The four states as checkable entries, the current one checked. No icons: with
    one, styles draw a framed icon instead of the check mark, and the current state is
    hard to see (the button's dot carries the colour)."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    for state in PRESENCE_STATES:
        # "&1 Available": a key per entry that no translation can make collide.
        action = menu.addAction(f"{_ACCELERATED[state]}  {presence_choice(state)}")
        action.setCheckable(True)
        action.setChecked(state == current)
        action.setData(state)
        action.setEnabled(enabled)
        action.setObjectName(f"presence-{state.replace(' ', '-')}")
        group.addAction(action)
        action.triggered.connect(lambda _=False, s=state: choose(s))


class PresenceButton(QToolButton):
    """My status in the status bar: a coloured dot and its name; a click (or the shortcut)
    opens the menu of states."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceButton")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setIconSize(QSize(12, 12))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Space opens it
        self.setMenu(QMenu(self))
        self._state = ""
        self._busy = False
        menu = self.menu()
        assert menu is not None
        menu.aboutToShow.connect(self._fill)
        self.show_state("")

    @property
    def state(self) -> str:
        return self._state

    def show_state(self, state: str, *, busy: bool = False) -> None:
        """What the PBX says my presence is (the control never runs ahead of it)."""
        self._state, self._busy = state, busy
        name = presence_choice(state)
        self.setText(name + ("…" if busy else ""))
        self.setIcon(presence_icon(state))
        self.setToolTip(
            self.tr("Your status: {state}. Change it ({shortcut})").format(
                state=name, shortcut=SHORTCUT
            )
        )
        self.setAccessibleName(self.tr("Your status: {state}").format(state=name))

    def _fill(self) -> None:
        menu = self.menu()
        assert menu is not None
        menu.clear()
        fill_status_menu(menu, self._state, self.chosen.emit)
