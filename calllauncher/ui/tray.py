"""The tray icon and its menu, rebuilt each time it opens so it is never stale.

Where no system tray exists (some desktops, offscreen) ``available`` is False and the app
stays fully usable from its window; the menu can still be built and used (tests do).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..controller.calls import request_from_record
from ..controller.names import name_label
from ..phone import Normalized
from ..services.history import History
from .plain import plain_notification

RECENT_IN_MENU = 8
REDIAL_LAST_KEY = "Ctrl+R"  # the window's Redial last (ui/shell.py)


class Tray(QObject):
    toggleRequested = Signal()
    showRequested = Signal()
    dialRequested = Signal(str)  # dial this number at once
    hangUpAllRequested = Signal()
    settingsRequested = Signal()
    quitRequested = Signal()
    notifying = Signal(str, str)  # title, text: what a notification says (shown if it can be)
    missedRequested = Signal()  # show the call-back queue
    redialLastRequested = Signal()  # the last call again, exactly as it was
    compactRequested = Signal()  # compact window ↔ full window

    def __init__(
        self,
        icon: QIcon,
        history: History,
        clipboard_number: Callable[[], Normalized | None],
        live_calls: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._clipboard_number = clipboard_number
        self._live_calls = live_calls
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild)
        self._base_icon = icon
        self.missed = 0
        # Names for Recent (ui/live_wiring.py): number -> name, "" when unknown.
        self.name_for: Callable[[str], str] | None = None
        # "My status" (ui/team_wiring.py): fills the submenu; the state's name for the tip.
        self.status_menu: Callable[[QMenu], None] | None = None
        self.presence = ""
        # Keys shown beside actions (by object name): the window's, and the global
        # shortcuts in effect (ui/hotkey_wiring.py).
        self.shortcuts: dict[str, str] = {"redialLast": REDIAL_LAST_KEY, "compact": "Ctrl+Shift+M"}
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip("CallLauncher")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
        self.rebuild()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def notify(self, title: str, text: str) -> bool:
        """A desktop notification; False where there is no tray to show it."""
        self.notifying.emit(title, text)
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(
            plain_notification(title),
            plain_notification(text),  # a name or number from the PBX or a link
            QSystemTrayIcon.MessageIcon.Information,
            5000,
        )
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # On macOS a click opens the menu, as users there expect.
        if reason == QSystemTrayIcon.ActivationReason.Trigger and sys.platform != "darwin":
            self.toggleRequested.emit()

    def _action(self, menu: QMenu, text: str, slot: Callable[..., None]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _dial_action(self, menu: QMenu, text: str, number: str) -> QAction:
        # A name's "&" is shown, not taken as a keyboard accelerator. triggered(bool)
        # arrives first; the number rides in a default argument.
        text = text.replace("&", "&&")
        return self._action(menu, text, lambda _=False, n=number: self.dialRequested.emit(n))

    def rebuild(self) -> None:
        menu = self.menu
        menu.clear()
        number = self._clipboard_number()
        if number is not None:
            label = self.tr("Dial clipboard ({number})").format(number=number.digits)
            action = self._dial_action(menu, label, number.digits)
            action.setObjectName("dialClipboard")
        else:
            action = menu.addAction(self.tr("Dial clipboard (no number copied)"))
            action.setEnabled(False)
            action.setObjectName("dialClipboard")

        self._shortcut(action)
        last = self._history.attempts(1)
        if last:
            who = request_from_record(last[0]).who
            redial = self._action(
                menu,
                self.tr("Redial last ({number})").format(number=who).replace("&", "&&"),
                self.redialLastRequested.emit,
            )
        else:
            redial = menu.addAction(self.tr("Redial last (no calls yet)"))
            redial.setEnabled(False)
        redial.setObjectName("redialLast")
        self._shortcut(redial)

        recent = menu.addMenu(self.tr("Recent"))
        recent.setObjectName("recent")
        for item in self._history.recent(RECENT_IN_MENU):
            label = f"{item.name} — {item.number}" if item.name else item.number
            if self.name_for is not None:
                label = name_label(item.name or self.name_for(item.number), item.number)
            self._dial_action(recent, label, item.number)
        recent.setEnabled(not recent.isEmpty())

        favourites = menu.addMenu(self.tr("Favourites"))
        favourites.setObjectName("favourites")
        for fav in self._history.favourites():
            label = f"{fav.name} — {fav.number}" if fav.name else fav.number
            self._dial_action(favourites, label, fav.number)
        favourites.setEnabled(not favourites.isEmpty())

        if self.status_menu is not None:
            status = menu.addMenu(self.tr("My status"))
            status.setObjectName("myStatus")
            self.status_menu(status)
        if self.missed:
            missed = self._action(
                menu, self.tr("To call back ({n})").format(n=self.missed), self.missedRequested.emit
            )
            missed.setObjectName("missed")
        menu.addSeparator()
        live = self._live_calls()
        hang_up = self._action(
            menu,
            self.tr("Hang up all ({n})").format(n=live) if live else self.tr("Hang up all"),
            self.hangUpAllRequested.emit,
        )
        hang_up.setEnabled(live > 0)
        show = self._action(menu, self.tr("Show dialer"), self.showRequested.emit)
        show.setObjectName("showDialer")
        self._shortcut(show)
        compact = self._action(menu, self.tr("Compact window"), self.compactRequested.emit)
        compact.setObjectName("compact")
        self._shortcut(compact)  # shown only: the windows own the shortcut
        self._action(menu, self.tr("Settings…"), self.settingsRequested.emit)
        menu.addSeparator()
        self._action(menu, self.tr("Quit"), self.quitRequested.emit)

    def _shortcut(self, action: QAction) -> None:
        """Show the action's key in the menu. Only shown: the menu belongs to no window,
        so the key does nothing here (the window's action or the global grab does it)."""
        text = self.shortcuts.get(action.objectName(), "")
        if text:
            action.setShortcut(QKeySequence(text))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def set_missed_count(self, count: int) -> None:
        """The call-back queue's size: a badge on the icon and a line in its tool tip."""
        if count == self.missed:
            return
        self.missed = count
        if self.icon is not None:
            self.icon.setIcon(badged(self._base_icon, count) if count else self._base_icon)
        self._update_tip()

    def set_presence(self, text: str) -> None:
        """My status's name, shown in the tool tip ("" when unknown)."""
        self.presence = text
        self._update_tip()

    def tool_tip(self) -> str:
        tip = "CallLauncher"
        if self.presence:
            tip += " — " + self.presence
        if self.missed:
            tip += " — " + self.tr("to call back: {n}").format(n=self.missed)
        return tip

    def _update_tip(self) -> None:
        if self.icon is not None:
            self.icon.setToolTip(self.tool_tip())

    def actions_by_text(self) -> dict[str, QAction]:
        """Top-level actions by their text (for tests and accessibility checks)."""
        return {a.text(): a for a in self.menu.actions() if not a.isSeparator()}


def badged(icon: QIcon, count: int, size: int = 64) -> QIcon:
    """``icon`` with a red count in its corner ("9+" above nine)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter

    pixmap = icon.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRectF(size * 0.45, 0, size * 0.55, size * 0.55)
    painter.setBrush(QColor("#d93025"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(badge)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.34))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)
