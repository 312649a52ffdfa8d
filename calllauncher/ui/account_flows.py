"""The window's CallLauncher menu and what it opens: the welcome, the sign-in dialog and
the settings dialog. Kept apart from main_window.py so the dialer stays about dialing.

It knows the window only as a parent for its dialogs and a menu bar for its menu; what
the window shows after a sign-in or a settings change is wired by ``application.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ..controller.account import MISSING, AccountController
from ..controller.connection import Connection
from ..services.settings import AppSettings, Key
from .banner import Banner
from .widgets.props import set_props

if TYPE_CHECKING:
    from ..services.account import Account
    from .settings_dialog import SettingsDialog
    from .sign_in_dialog import SignInDialog
    from .welcome import WelcomeDialog


class AccountFlows(QObject):
    """Opens at most one of each dialog, non-blocking (``open()``), and keeps it reachable
    as an attribute while it is open (tests and the tray find it there)."""

    settingsChanged = Signal(object)  # the set of keys the settings dialog changed (saved)
    registerLinksRequested = Signal()
    quitRequested = Signal()
    status = Signal(str)  # a passing state for the status bar; "" when it is over

    def __init__(
        self,
        account: AccountController,
        connection: Connection,
        settings: AppSettings,
        banner: Banner,
        parent: QWidget,
        menu: QMenu,
        colleagues: Callable[[], list[tuple[str, str]]],
    ) -> None:
        super().__init__(parent)
        self.account = account
        self.settings = settings  # the application updates it when an account switch does
        self._connection = connection
        self._banner = banner
        self._parent = parent
        self._colleagues = colleagues
        self.welcome: WelcomeDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        # Why a global shortcut is not in effect (the application sets it; none by default).
        self.hotkey_notes: Callable[[], list[str]] = list
        self._build_menu(menu)
        account.needsSignIn.connect(self._needs_sign_in)
        account.restoring.connect(self._restoring)
        account.signedOut.connect(self._signed_out)
        connection.changed.connect(self._update_actions)
        self._update_actions()

    # -- the menu -----------------------------------------------------------------------

    def _build_menu(self, menu: QMenu) -> None:
        """Fills the window's CallLauncher menu (there, empty, since its first frame: the
        menu bar must not appear later and move the window's contents down)."""
        self.menu = menu
        self.sign_in_action = self._action(self.tr("&Sign in…"), self._menu_sign_in)
        self.switch_action = self._action(self.tr("S&witch account…"), self._menu_switch)
        self.sign_out_action = self._action(self.tr("Sign &out"), self.ask_sign_out)
        menu.addSeparator()
        self.settings_action = self._action(self.tr("Se&ttings…"), self.open_settings)
        # Not setShortcut: choosing its overload makes Qt's enums (widgets/props).
        set_props(self.settings_action, shortcut=QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.quitRequested.emit)
        set_props(self.quit_action, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _action(self, text: str, slot: object) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def _update_actions(self) -> None:
        connection = self._connection
        signed_in, demo = connection.signed_in, connection.is_demo
        self.sign_in_action.setVisible(not signed_in or demo)
        self.switch_action.setVisible(signed_in and not demo)
        self.sign_out_action.setEnabled(signed_in)
        self.sign_out_action.setText(self.tr("Leave the &demo") if demo else self.tr("Sign &out"))

    def ask_sign_out(self) -> None:
        """Sign out deletes the secret from the keyring: asked first (default No). Leaving
        the demo deletes nothing, so it is not."""
        account = self._connection.account
        if account is None:
            return
        if not account.demo:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self._parent,
                self.tr("Sign out"),
                self.tr(
                    "Sign out and delete the secret of API key {key}… from this computer? "
                    "You will need the key and secret to sign in again."
                ).format(key=account.key[:4]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.account.sign_out()

    def offer_sign_in_again(self, sentence: str) -> None:
        """The PBX refused the key or secret (a call failed with 121): the banner's
        message gets a way to fix it that keeps the saved key (and URL) filled in."""
        self._banner.offer(sentence, self.tr("Sign in again…"), self._sign_in_again)

    def _sign_in_again(self) -> None:
        current = self._connection.account
        self.open_sign_in(prefill=current if current is not None and not current.demo else None)

    def _menu_sign_in(self) -> None:
        self.open_sign_in()

    def _menu_switch(self) -> None:
        self.open_sign_in(switching=True)

    # -- start-up and the welcome -------------------------------------------------------

    def _restoring(self, busy: bool) -> None:
        self.status.emit(self.tr("Opening your keyring…") if busy else "")

    def _needs_sign_in(self, kind: str, reason: str) -> None:
        if kind in ("", MISSING):
            self.show_welcome(reason)
        elif self.sign_in_dialog is not None:
            self.sign_in_dialog.show_problem(kind, reason)  # a Retry that failed again
        else:
            self.open_sign_in().show_problem(kind, reason)

    def show_welcome(self, reason: str = "") -> WelcomeDialog:
        if self.welcome is None:
            from .welcome import WelcomeDialog  # dialogs load when first opened

            self.welcome = WelcomeDialog(reason, self._parent)
            self.welcome.finished.connect(self._welcome_done)
            self.welcome.open()
        return self.welcome

    def _welcome_done(self) -> None:
        dialog, self.welcome = self.welcome, None
        choice = dialog.choice if dialog is not None else ""
        if dialog is not None:
            dialog.deleteLater()
        from .welcome import DEMO, SIGN_IN

        if choice == SIGN_IN:
            self.open_sign_in()
        elif choice == DEMO:
            self.account.start_demo()
        else:
            self._not_signed_in()

    def _not_signed_in(self) -> None:
        if not self._connection.signed_in:
            self._banner.show_message(
                self.tr("Not signed in. Choose Sign in… in the CallLauncher menu when ready."),
                kind="info",
            )

    # -- sign in, switch, sign out ------------------------------------------------------

    def open_sign_in(
        self, *, switching: bool = False, prefill: Account | None = None
    ) -> SignInDialog:
        if self.sign_in_dialog is None:
            saved = prefill or self.account.saved_account()
            # Switching starts from an empty key; URL, version and CA bundle stay.
            prefill = replace(saved, key="", extension="") if switching else saved
            title = self.tr("Switch account") if switching else ""
            from .sign_in_dialog import SignInDialog

            dialog = SignInDialog(self.account, prefill, self._parent, title=title)
            dialog.finished.connect(self._sign_in_done)
            self.sign_in_dialog = dialog
            dialog.open()
        return self.sign_in_dialog

    def _sign_in_done(self) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._not_signed_in()

    def _signed_out(self) -> None:
        self._banner.show_message(self.tr("Signed out."), kind="info")
        self.show_welcome()

    # -- settings -----------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is None:
            from .settings_dialog import SettingsDialog

            dialog = SettingsDialog(
                self.settings, self._colleagues(), self._parent, self.hotkey_notes()
            )
            dialog.finished.connect(self._settings_done)
            dialog.registerLinksRequested.connect(self.registerLinksRequested)
            self.settings_dialog = dialog
            dialog.open()
        return self.settings_dialog

    def _settings_done(self, result: int) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            return
        changed = self.settings.save_preferences(dialog.before, dialog.values())
        self.settingsChanged.emit(set(changed))  # the application applies them
        if Key.LANGUAGE in changed:
            self._banner.show_message(
                self.tr("The new language applies when CallLauncher restarts."), kind="info"
            )
