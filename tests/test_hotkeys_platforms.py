"""The Windows and macOS hotkey code, run here behind its platform seam: the module's own
registration, key translation, dispatch and unregistration, with a table of native calls
that records them (user32's RegisterHotKey/GetMessageW/PostThreadMessageW; Carbon's
RegisterEventHotKey and its event handler). Plus the key model both share, and the wiring
to the real window through the same seam."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.services.history import History
from calllauncher.services.hotkeys import backend_name
from calllauncher.services.hotkeys.common import (
    BAD_KEY,
    DIAL_CLIPBOARD,
    NO_MODIFIER,
    SHOW_DIALER,
    TAKEN,
    BadSequence,
    Chord,
    GlobalHotkeys,
    parse,
)
from calllauncher.services.hotkeys.macos import (
    CMD_KEY,
    CONTROL_KEY,
    EVENT_HOTKEY_EXISTS,
    OPTION_KEY,
    SHIFT_KEY,
    SIGNATURE,
    MacHotkeys,
)
from calllauncher.services.hotkeys.windows import (
    ERROR_HOTKEY_ALREADY_REGISTERED,
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    WM_HOTKEY,
    WM_QUIT,
    WindowsHotkeys,
)
from calllauncher.services.settings import Key
from calllauncher.ui.hotkey_wiring import HotkeyWiring
from calllauncher.wording.hotkeys import problem_sentence

BINDINGS = {DIAL_CLIPBOARD: "Ctrl+Alt+D", SHOW_DIALER: "Ctrl+Alt+C"}


# -- the key model ----------------------------------------------------------------------


def test_sequences_become_chords() -> None:
    assert parse("Ctrl+Alt+D") == Chord(frozenset({"Ctrl", "Alt"}), "D")
    assert parse("Meta+Shift+F5") == Chord(frozenset({"Meta", "Shift"}), "F5")
    assert parse("Ctrl++") == Chord(frozenset({"Ctrl"}), "+")
    assert parse("Ctrl+,") == Chord(frozenset({"Ctrl"}), ",")
    assert parse("") is None  # turned off
    with pytest.raises(BadSequence):
        parse("Ctrl+K, Ctrl+D")
    with pytest.raises(BadSequence):
        parse("Hyper+D")
    # What the settings dialog stores is what is parsed.
    text = QKeySequence("Ctrl+Alt+PgUp").toString(QKeySequence.SequenceFormat.PortableText)
    assert parse(text) == Chord(frozenset({"Ctrl", "Alt"}), "PgUp")


def test_the_backend_follows_the_qt_platform() -> None:
    assert backend_name("xcb", {}) == "x11"
    assert backend_name("xcb", {"WAYLAND_DISPLAY": "wayland-0"}) == "portal"  # XWayland
    assert backend_name("wayland", {}) == "portal"
    assert backend_name("windows", {}) == "windows"
    assert backend_name("cocoa", {}) == "macos"
    assert backend_name("offscreen", {"DISPLAY": ":0"}) == ""  # tests never grab a desktop


# -- Windows ----------------------------------------------------------------------------


class RecordingUser32:
    """user32 as it behaves: a message queue per thread, hotkeys owned by a thread."""

    def __init__(self, taken: set[tuple[int, int]] | None = None) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.messages: queue.Queue[tuple[int, int, int]] = queue.Queue()
        self.taken = taken or set()
        self.registered: dict[int, tuple[int, int]] = {}
        self.owner: int | None = None
        self.last_error = 0

    def GetCurrentThreadId(self) -> int:
        return threading.get_ident()

    def PeekMessageW(self, remove: int) -> None:
        self.calls.append(("PeekMessageW", threading.get_ident()))

    def GetMessageW(self) -> tuple[int, int, int]:
        return self.messages.get(timeout=10)

    def RegisterHotKey(self, hwnd: int | None, id: int, modifiers: int, vk: int) -> bool:
        self.calls.append(("RegisterHotKey", hwnd, id, modifiers, vk))
        if (modifiers & ~MOD_NOREPEAT, vk) in self.taken:
            self.last_error = ERROR_HOTKEY_ALREADY_REGISTERED
            return False
        self.owner = threading.get_ident()
        self.registered[id] = (modifiers, vk)
        return True

    def UnregisterHotKey(self, hwnd: int | None, id: int) -> bool:
        # Only the registering thread may unregister (Windows fails the call otherwise).
        assert threading.get_ident() == self.owner
        self.calls.append(("UnregisterHotKey", hwnd, id))
        return self.registered.pop(id, None) is not None

    def PostThreadMessageW(self, thread_id: int, msg: int, wparam: int, lparam: int) -> bool:
        self.calls.append(("PostThreadMessageW", msg))
        assert thread_id == self.owner
        self.messages.put((0 if msg == WM_QUIT else 1, msg, wparam))
        return True

    def GetLastError(self) -> int:
        return self.last_error

    def press(self, id: int) -> None:
        self.messages.put((1, WM_HOTKEY, id))


@pytest.fixture
def user32() -> RecordingUser32:
    return RecordingUser32()


@pytest.fixture
def windows(qtbot: QtBot, user32: RecordingUser32) -> Iterator[GlobalHotkeys]:
    hotkeys = GlobalHotkeys(lambda: WindowsHotkeys(user32))
    yield hotkeys
    hotkeys.release()


def test_windows_registers_with_the_right_modifiers_and_virtual_keys(
    windows: GlobalHotkeys, user32: RecordingUser32
) -> None:
    assert windows.install({**BINDINGS, "other": "Meta+Shift+F5"}) == []
    registered = [c for c in user32.calls if c[0] == "RegisterHotKey"]
    assert registered == [
        ("RegisterHotKey", None, 1, MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, ord("D")),
        ("RegisterHotKey", None, 2, MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, ord("C")),
        ("RegisterHotKey", None, 3, MOD_WIN | MOD_SHIFT | MOD_NOREPEAT, 0x74),  # VK_F5
    ]
    # On the thread that runs the message loop, whose queue exists first.
    assert user32.calls[0] == ("PeekMessageW", user32.owner)
    assert user32.owner != threading.get_ident()


def test_windows_hotkey_message_is_triggered_on_the_gui_thread(
    qtbot: QtBot, windows: GlobalHotkeys, user32: RecordingUser32
) -> None:
    windows.install(BINDINGS)
    seen: list[tuple[str, int]] = []
    windows.triggered.connect(lambda action: seen.append((action, threading.get_ident())))
    with qtbot.waitSignal(windows.triggered, timeout=5000):
        user32.press(2)
    user32.press(99)  # not ours: nothing
    with qtbot.waitSignal(windows.triggered, timeout=5000):
        user32.press(1)
    assert seen == [(SHOW_DIALER, threading.get_ident()), (DIAL_CLIPBOARD, threading.get_ident())]


def test_windows_unregisters_on_its_own_thread_at_shutdown(
    windows: GlobalHotkeys, user32: RecordingUser32
) -> None:
    windows.install(BINDINGS)
    windows.release()
    assert ("PostThreadMessageW", WM_QUIT) in user32.calls
    assert [c for c in user32.calls if c[0] == "UnregisterHotKey"] == [
        ("UnregisterHotKey", None, 1),
        ("UnregisterHotKey", None, 2),
    ]
    assert user32.registered == {}
    assert not [t for t in threading.enumerate() if t.name == "hotkeys-windows"]


def test_windows_refused_registration_is_said() -> None:
    user32 = RecordingUser32(taken={(MOD_CONTROL | MOD_ALT, ord("D"))})
    hotkeys = GlobalHotkeys(lambda: WindowsHotkeys(user32))
    try:
        problems = hotkeys.install(BINDINGS)
        assert [(p.kind, p.action, p.sequence) for p in problems] == [
            (TAKEN, DIAL_CLIPBOARD, "Ctrl+Alt+D")
        ]
        assert problem_sentence(problems[0]) == (
            "Ctrl+Alt+D (Dial the copied number) is already used by another program; "
            "choose other keys."
        )
        assert list(user32.registered) == [2]  # the other one still works
    finally:
        hotkeys.release()


def test_bad_and_bare_keys_are_said_before_any_registration(
    windows: GlobalHotkeys, user32: RecordingUser32
) -> None:
    problems = windows.install({DIAL_CLIPBOARD: "D", SHOW_DIALER: "Ctrl+Alt+Launch Mail"})
    assert [p.kind for p in problems] == [NO_MODIFIER, BAD_KEY]
    assert "needs Ctrl, Alt" in problem_sentence(problems[0])
    assert not [c for c in user32.calls if c[0] == "RegisterHotKey"]


# -- macOS ------------------------------------------------------------------------------


class RecordingCarbon:
    def __init__(self, taken: set[tuple[int, int]] | None = None) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.handler: Any = None
        self.taken = taken or set()

    def InstallEventHandler(self, handler: Any) -> tuple[int, Any]:
        self.calls.append(("InstallEventHandler",))
        self.handler = handler
        return 0, "handler-ref"

    def GetEventParameter(self, event: Any) -> tuple[int, int, int]:
        signature, number = event
        return 0, signature, number

    def RegisterEventHotKey(
        self, keycode: int, modifiers: int, signature: int, id: int
    ) -> tuple[int, Any]:
        self.calls.append(("RegisterEventHotKey", keycode, modifiers, signature, id))
        if (keycode, modifiers) in self.taken:
            return EVENT_HOTKEY_EXISTS, None
        return 0, f"ref-{id}"

    def UnregisterEventHotKey(self, ref: Any) -> int:
        self.calls.append(("UnregisterEventHotKey", ref))
        return 0

    def RemoveEventHandler(self, ref: Any) -> int:
        self.calls.append(("RemoveEventHandler", ref))
        self.handler = None
        return 0


def test_macos_registers_command_option_and_ansi_key_codes(qtbot: QtBot) -> None:
    carbon = RecordingCarbon()
    hotkeys = GlobalHotkeys(lambda: MacHotkeys(carbon))
    assert hotkeys.install({**BINDINGS, "other": "Meta+Shift+F5"}) == []
    assert carbon.calls == [
        ("InstallEventHandler",),
        # Qt's Ctrl is the Command key on macOS, its Meta the Control key.
        ("RegisterEventHotKey", 0x02, CMD_KEY | OPTION_KEY, SIGNATURE, 1),  # kVK_ANSI_D
        ("RegisterEventHotKey", 0x08, CMD_KEY | OPTION_KEY, SIGNATURE, 2),  # kVK_ANSI_C
        ("RegisterEventHotKey", 0x60, CONTROL_KEY | SHIFT_KEY, SIGNATURE, 3),  # kVK_F5
    ]
    seen: list[str] = []
    hotkeys.triggered.connect(seen.append)
    with qtbot.waitSignal(hotkeys.triggered, timeout=5000):
        carbon.handler((SIGNATURE, 1))
    carbon.handler((int.from_bytes(b"othr", "big"), 2))  # another part's hotkey: not ours
    with qtbot.waitSignal(hotkeys.triggered, timeout=5000):
        carbon.handler((SIGNATURE, 2))
    assert seen == [DIAL_CLIPBOARD, SHOW_DIALER]
    hotkeys.release()
    assert carbon.calls[-4:] == [
        ("UnregisterEventHotKey", "ref-1"),
        ("UnregisterEventHotKey", "ref-2"),
        ("UnregisterEventHotKey", "ref-3"),
        ("RemoveEventHandler", "handler-ref"),
    ]


def test_macos_refused_registration_is_said() -> None:
    carbon = RecordingCarbon(taken={(0x08, CMD_KEY | OPTION_KEY)})
    hotkeys = GlobalHotkeys(lambda: MacHotkeys(carbon))
    problems = hotkeys.install(BINDINGS)
    assert [(p.kind, p.action) for p in problems] == [(TAKEN, SHOW_DIALER)]
    assert "Ctrl+Alt+C (Show the dialer) is already used" in problem_sentence(problems[0])
    hotkeys.release()
    assert ("UnregisterEventHotKey", "ref-1") in carbon.calls
    assert ("UnregisterEventHotKey", None) not in carbon.calls


# -- the wiring, in the real window -----------------------------------------------------


@pytest.fixture
def wired(parts: AppParts, tmp_path: Path) -> Iterator[tuple[HotkeyWiring, RecordingUser32]]:
    history = History(tmp_path / "history.sqlite3")
    shell = parts.start_shell(history=history)
    user32 = RecordingUser32(taken={(MOD_CONTROL | MOD_ALT, ord("D"))})
    wiring = HotkeyWiring(shell, parts.flows, GlobalHotkeys(lambda: WindowsHotkeys(user32)))
    wiring.install()
    parts.hotkeys = wiring  # as after_first_frame does; the application re-registers
    yield wiring, user32
    wiring.release()
    history.close()


def test_a_refused_key_is_said_in_settings_and_a_new_key_is_registered(
    qtbot: QtBot, parts: AppParts, wired: tuple[HotkeyWiring, RecordingUser32]
) -> None:
    wiring, user32 = wired
    tray = wiring.parent().tray  # type: ignore[attr-defined]
    assert tray.shortcuts.get("showDialer") == "Ctrl+Alt+C"
    assert "dialClipboard" not in tray.shortcuts  # refused: not shown as if it worked
    dialog = parts.flows.open_settings()
    assert not dialog.hotkey_note.isHidden()  # on the App tab
    assert "Ctrl+Alt+D (Dial the copied number) is already used" in dialog.hotkey_note.text()
    assert parts.window.banner.text == ""  # said here, not as a banner

    dialog.hotkey_dial.setKeySequence(QKeySequence("Ctrl+Alt+Shift+D"))
    dialog.accept()
    qtbot.waitUntil(lambda: parts.flows.settings_dialog is None, timeout=5000)
    assert parts.settings.text(Key.HOTKEY_DIAL) == "Ctrl+Alt+Shift+D"
    assert (MOD_CONTROL | MOD_ALT | MOD_SHIFT | MOD_NOREPEAT, ord("D")) in (
        user32.registered.values()
    )
    assert wiring.sentences() == []
    assert tray.shortcuts.get("dialClipboard") == "Ctrl+Alt+Shift+D"
    again = parts.flows.open_settings()
    assert again.hotkey_note.isHidden()
    again.reject()
