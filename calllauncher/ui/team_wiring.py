"""The team's one wiring point: my presence (the status-bar button, the tray's "My status")
and the team panel (a dock, hidden until asked for), attached to the app from outside.

``install(app)`` is called once by the :class:`~calllauncher.application.Application`
after the first frame; the application hands it the shell with ``attach_shell``.
The feature itself lives in controller/presence.py, ui/presence_menu.py and
ui/team_panel.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QMenu

from ..controller.presence import PresenceController
from ..services.settings import Key
from ..wording.failures import Failure
from ..wording.team import presence_choice
from . import presence_menu, window_shown
from .presence_menu import PresenceButton, fill_status_menu
from .team_panel import SHORTCUT, TeamPanel

if TYPE_CHECKING:
    from ..controller.connection import Connection
    from ..controller.dialer import DialController
    from ..services.tasks import TaskRunner
    from .main_window import MainWindow
    from .tray import Tray


class Flows(Protocol):
    @property
    def menu(self) -> QMenu: ...  # the window's app menu


class AppParts(Protocol):
    """What the feature takes from the application (``application.Application`` fits)."""

    window: MainWindow
    runner: TaskRunner
    connection: Connection
    dialer: DialController

    @property
    def flows(self) -> Flows: ...


class Shell(Protocol):
    tray: Tray


class TeamParts(QObject):
    """The feature's objects for one window, alive as long as it (found as "teamParts")."""

    def __init__(self, parts: AppParts, *, time_scale: float = 1.0) -> None:
        super().__init__(parts.window)
        self.setObjectName("teamParts")
        self.main = window = parts.window
        self.tray: Tray | None = None
        self.presence = PresenceController(
            parts.runner,
            parts.connection,
            lambda: window.own_extension,
            self,
            time_scale=time_scale,
        )
        if window.employees:  # loaded before this was installed
            self.presence.take(list(window.employees))

        self.button = PresenceButton()
        self.panel = TeamPanel()
        self.dock = QDockWidget(self.tr("Team"), window)
        self.dock.setObjectName("teamDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # hidden by default: the window stays the dialer
        self.toggle: QAction = self.dock.toggleViewAction()
        self.toggle.setText(self.tr("T&eam"))
        self.toggle.setShortcut(QKeySequence(SHORTCUT))
        self.toggle.setToolTip(
            self.tr("Show or hide the team ({shortcut})").format(shortcut=SHORTCUT)
        )
        window.addAction(self.toggle)  # the shortcut works wherever the focus is
        self.toggle.triggered.connect(self._toggled)
        # In the app menu, above Settings (the status bar has no room at the minimum width).
        menu = parts.flows.menu
        before = next(
            (a for a in menu.actions() if a.menuRole() == QAction.MenuRole.PreferencesRole), None
        )
        menu.insertAction(before, self.toggle) if before is not None else menu.addAction(
            self.toggle
        )
        window.statusBar().addPermanentWidget(self.button)
        self._menu_shortcut = QShortcut(QKeySequence(presence_menu.SHORTCUT), window)
        self._menu_shortcut.activated.connect(self.button.showMenu)

        p = self.presence
        p.changed.connect(self._show)
        p.busyChanged.connect(lambda _busy: self._show())
        p.failed.connect(self._failed)
        # Every list loaded reaches the presence (the window's own load, F5), and every
        # one re-read here reaches the window's pickers and names, as if the dialer had.
        parts.dialer.employeesLoaded.connect(p.take)
        p.teamLoaded.connect(parts.dialer.employeesLoaded)
        parts.connection.changed.connect(p.forget)
        self.button.chosen.connect(self.choose)
        self.panel.callRequested.connect(self._call)
        self.dock.visibilityChanged.connect(self._visibility)
        self._grown = 0  # how much wider the window was made for the panel
        self.toggle.toggled.connect(self._make_room)
        self.toggle.toggled.connect(self._remember)
        if window.settings.flag(Key.TEAM_PANEL):
            # Open at the end of the last session: the saved size already holds it.
            self._grown = self.panel.minimumWidth() + 8
            self.dock.show()
        window_shown.of(window).changed.connect(self._window_shown)
        self._visibility()
        self._show()

    # -- my presence ------------------------------------------------------------------------

    def choose(self, state: str) -> None:
        self.main.banner.clear()  # a user action: the last one's answer is answered
        self.presence.set_state(state)

    def _failed(self, failure: Failure) -> None:
        self.main.banner.show_failure(failure)
        self._show()  # the state as it is: unchanged

    def _show(self) -> None:
        p = self.presence
        state = p.state
        self.button.show_state(state, busy=p.busy)
        # Without a list there is nobody to set; with one, a click on a line that is no
        # employee's says why.
        self.button.setEnabled(bool(p.employees))
        self.panel.show_team(p.employees, self.main.own_extension)
        if self.tray is not None:
            self.tray.set_presence(presence_choice(state) if state else "")

    def _fill_tray_menu(self, menu: QMenu) -> None:
        fill_status_menu(menu, self.presence.state, self.choose)
        menu.setEnabled(self.presence.me() is not None)

    # -- the team ---------------------------------------------------------------------------

    def _call(self, extension: str) -> None:
        self.main.dial_number(extension)  # the normal dial path, from my extension

    def show_team(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_filter()

    def _toggled(self, shown: bool) -> None:
        if shown:
            self.show_team()

    def _remember(self, shown: bool) -> None:
        self.main.settings.set(Key.TEAM_PANEL, shown)

    def _make_room(self, shown: bool) -> None:
        """The panel opens beside the dialer, not over it: the window grows by the panel's
        width (as far as the screen allows) and gives it back when the panel closes."""
        w = self.main
        if w.isMaximized() or w.isFullScreen() or self.dock.isFloating():
            self._grown = 0
            return
        if shown and not self._grown:
            wanted = w.width() + self.panel.minimumWidth() + 8
            screen = w.screen()
            if screen is not None:  # never wider than the screen
                frame = w.frameGeometry().width() - w.width()
                wanted = min(wanted, screen.availableGeometry().width() - frame)
            self._grown = max(0, wanted - w.width())
            w.resize(w.width() + self._grown, w.height())
        elif not shown and self._grown:
            w.resize(max(w.minimumWidth(), w.width() - self._grown), w.height())
            self._grown = 0

    def _visibility(self, _visible: bool = False) -> None:
        self.presence.set_visible(self.main.isVisible() or self.dock.isVisible())

    def _window_shown(self, shown: bool) -> None:
        # Only the news is read: a Hide also arrives while the window is being destroyed.
        self.presence.set_visible(shown)

    # -- the shell --------------------------------------------------------------------------

    def attach_shell(self, shell: Shell) -> None:
        self.tray = shell.tray
        self.tray.status_menu = self._fill_tray_menu
        self.tray.rebuild()
        self._show()

    def close(self) -> None:
        self.presence.stop()


def install(parts: AppParts) -> TeamParts:
    return TeamParts(parts)


def find(window: QObject) -> TeamParts | None:
    found = window.findChild(QObject, "teamParts")
    return found if isinstance(found, TeamParts) else None
