"""The built-in global shortcuts (services/hotkeys) wired to the shell: what each action
does, the settings that choose the keys, and where a shortcut that can't be had is said
(the Settings dialog, next to the shortcut rows, and the log; never a banner each start)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from ..services.hotkeys import DIAL_CLIPBOARD, SHOW_DIALER, GlobalHotkeys, global_hotkeys
from ..services.settings import Key
from ..wording.hotkeys import problem_sentences
from .account_flows import AccountFlows
from .shell import Shell

log = logging.getLogger(__name__)

KEYS = {DIAL_CLIPBOARD: Key.HOTKEY_DIAL, SHOW_DIALER: Key.HOTKEY_SHOW}
TRAY_ACTIONS = {DIAL_CLIPBOARD: "dialClipboard", SHOW_DIALER: "showDialer"}  # object names


class HotkeyWiring(QObject):
    def __init__(
        self, shell: Shell, flows: AccountFlows, hotkeys: GlobalHotkeys | None = None
    ) -> None:
        super().__init__(shell)
        self._shell = shell
        self._flows = flows
        self.hotkeys = hotkeys or global_hotkeys(self)
        self.hotkeys.triggered.connect(self._act)
        self.hotkeys.problemsChanged.connect(self._say)
        flows.hotkey_notes = self.sentences

    def install(self) -> None:
        """Register the keys the settings hold now (again after they change)."""
        settings = self._shell.settings  # the account's, once one is signed in
        wanted = {action: settings.text(key) for action, key in KEYS.items()}
        self.hotkeys.install(wanted)
        self._say()

    def settings_changed(self, keys: set[str]) -> None:
        if any(key in keys for key in KEYS.values()):
            self.install()

    def release(self) -> None:
        self.hotkeys.release()

    def sentences(self) -> list[str]:
        return problem_sentences(self.hotkeys.problems)

    def _say(self) -> None:
        # The tray shows the keys that work: none of a hotkey that is not in effect.
        refused = {p.action for p in self.hotkeys.problems}
        everything = any(not p.action for p in self.hotkeys.problems)
        shortcuts = self._shell.tray.shortcuts
        for action, name in TRAY_ACTIONS.items():
            sequence = self.hotkeys.installed.get(action, "")
            if sequence and action not in refused and not everything:
                shortcuts[name] = sequence
            else:
                shortcuts.pop(name, None)
        sentences = self.sentences()
        for sentence in sentences:
            log.warning("global shortcut: %s", sentence)
        dialog = self._flows.settings_dialog
        if dialog is not None:
            dialog.set_hotkey_notes(sentences)

    def _act(self, action: str) -> None:
        if action == DIAL_CLIPBOARD:
            self._shell.dial_clipboard()  # the clipboard, or the X selection if allowed
        elif action == SHOW_DIALER:
            self._shell.show_window()
            self._shell.window.focus_number()


def install(shell: Shell, flows: AccountFlows) -> HotkeyWiring:
    wiring = HotkeyWiring(shell, flows)
    wiring.install()
    return wiring
