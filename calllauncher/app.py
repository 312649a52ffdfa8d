"""Starting the window: the QApplication, services, controllers and the main window."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from . import __version__
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

log = logging.getLogger(__name__)


@dataclass
class AppParts:
    """Everything the window needs, built once; tests build it the same way."""

    settings: AppSettings
    runner: TaskRunner
    connection: Connection
    dialer: DialController
    live: LiveCallsController
    window: MainWindow
    demo_pbx: FakePBX | None = None
    owner: QObject = field(default_factory=QObject)

    def shutdown(self, wait_ms: int = 1500) -> bool:
        """Quit promptly even with requests in flight: stop delivering, wait a bounded
        time, then release the demo PBX. True when every worker finished."""
        self.live.blockSignals(True)
        finished = self.runner.shutdown(wait_ms)
        self.connection.close()
        if self.demo_pbx is not None:
            self.demo_pbx.stop()
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
) -> AppParts:
    """Assemble the app. ``account``/``secret`` sign in directly (tests, scripts)."""
    from .ui.main_window import MainWindow

    # The demo keeps its own preferences, so trying it never touches a real account's.
    settings = AppSettings(paths.config_dir() / "demo.ini" if demo else None)
    owner = QObject()
    runner = TaskRunner(owner)
    connection = Connection(owner)
    dialer = DialController(runner, connection, owner)
    live = LiveCallsController(runner, connection, owner)
    pbx = None
    if demo:
        from .demo import (
            DEMO_COMPANY_NUMBERS,
            DEMO_EXTENSION,
            DEMO_IVR_NAMES,
            DEMO_SECRET,
            start_demo_pbx,
        )
        from .services.account import demo_account

        pbx = start_demo_pbx()
        connection.sign_in(demo_account(pbx.url, DEMO_EXTENSION), DEMO_SECRET)
        if not settings.text("account/extension"):
            settings.set("account/extension", DEMO_EXTENSION)
        if not settings.strings("numbers/company"):
            settings.set("numbers/company", DEMO_COMPANY_NUMBERS)
            settings.set("numbers/ivrNames", DEMO_IVR_NAMES)
    elif account is not None and secret:
        connection.sign_in(account, secret)
    else:
        _sign_in_saved(settings, connection, api_url, api_version)
    window = MainWindow(connection, dialer, live, settings)
    return AppParts(settings, runner, connection, dialer, live, window, pbx, owner)


def _sign_in_saved(
    settings: AppSettings, connection: Connection, api_url: str | None, api_version: str | None
) -> None:
    from .services.account import load_account
    from .services.credentials import CredentialError, KeyringStore

    account = load_account(settings, api_url=api_url, api_version=api_version)
    if not account.key:
        return
    try:
        secret = KeyringStore().load(account.key)
    except CredentialError as exc:
        log.warning("keyring: %s", exc.kind)
        return
    if secret:
        connection.sign_in(account, secret)


def run_app(argv: list[str]) -> int:
    from .cli.parser import gui_parser

    args = gui_parser().parse_args(argv)
    QCoreApplication.setOrganizationName("CallLauncher")
    QCoreApplication.setApplicationName("calllauncher")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("CallLauncher")
    parts = build(demo=args.demo, api_url=args.api_url, api_version=args.api_version)
    if not parts.connection.signed_in:
        parts.window.banner.show_message(
            QCoreApplication.translate(
                "App",
                "Not signed in. Run “calllauncher login”, or start with --demo to try "
                "the demo PBX.",
            ),
            kind="info",
        )
    if args.link:
        from .phone import NumberError, is_dial_uri, parse_uri

        try:
            parts.window.fill_number(parse_uri(args.link) if is_dial_uri(args.link) else args.link)
        except NumberError as exc:
            parts.window.banner.show_message(str(exc))
    if args.minimized:
        parts.window.showMinimized()
    else:
        parts.window.show()
    code = app.exec()
    if not parts.shutdown():
        # A request held by the PBX can't be interrupted; don't wait for it at exit.
        logging.shutdown()
        os._exit(code)
    return code
