"""The app as one object: what it owns, how it starts, how it ends.

Built after the QApplication (see :func:`run`); the pre-Qt phase is in ``startup.py``.
:class:`Application` owns the settings, the TaskRunner, the connection, the controllers,
the demo session (the one owner of the simulated PBX), the window, the account flows and
the shell (tray, history, links), and is the only place that wires them to each other:
views get the collaborators they use, not each other. Its life:

1. ``Application(...)``: everything the first frame shows, in the saved theme;
2. :meth:`start`: the crash hook, then the window is shown;
3. :meth:`after_first_frame`: what can wait until the window is seen — the log file,
   the network or keyring (:meth:`go_online`), the shell, this launch's link;
4. :meth:`quit` (the menu, the tray, Ctrl+Q) ends the event loop, then :meth:`shutdown`
   tears down in one order, announced by ``shuttingDown``.

Modelled on qutebrowser's ``app.py``/``quitter.py`` and FeelUOwn's ``App``.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from . import identity
from .controller.connection import Connection
from .controller.demo_session import DemoSession
from .controller.dialer import DialController
from .controller.live_calls import LiveCallsController
from .services import logs, paths
from .services.collector import GuiThreadCollector
from .services.crash import CrashHook
from .services.settings import AppSettings, Key
from .services.tasks import TaskRunner
from .ui.main_window import MainWindow

if TYPE_CHECKING:
    from .controller.account import AccountController
    from .fakepbx import FakePBX
    from .services.account import Account
    from .services.history import History
    from .services.single_instance import InstanceServer, Message
    from .ui.account_flows import AccountFlows
    from .ui.hotkey_wiring import HotkeyWiring
    from .ui.live_wiring import LiveParts
    from .ui.shell import Shell
    from .ui.team_wiring import TeamParts

log = logging.getLogger(__name__)


class Application(QObject):
    """The one object that owns and wires the app (``app.AppParts`` is this class)."""

    shuttingDown = Signal()  # once, first thing in :meth:`shutdown`
    crashed = Signal(str)  # an uncaught exception's summary; queued from any thread

    def __init__(
        self,
        *,
        demo: bool = False,
        api_url: str | None = None,
        api_version: str | None = None,
        account: Account | None = None,
        secret: str | None = None,
    ) -> None:
        super().__init__()
        self.wants_demo = demo
        # The demo keeps its own preferences, so trying it never touches a real account's.
        self.settings = AppSettings(paths.config_dir() / "demo.ini" if demo else None)
        self.runner = TaskRunner(self)
        self.connection = Connection(self)
        self.dialer = DialController(self.runner, self.connection, self)
        self.live = LiveCallsController(self.runner, self.connection, self)
        self.demo = DemoSession(self.runner, self.connection, self)
        if demo:
            self._demo_defaults()
        elif account is not None and secret:
            logs.register_secret(secret)
            self.connection.sign_in(account, secret)
        # Before the window exists: its first frame is already in the chosen theme.
        self._apply_theme()
        self.window = MainWindow(self.connection, self.dialer, self.live, self.settings, demo=demo)
        self._api = (api_url, api_version)
        self._account: AccountController | None = None  # see the account property
        self._flows: AccountFlows | None = None
        self.shell: Shell | None = None
        self.instance: InstanceServer | None = None
        self._messages: list[Message] = []  # from other launches, until the shell is up
        self._minimized = False
        self._online = False
        self._finished: bool | None = None  # set by shutdown
        self._crash = CrashHook(self.crashed.emit)
        self._collector = GuiThreadCollector(self)
        self.crashed.connect(self._show_crash)
        self._file_open: _FileOpenFilter | None = None
        self._who: LiveParts | None = None
        self._team: TeamParts | None = None
        self.hotkeys: HotkeyWiring | None = None  # the global shortcuts, after the first frame
        self._claim: tuple[str, Message] | None = None  # see serve_after_first_frame

    @property
    def account(self) -> AccountController:
        """Sign-in, sign-out, the saved account and its settings' check: made just after
        the first frame (their modules and the menu's actions cost start-up ~4 ms), or
        when first asked."""
        if self._account is None:
            self._build_account()
        assert self._account is not None
        return self._account

    @property
    def flows(self) -> AccountFlows:
        """The CallLauncher menu's dialogs (welcome, sign-in, settings): with the account."""
        if self._flows is None:
            self._build_account()
        assert self._flows is not None
        return self._flows

    def _build_account(self) -> None:
        from .controller import account as account_controller
        from .ui import account_flows

        api_url, api_version = self._api
        # The account is always the user's own file, even while --demo shows demo.ini.
        self._account = account = account_controller.AccountController(
            self.runner,
            self.connection,
            AppSettings() if self.wants_demo else self.settings,
            self,
            api_url=api_url,
            api_version=api_version,
            demo=self.demo,
        )
        self._wire_account()
        self._flows = flows = account_flows.AccountFlows(
            account,
            self.connection,
            self.settings,
            self.window.banner,
            self.window,
            self.window.app_menu,
            self.window.colleagues,
        )
        flows.status.connect(self.window.show_status)
        flows.settingsChanged.connect(self._settings_changed)
        flows.quitRequested.connect(self.quit)
        self.dialer.keyRefused.connect(flows.offer_sign_in_again)
        if not self.wants_demo:  # the demo PBX uses none of the account's settings
            for sentence in account.setting_problems():
                self.window.tell_setting_problem(sentence)

    @property
    def who(self) -> LiveParts:
        """Live company calls, the incoming-call card, names and the call-back queue:
        installed after the first frame (the shell asks first), or when first asked."""
        if self._who is None:
            from .ui.live_wiring import install

            self._who = install(self)
        return self._who

    @property
    def team(self) -> TeamParts:
        """My presence and the team panel: installed after the first frame (with the
        shell), or when first asked."""
        if self._team is None:
            from .ui.team_wiring import install

            self._team = install(self)
        return self._team

    # -- building -----------------------------------------------------------------------

    def _demo_defaults(self) -> None:
        from .demo import DEMO_COMPANY_NUMBERS, DEMO_EXTENSION, DEMO_IVR_NAMES

        s = self.settings
        if not s.text(Key.EXTENSION):
            s.set(Key.EXTENSION, DEMO_EXTENSION)
        if not s.strings(Key.COMPANY_NUMBERS):
            s.set(Key.COMPANY_NUMBERS, DEMO_COMPANY_NUMBERS)
            s.set(Key.IVR_NAMES, DEMO_IVR_NAMES)

    def _apply_theme(self) -> None:
        theme = self.settings.text(Key.THEME)
        if theme in ("dark", "light"):
            from .ui.theme import apply_theme

            apply_theme(theme)

    def _wire_account(self) -> None:
        # Connected before the flows' own handlers: the window is tidied before the
        # flows say "Signed out." and open the welcome.
        a, w = self.account, self.window
        a.signedIn.connect(self._signed_in)
        a.signedOut.connect(w.forget_lists)
        a.failed.connect(w.banner.show_failure)

    @property
    def demo_pbx(self) -> FakePBX | None:
        """The simulated PBX while the demo runs (the demo session owns it)."""
        return self.demo.pbx

    def use_settings(self, settings: AppSettings) -> None:
        """Started with --demo, then signed in: the real account's preferences apply."""
        self.settings = settings
        self.window.use_settings(settings)
        self.flows.settings = settings
        if self.shell is not None:
            self.shell.settings = settings
        if self.hotkeys is not None:
            self.hotkeys.install()  # the account's own keys

    def _signed_in(self) -> None:
        if not self.connection.is_demo and self.account.settings is not self.settings:
            self.use_settings(self.account.settings)
        self.window.forget_lists()
        self.window.banner.clear()  # "Not signed in." and the like; start-up warnings stay
        self.window.reload_preferences()

    def _settings_changed(self, keys: set[str]) -> None:
        if self.shell is not None:
            self.shell.settings_changed(keys)
        if self.hotkeys is not None:
            self.hotkeys.settings_changed(keys)
        self.window.reload_preferences()
        if Key.THEME in keys:
            from .ui.theme import apply_theme

            apply_theme(self.settings.text(Key.THEME))
        if Key.DEBUG_LOG in keys:
            logs.set_debug(self.settings.flag(Key.DEBUG_LOG))

    # -- starting -----------------------------------------------------------------------

    def go_online(self) -> None:
        """Start the demo PBX, or restore the saved account from the keyring (on a worker)."""
        if self._online:
            return
        self._online = True
        if self.wants_demo:
            self.demo.start_now()  # stopped when a real account signs in
        elif not self.connection.signed_in:
            self.account.restore()

    def serve(self, server: InstanceServer, message: Message | None = None) -> None:
        """Act on ``message`` (this launch's own) and on what other launches send to
        ``server``; queued until the shell is up."""
        self.instance = server
        if message is not None and message.action != "ping":
            self._messages.append(message)
        server.received.connect(self._received)

    def serve_after_first_frame(self, name: str, message: Message) -> None:
        """Claim the single-instance ``name`` once the window is seen: QtNetwork's server
        costs start-up time and memory, and the launch already knows (by the stdlib
        hand-off) that no copy served ``name`` a moment ago. A copy that started in
        between wins: this one hands ``message`` over to it and quits."""
        self._claim = (name, message)

    def _claim_instance(self) -> bool:
        """False: another copy serves the name and has this launch's message now."""
        if self._claim is None:
            return True
        name, message = self._claim
        self._claim = None
        from .services.single_instance import claim_instance

        server = claim_instance(name, message)
        if server is None:
            return False
        self.serve(server, message)
        return True

    def _received(self, message: Message) -> None:
        if self.shell is None:
            self._messages.append(message)
        else:
            self.shell.handle(message)

    def start(self, *, minimized: bool = False, message: Message | None = None) -> None:
        """Show the window (or stay in the tray); the rest follows its first frame."""
        self.install_crash_hook()
        self._collector.start()  # cycles are freed on this thread only (services/collector)
        self._minimized = minimized
        if message is not None and message.action != "ping" and self.instance is None:
            self._messages.append(message)
        if minimized:
            self.after_first_frame()
        else:
            self.window.firstPainted.connect(self.after_first_frame)
            self.window.show()

    def after_first_frame(self) -> None:
        """What waits until the window is seen (see benchmarks/README.md)."""
        if not self._claim_instance():
            log.info("another copy started meanwhile; it has this launch's message")
            self.quit()
            return
        _ = self.flows  # the menu's actions, the account and its settings' check
        from .resources import app_icon

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setWindowIcon(app_icon())
            self._file_open = _FileOpenFilter(self, app)
            app.installEventFilter(self._file_open)
        try:
            logs.setup_logging(self.settings.flag(Key.DEBUG_LOG))
        except OSError as exc:  # a read-only home must not stop the app from starting
            log.warning("no log file: %s", exc)
        self.go_online()
        shell = self.start_shell()
        pending, self._messages = self._messages, []
        for message in pending:
            shell.handle(message)  # this launch's own link or --dial-clipboard, then others'
        if self._minimized:
            shell.start_minimized()
        from .ui import hotkey_wiring

        self.hotkeys = hotkey_wiring.install(shell, self.flows)
        from . import phone  # noqa: F401  -- now, so the first keystroke doesn't wait for it

        # Start-up objects live for the whole session: keep the collector from walking them.
        gc.freeze()

    def start_shell(self, history: History | None = None) -> Shell:
        """Tray, history, links and notifications (tests pass their own ``history``)."""
        from .ui.shell import Shell

        _ = self.who  # the shell finds the live parts in the window

        shell = Shell(
            self.window,
            runner=self.runner,
            connection=self.connection,
            dialer=self.dialer,
            live=self.live,
            settings=self.settings,
            menu=self.flows.menu,
            history=history,
        )
        shell.settingsRequested.connect(self.open_settings)
        shell.quitRequested.connect(self.quit)
        self.flows.registerLinksRequested.connect(shell.register_links)
        self.shell = shell
        self.team.attach_shell(shell)
        return shell

    def open_settings(self) -> None:
        if self.shell is not None:
            self.shell.show_window()
        self.flows.open_settings()

    def open_link(self, link: str) -> None:
        if self.shell is not None:
            self.shell.open_link(link)
        else:
            from .services.single_instance import Message

            self._messages.append(Message("link", link))

    # -- a fault nobody caught ----------------------------------------------------------

    def install_crash_hook(self) -> None:
        """From now on an uncaught exception (a Qt callback, a thread) is logged and
        shown as a banner, and the app goes on (``start`` does this first)."""
        self._crash.install()

    def _show_crash(self, summary: str) -> None:
        details = summary + "\n" + self.tr("Log file: {path}").format(path=logs.log_file())
        self.window.banner.show_message(
            self.tr(
                "Something went wrong inside the app. It keeps running; what happened is "
                "written to its log file."
            ),
            details,
            "warning",
            sticky=True,  # nothing the user did caused it; it stays until read
        )

    # -- ending -------------------------------------------------------------------------

    def quit(self) -> None:
        """The one way out (menu, tray, Ctrl+Q): the window goes, then the event loop
        ends; :func:`run` then calls :meth:`shutdown`. With calls still live, it asks."""
        if not self.may_quit():
            return
        self._leave_screen()
        QApplication.quit()

    def may_quit(self) -> bool:
        """Whether quitting is fine: no live call, or the user said so (default No: the
        calls would go on unseen, and nothing could hang them up from here)."""
        live = len(self.live.live())
        if not live:
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window,
            self.tr("Quit CallLauncher"),
            self.tr(
                "Calls still going on: {count}. Quit anyway? They go on without the app "
                "following them, and can't be hung up from here."
            ).format(count=live),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _leave_screen(self) -> None:
        self.window.quitting = True  # closing now really closes, not hides to the tray
        if self.shell is not None:
            self.shell.tray.hide()
        self.window.close()

    def shutdown(self, wait_ms: int = 1500) -> bool:
        """Tear down in one order, promptly even with requests in flight. True when every
        worker finished (so no request is left that could hold the exit)."""
        if self._finished is not None:
            return self._finished
        self.shuttingDown.emit()
        if self.hotkeys is not None:
            self.hotkeys.release()  # ungrabbed, and its thread ended, before anything goes
        if self.shell is not None:
            self.shell.recorder.close_live()  # not "started" for ever in history
        self._leave_screen()
        self.live.blockSignals(True)
        if self._who is not None:
            self._who.close()  # the live feed's thread
        if self._team is not None:
            self._team.close()
        self.runner.shutdown(0)  # nothing more is delivered or started; queued work goes
        # Closing the transport ends a 106 back-off and cuts requests under way, so the
        # wait below is short; a keyring prompt is the one thing it can't end.
        self.connection.close(cut=True)
        finished = self.runner.wait(wait_ms)
        if self.demo.stop():
            finished = self.runner.wait(300) or finished
        if self.instance is not None:
            self.instance.close()
        if self.shell is not None:
            self.shell.history.close()
        self.settings.sync()
        if self._file_open is not None:
            qt_app = QApplication.instance()
            if qt_app is not None:
                qt_app.removeEventFilter(self._file_open)
            self._file_open = None
        self._crash.uninstall()
        self._collector.stop()
        self._finished = finished
        return finished


def build(
    *,
    demo: bool = False,
    api_url: str | None = None,
    api_version: str | None = None,
    account: Account | None = None,
    secret: str | None = None,
    defer: bool = False,
) -> Application:
    """The app without its start (tests, scripts). ``account``/``secret`` sign in
    directly; otherwise the saved account signs in from the keyring (on a worker, retrying
    while the keyring comes up), or the welcome asks. ``defer``: only after the first frame."""
    app = Application(
        demo=demo, api_url=api_url, api_version=api_version, account=account, secret=secret
    )
    if defer:
        app.window.firstPainted.connect(app.go_online)  # no network or keyring before it
    else:
        _ = app.flows  # scripts and tests get the whole app at once
        _ = app.who
        _ = app.team
        app.go_online()
    return app


def qt_application(demo: bool) -> QApplication:
    """The QApplication with its names and translators."""
    QCoreApplication.setOrganizationName(identity.ORGANISATION)
    QCoreApplication.setApplicationName(identity.SETTINGS_NAME)
    QCoreApplication.setApplicationVersion(identity.VERSION)
    qt_app = QApplication(sys.argv[:1])
    from .ui.i18n import install_translators

    install_translators(qt_app, demo=demo)  # env, ui/language setting, else system locale
    qt_app.setApplicationDisplayName(identity.APP_NAME)
    # Lets Wayland desktops match the window to its desktop entry and icon.
    qt_app.setDesktopFileName(identity.APP_ID)
    qt_app.setQuitOnLastWindowClosed(False)  # closing may only hide to the tray
    return qt_app


class LaunchArgs(Protocol):
    """A window launch's options: the GUI parser's namespace, or :func:`startup.plain_args`'."""

    api_url: str | None
    api_version: str | None
    demo: bool
    minimized: bool
    dial_clipboard: bool
    register: bool
    unregister: bool
    self_check: bool
    link: str | None


def run(args: LaunchArgs, instance: str | None = None) -> int:
    """The window's life: ``args`` from the GUI command line, ``instance`` the single-instance
    name this copy serves (None: no single-instance server, e.g. scripts)."""
    from .services.instance_protocol import message_for

    qt_app = qt_application(args.demo)
    message = message_for(args.link, dial_clipboard=args.dial_clipboard, minimized=args.minimized)
    minimized = args.minimized or starts_minimized(args.demo)
    server: InstanceServer | None = None
    if instance is not None and minimized:  # no first frame to wait for: claim it now
        from .services.single_instance import claim_instance

        server = claim_instance(instance, message)
        if server is None:
            return 0  # another launch won the race to start; it has our message now
    app = Application(demo=args.demo, api_url=args.api_url, api_version=args.api_version)
    if server is not None:
        app.serve(server, message)
    elif instance is not None:
        app.serve_after_first_frame(instance, message)
    gc.enable()  # off since startup.launch; the GUI thread's collector takes over in start()
    app.start(minimized=minimized, message=None if instance is not None else message)
    code = qt_app.exec()
    if not app.shutdown():
        # Work that can't be interrupted (a keyring prompt) must not hold the exit.
        log.warning("quitting with work still running")
        logging.shutdown()
        os._exit(code)
    return code


def starts_minimized(demo: bool) -> bool:
    settings = AppSettings(paths.config_dir() / "demo.ini" if demo else None)
    return settings.flag(Key.START_MINIMIZED)


class _FileOpenFilter(QObject):
    """macOS hands clicked tel: links to a running app as QFileOpenEvent."""

    def __init__(self, app: Application, parent: QObject) -> None:
        super().__init__(parent)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.url().scheme() in ("tel", "callto"):
            self._app.open_link(event.url().toString())
            return True
        return False


__all__ = ["Application", "build", "run"]
