"""What makes the app part of a working day: tray, one instance, links, notifications,
history. Wires the services of issue-5 fame to the window; holds no dialing logic itself.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from ..callstate import TALKING
from ..controller.calls import CALL, CallRequest, request_from_record
from ..controller.connection import Connection
from ..controller.dialer import DialController
from ..controller.history_recorder import HistoryRecorder
from ..controller.live_calls import LiveCallsController
from ..phone import Normalized, NumberError, is_dial_uri, normalize, parse_uri
from ..services.clipboard import clipboard_number
from ..services.history import Attempt, History, default_path
from ..services.settings import AppSettings, Key
from ..services.single_instance import Message
from ..services.tasks import TaskRunner
from ..wording.calls import state_text
from ..wording.failures import Failure
from ..wording.numbers import reason_text
from .history_view import HistoryView
from .main_window import MainWindow
from .search_wiring import SearchParts
from .tray import REDIAL_LAST_KEY, Tray

RECENT_IN_FORM = 50  # numbers the number field offers as it is typed


class Shell(QObject):
    """Shows, hides and raises the window it is given; everything else it reaches through
    the collaborators ``application.py`` hands it."""

    settingsRequested = Signal()  # the tray's Settings…
    quitRequested = Signal()  # the tray's Quit

    def __init__(
        self,
        window: MainWindow,
        *,
        runner: TaskRunner,
        connection: Connection,
        dialer: DialController,
        live: LiveCallsController,
        settings: AppSettings,
        menu: QMenu,
        history: History | None = None,
    ) -> None:
        super().__init__(window)
        from ..resources import app_icon

        self.window = window
        self.settings = settings  # the application updates it when an account switch does
        self._runner = runner
        self._connection = connection
        self._live = live
        self.history = history or History()
        # A write that fails later (a full disk) is said as it happens, not only at start.
        self.history.on_warning = self._history_warning
        # A long history is opened after a check of its schema only (start-up does not
        # grow with it); every page is read here, off the GUI thread.
        runner.run(self.history.full_check, self.history.damage_found)
        self.recorder = HistoryRecorder(
            self.history, dialer, live, self, runner=runner, connection=connection
        )
        self.tray = Tray(
            app_icon(), self.history, self.clipboard_number, lambda: len(live.live()), self
        )
        self.history_view: HistoryView | None = None
        self.finder: SearchParts | None = None  # search-first field and compact window
        self._pending: Callable[[], None] | None = None
        self._notified: set[str] = set()
        t = self.tray
        t.toggleRequested.connect(self.toggle_window)
        t.showRequested.connect(self.show_window)
        t.dialRequested.connect(self.dial)
        t.hangUpAllRequested.connect(live.hang_up_all)
        t.redialLastRequested.connect(self.redial_last)
        t.settingsRequested.connect(self.settingsRequested)
        t.quitRequested.connect(self.quitRequested)
        live.callChanged.connect(self._call_changed)
        dialer.callFailed.connect(self._call_failed)
        live.callEnded.connect(self._call_ended)
        connection.changed.connect(self._follow_account)  # first: a pending dial is recorded
        connection.changed.connect(self._run_pending)
        window.close_to_tray = self._close_to_tray
        self._add_menu_actions(menu)
        if self.history.warning:
            window.banner.show_message(self.history.warning, kind="warning", sticky=True)
        self.recorder.changed.connect(self._offer_recent_numbers)
        self.recorder.changed.connect(self._last_changed)
        self._offer_recent_numbers()
        self._last_changed()
        self.settings.forget_retired()
        from .live_wiring import find  # issue 15: live calls, card, names, call-back queue

        self.who = find(window)
        if self.who is not None:
            self.who.attach_shell(self)
        from .search_wiring import attach  # issue 16: the search field, the compact window

        self.finder = attach(self, runner, connection, menu)
        t.show()

    def _offer_recent_numbers(self) -> None:
        """The number field offers what the history holds, and nothing it has forgotten."""
        self.window.form.set_recent_numbers(self.history.recent_numbers(RECENT_IN_FORM))

    def _history_warning(self, sentence: str) -> None:
        # Next turn of the event loop: a failed write happens inside a click, whose
        # tidying-up hides the banner right after the request is sent.
        QTimer.singleShot(0, partial(self.window.banner.show_message, sentence, "", "warning"))

    # -- menu ---------------------------------------------------------------------------

    def _add_menu_actions(self, menu: QMenu) -> None:
        history = QAction(self.tr("&History…"), self.window)
        history.setShortcut(QKeySequence("Ctrl+Y"))
        history.triggered.connect(self.open_history)
        existing = menu.actions()
        if existing:
            menu.insertAction(existing[0], history)
            menu.insertSeparator(existing[0])
        else:
            menu.addAction(history)
        self.history_action = history
        redial = QAction(self.tr("&Redial last"), self.window)
        redial.setShortcut(QKeySequence(REDIAL_LAST_KEY))
        redial.triggered.connect(self.redial_last)
        menu.insertAction(history, redial)
        self.redial_last_action = redial

    def _last_changed(self) -> None:
        """Redial last names the call it would make, and is off with no history."""
        last = self.history.attempts(1)
        action = self.redial_last_action
        action.setEnabled(bool(last))
        tip = self.tr("Call the last number again, exactly as it was called")
        if last:
            tip = self.tr("Call {who} again, exactly as it was called").format(
                who=request_from_record(last[0]).who
            )
        action.setToolTip(f"{tip} ({QKeySequence(REDIAL_LAST_KEY).toString()})")

    def redial_last(self) -> None:
        """The last call in the history again: its stored request, as "Call again" does."""
        last = self.history.attempts(1)
        if last:
            self._redial(last[0])

    def open_history(self) -> HistoryView:
        if self.history_view is None:
            view = HistoryView(self.history, self.window)
            view.redialRequested.connect(self._redial)
            view.finished.connect(self._history_closed)
            view.cleared.connect(self._offer_recent_numbers)
            view.cleared.connect(self._last_changed)
            self.recorder.changed.connect(view.reload)
            self.history_view = view
            if self.who is not None:
                self.who.decorate_history(view)
        self.history_view.show()
        self.history_view.raise_()
        self.history_view.activateWindow()
        return self.history_view

    def _history_closed(self) -> None:
        view, self.history_view = self.history_view, None
        if view is not None:
            self.recorder.changed.disconnect(view.reload)
            view.deleteLater()

    def _redial(self, attempt: Attempt) -> None:
        # Exactly the stored call (both numbers, voice file, options), not the number
        # alone into whatever the form still holds; "Call again" calls, at once.
        request = request_from_record(attempt)
        self.show_window()
        if self._connection.signed_in:
            self.window.dial_request(request)
        else:
            self.window.offer(request)
            self._pending = lambda: self.window.dial_request(request)

    # -- window -------------------------------------------------------------------------

    def show_window(self) -> None:
        if self.finder is not None and self.finder.show():
            return  # the compact window is the one in use
        w = self.window
        w.show()
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.raise_()
        w.activateWindow()

    def toggle_window(self) -> None:
        compact = self.finder.compact if self.finder is not None else None
        if compact is not None and compact.isVisible():
            compact.hide()
            return
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            self.show_window()

    def _close_to_tray(self) -> bool:
        """Closing hides to the tray when there is one (telling so once), else minimises."""
        if not self.settings.flag(Key.CLOSE_TO_TRAY):
            return False
        if self.tray.available:
            self.window.hide()
            if not self.settings.flag(Key.TRAY_NOTICE_SHOWN):
                self.tray.notify(
                    "CallLauncher",
                    self.tr("CallLauncher keeps running in the tray. Quit it from its menu."),
                )
                self.settings.set(Key.TRAY_NOTICE_SHOWN, True)
        else:
            self.window.showMinimized()
        return True

    def start_minimized(self) -> None:
        if self.tray.available:
            return  # stays in the tray, hidden
        self.window.showMinimized()

    # -- numbers from outside: links, other launches, the clipboard ---------------------

    def clipboard_number(self) -> Normalized | None:
        return clipboard_number(
            QGuiApplication.clipboard(),
            self._region(),
            use_selection=self.settings.flag(Key.DIAL_SELECTION),
        )

    def _region(self) -> str:
        return self.window.region  # checked there: a bad saved region is said once

    def handle(self, message: Message) -> None:
        """A message from another launch (or this one's own command line)."""
        if message.action == "show":
            self.show_window()
        elif message.action == "link":
            self.open_link(message.text)
        elif message.action == "dial":
            self.dial(message.text)
        elif message.action == "dial-clipboard":
            self.dial_clipboard()

    def open_link(self, link: str) -> None:
        self.show_window()
        try:
            number = parse_uri(link) if is_dial_uri(link) else link
            digits = normalize(number, self._region()).digits
        except NumberError as exc:
            # Sticky: the link came from another program, maybe while the welcome or the
            # sign-in dialog was in front; signing in must not take the answer away.
            self.window.banner.show_message(
                self.tr("The link {link} can't be dialled: {reason}").format(
                    link=link, reason=reason_text(exc)
                ),
                sticky=True,
            )
            return
        if self.settings.flag(Key.DIAL_LINKS_AT_ONCE):
            self.dial(digits)
        else:
            self.window.offer_number(digits)

    def dial_clipboard(self) -> None:
        found = self.clipboard_number()
        if found is None:
            self.show_window()
            self.window.banner.show_message(
                self.tr("There is no phone number in the clipboard. Copy one and try again."),
                kind="warning",
            )
            return
        self.dial(found.digits)

    def dial(self, number: str) -> None:
        """Dial at once — when signed in; otherwise as soon as the account is restored."""
        self.show_window()
        if self._connection.signed_in:
            self.window.dial_number(number)
        else:
            self.window.offer_number(number)
            self._pending = lambda: self.window.dial_number(number)

    def _follow_account(self) -> None:
        """The demo's calls go to a history of their own: signing in for real (or trying the
        demo) switches the file, so the two never mix and no demo entry is redialled for
        real. A history given from outside (tests) stays where it is."""
        own = (default_path(False), default_path(True))
        if self.history.path not in own or not self._connection.signed_in:
            return
        wanted = default_path(self._connection.is_demo)
        if self.history.path != wanted:
            self.history.switch_to(wanted)
            self._offer_recent_numbers()
            self.recorder.changed.emit()  # the history window and the tray read it again

    def _run_pending(self) -> None:
        if self._pending is not None and self._connection.signed_in:
            action, self._pending = self._pending, None
            action()

    def settings_changed(self, keys: set[str]) -> None:
        if Key.START_AT_LOGIN in keys:
            from ..services import desktop

            enabled = self.settings.flag(Key.START_AT_LOGIN)
            self._runner.run(
                partial(desktop.set_start_at_login, enabled),
                on_error=self._desktop_failed,
            )

    def register_links(self) -> None:
        """Make this app the tel:/callto: handler (xdg-mime, registry...) on a worker."""
        from ..services import desktop

        self._runner.run(
            partial(desktop.register, open_settings=False),
            on_done=self._registered,
            on_error=self._desktop_failed,
        )

    def _registered(self, result: object) -> None:
        message = getattr(result, "message", "")
        url = getattr(result, "settings_url", "")
        warnings = getattr(result, "warnings", [])
        self.window.banner.show_message(message, "\n".join(warnings), "info")
        if url:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(url))  # Windows: Settings ▸ Default apps

    def _desktop_failed(self, exc: BaseException) -> None:
        reason = getattr(exc, "reason", "") or type(exc).__name__
        self.window.banner.show_message(
            self.tr("Could not change the desktop settings: {reason}").format(reason=reason),
            kind="warning",
            sticky=True,  # the answer of a worker: it may come after the user moved on
        )

    # -- notifications ------------------------------------------------------------------

    def _notify(self, title: str, text: str) -> None:
        if self.settings.flag(Key.NOTIFICATIONS):
            self.tray.notify(title, text)

    def _call_changed(self, call_id: str) -> None:
        call = self._live.calls.get(call_id)
        if call is None or call_id in self._notified or call.state.phase != TALKING:
            return
        self._notified.add(call_id)
        self._notify(self.tr("Call connected"), self._who(call.request))

    def _call_failed(self, request: CallRequest, failure: Failure) -> None:
        # A call started from the tray while the window is hidden: the banner is not seen,
        # so the same sentence comes as a notification.
        if not self.window.isVisible() or self.window.isMinimized():
            self._notify(self.tr("Call failed"), failure.sentence)

    def _call_ended(self, call_id: str) -> None:
        call = self._live.calls.get(call_id)
        if call is not None:
            self._notify(
                self.tr("Call ended"),
                f"{self._who(call.request)}: {state_text(call.state, call.request.kind)}",
            )

    def _who(self, request: CallRequest) -> str:
        if self.who is not None and request.kind == CALL:
            return str(self.who.label(request.number))  # "Name · 067 123 4567"
        return request.who
