"""Starting the window: the QApplication, services, controllers and the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from . import __version__
from .controller.account import AccountController
from .controller.connection import Connection
from .controller.dialer import DialController
from .controller.live_calls import LiveCallsController
from .services import paths
from .services.account import Account
from .services.settings import AppSettings
from .services.tasks import TaskRunner

if TYPE_CHECKING:
    from .fakepbx import FakePBX
    from .ui.main_window import MainWindow
    from .ui.shell import Shell

log = logging.getLogger(__name__)


@dataclass
class AppParts:
    """Everything the window needs, built once; tests build it the same way."""

    settings: AppSettings
    runner: TaskRunner
    connection: Connection
    dialer: DialController
    live: LiveCallsController
    account: AccountController
    window: MainWindow
    demo_pbx: FakePBX | None = None
    owner: QObject = field(default_factory=QObject)

    wants_demo: bool = False
    who: Any = None  # issue 15's LiveParts (ui/live_wiring.py)

    def go_online(self) -> None:
        """Start the demo PBX, or restore the saved account from the keyring (on a worker)."""
        if self.wants_demo:
            from .demo import DEMO_EXTENSION, DEMO_SECRET, start_demo_pbx
            from .services.account import demo_account

            pbx = self.demo_pbx = start_demo_pbx()
            self.account.adopt_demo(pbx)  # stopped if a real account signs in
            self.connection.sign_in(demo_account(pbx.url, DEMO_EXTENSION), DEMO_SECRET)
        elif not self.connection.signed_in:
            self.account.restore()

    def shutdown(self, wait_ms: int = 1500) -> bool:
        """Quit promptly even with requests in flight: stop delivering, wait a bounded
        time, then release the demo PBX. True when every worker finished."""
        self.live.blockSignals(True)
        if self.who is not None:
            self.who.close()  # the live feed's thread
        finished = self.runner.shutdown(wait_ms)
        self.connection.close()
        demo = self.demo_pbx is not None or self.account.demo_pbx is not None
        self.account.close()  # the demo PBX chosen from the welcome, if any
        if self.demo_pbx is not None:
            self.demo_pbx.stop()
        if demo:
            finished = self.runner.wait(300) or finished
        self.settings.sync()
        return finished


def build(
    *,
    demo: bool = False,
    api_url: str | None = None,
    api_version: str | None = None,
    account: Account | None = None,
    secret: str | None = None,
    defer: bool = False,
) -> AppParts:
    """Assemble the app. ``account``/``secret`` sign in directly (tests, scripts);
    otherwise the saved account signs in from the keyring (on a worker, retrying while
    the keyring comes up), or the welcome asks."""
    from .services import logs
    from .ui.main_window import MainWindow

    # The demo keeps its own preferences, so trying it never touches a real account's.
    settings = AppSettings(paths.config_dir() / "demo.ini" if demo else None)
    owner = QObject()
    runner = TaskRunner(owner)
    connection = Connection(owner)
    dialer = DialController(runner, connection, owner)
    live = LiveCallsController(runner, connection, owner)
    # The account is always the user's own file, even while --demo shows demo.ini.
    accounts = AccountController(
        runner,
        connection,
        AppSettings() if demo else settings,
        owner,
        api_url=api_url,
        api_version=api_version,
    )
    if demo:
        from .demo import DEMO_COMPANY_NUMBERS, DEMO_EXTENSION, DEMO_IVR_NAMES

        if not settings.text("account/extension"):
            settings.set("account/extension", DEMO_EXTENSION)
        if not settings.strings("numbers/company"):
            settings.set("numbers/company", DEMO_COMPANY_NUMBERS)
            settings.set("numbers/ivrNames", DEMO_IVR_NAMES)
    elif account is not None and secret:
        logs.register_secret(secret)
        connection.sign_in(account, secret)
    window = MainWindow(connection, dialer, live, settings, demo=demo)
    window.attach_account(accounts)
    if not demo:  # the demo PBX uses none of the account's settings
        for sentence in accounts.setting_problems():
            window.tell_setting_problem(sentence)
    parts = AppParts(settings, runner, connection, dialer, live, accounts, window, None, owner)
    parts.wants_demo = demo
    # ---- issue 15: live calls, incoming card, names, call-back queue (one wiring point) ----
    from .ui.live_wiring import install

    parts.who = install(parts)
    if defer:
        window.firstPainted.connect(parts.go_online)  # no network or keyring before it
    else:
        parts.go_online()
    return parts


def _start_logging_and_theme(settings: AppSettings) -> None:
    from .services import logs

    try:
        logs.setup_logging(settings.flag("log/debug"))
    except OSError as exc:  # a read-only home must not stop the app from starting
        log.warning("no log file: %s", exc)
    theme = settings.text("ui/theme")
    if theme in ("dark", "light"):
        from .ui.theme import apply_theme

        apply_theme(theme)


def run_app(args: argparse.Namespace, instance: str | None = None) -> int:
    """The window's life: ``args`` from the GUI command line, ``instance`` the single-instance
    name this copy serves (None: no single-instance server, e.g. scripts).

    Only the window is built before the first frame; the network, the keyring, the demo
    PBX, history, tray and the rest follow right after it (see benchmarks/README.md)."""
    from .services.single_instance import InstanceServer, Message, forward, message_for

    QCoreApplication.setOrganizationName("CallLauncher")
    QCoreApplication.setApplicationName("calllauncher")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    from .ui.i18n import install_translators

    install_translators(app, demo=args.demo)  # env, ui/language setting, else system locale
    app.setApplicationDisplayName("CallLauncher")
    # Lets Wayland desktops match the window to its desktop entry and icon.
    app.setDesktopFileName("ua.calllauncher.CallLauncher")
    app.setQuitOnLastWindowClosed(False)  # closing may only hide to the tray
    message = message_for(args.link, dial_clipboard=args.dial_clipboard, minimized=args.minimized)
    server = None
    early: list[Message] = []  # what other launches send before the shell is up
    if instance is not None:
        server = InstanceServer(instance)
        if not server.listen() and forward(message, name=instance):
            return 0  # another launch won the race to start; it has our message now
        server.received.connect(early.append)
    minimized = args.minimized or _starts_minimized(args.demo)
    parts = build(
        demo=args.demo, api_url=args.api_url, api_version=args.api_version, defer=not minimized
    )
    holder: list[Shell] = []

    def start_shell() -> None:
        from .resources import app_icon
        from .ui.shell import Shell

        app.setWindowIcon(app_icon())
        _start_logging_and_theme(parts.settings)
        shell = Shell(parts.window, parts.runner)
        holder.append(shell)
        app.installEventFilter(_FileOpenFilter(shell, app))
        if server is not None:
            server.received.disconnect(early.append)
            server.received.connect(shell.handle)
        for pending in ([message] if message.action != "ping" else []) + early:
            shell.handle(pending)  # this launch's own link or --dial-clipboard, then others'
        if minimized:
            shell.start_minimized()
        from . import phone  # noqa: F401  -- now, so the first keystroke doesn't wait for it

        # Start-up objects live for the whole session: keep the collector from walking them.
        gc.freeze()

    if minimized:
        start_shell()
    else:
        parts.window.firstPainted.connect(start_shell)
        parts.window.show()
    code = app.exec()
    if server is not None:
        server.close()
    for shell in holder:
        shell.history.close()
    if not parts.shutdown():
        # A request held by the PBX can't be interrupted; don't wait for it at exit.
        logging.shutdown()
        os._exit(code)
    return code


def _starts_minimized(demo: bool) -> bool:
    settings = AppSettings(paths.config_dir() / "demo.ini" if demo else None)
    return settings.flag("ui/startMinimized")


class _FileOpenFilter(QObject):
    """macOS hands clicked tel: links to a running app as QFileOpenEvent."""

    def __init__(self, shell: Shell, parent: QObject) -> None:
        super().__init__(parent)
        self._shell = shell

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.url().scheme() in ("tel", "callto"):
            self._shell.open_link(event.url().toString())
            return True
        return False
