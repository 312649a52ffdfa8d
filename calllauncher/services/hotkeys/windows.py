"""Global hotkeys on Windows: ``RegisterHotKey`` on a thread with its own message loop.

A hotkey registered without a window is posted as WM_HOTKEY to the queue of the thread that
registered it, and only that thread may unregister it; so one thread registers, waits in
``GetMessageW``, hands each WM_HOTKEY to ``fire``, and unregisters when WM_QUIT (posted by
:meth:`WindowsHotkeys.stop`) ends its loop.

The native calls come in as a table (:class:`User32`): :func:`real_user32` is user32 and
kernel32 through ctypes; the tests on other systems give a recording one, so the
registration, translation, dispatch and unregistration here run everywhere.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Mapping
from typing import Any, Protocol

from .common import ALT, BAD_KEY, CTRL, FAILED, META, SHIFT, TAKEN, Chord, Fire, Problem, Report

log = logging.getLogger(__name__)

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
MODIFIER_FLAGS = {ALT: MOD_ALT, CTRL: MOD_CONTROL, SHIFT: MOD_SHIFT, META: MOD_WIN}
WM_HOTKEY, WM_QUIT = 0x0312, 0x0012
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
PM_NOREMOVE = 0

# Qt's portable key names -> virtual-key codes (letters and digits are their ASCII codes).
VIRTUAL_KEYS = {
    "Backspace": 0x08, "Tab": 0x09, "Return": 0x0D, "Enter": 0x0D, "Pause": 0x13,
    "Esc": 0x1B, "Space": 0x20, "PgUp": 0x21, "PgDown": 0x22, "End": 0x23, "Home": 0x24,
    "Left": 0x25, "Up": 0x26, "Right": 0x27, "Down": 0x28, "Print": 0x2C, "Ins": 0x2D,
    "Del": 0x2E, ";": 0xBA, "=": 0xBB, ",": 0xBC, "-": 0xBD, ".": 0xBE, "/": 0xBF,
    "`": 0xC0, "[": 0xDB, "\\": 0xDC, "]": 0xDD, "'": 0xDE, "+": 0xBB,
}  # fmt: skip


def virtual_key(key: str) -> int | None:
    if len(key) == 1 and (key.isascii() and key.isalnum()):
        return ord(key.upper())
    if key.startswith("F") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24:
        return 0x70 + int(key[1:]) - 1
    return VIRTUAL_KEYS.get(key)


def modifier_flags(chord: Chord) -> int:
    flags = 0
    for name in chord.modifiers:
        flags |= MODIFIER_FLAGS[name]
    return flags


class User32(Protocol):
    """The Win32 calls used here, one to one (``GetMessageW`` returns the message's
    result, ``message`` and ``wParam``)."""

    def GetCurrentThreadId(self) -> int: ...
    def PeekMessageW(self, remove: int) -> None: ...  # makes the thread's message queue
    def GetMessageW(self) -> tuple[int, int, int]: ...
    def RegisterHotKey(self, hwnd: int | None, id: int, modifiers: int, vk: int) -> bool: ...
    def UnregisterHotKey(self, hwnd: int | None, id: int) -> bool: ...
    def PostThreadMessageW(self, thread_id: int, msg: int, wparam: int, lparam: int) -> bool: ...
    def GetLastError(self) -> int: ...


class _MSG(ctypes.Structure):
    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_ulong),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
        ("lPrivate", ctypes.c_ulong),
    ]


class _RealUser32:
    """user32/kernel32 through ctypes (Windows only)."""

    def __init__(self) -> None:
        loader: Any = getattr(ctypes, "WinDLL")  # noqa: B009 -- absent from ctypes elsewhere
        self._user32 = loader("user32", use_last_error=True)
        self._kernel32 = loader("kernel32", use_last_error=True)
        self._msg = _MSG()

    def GetCurrentThreadId(self) -> int:
        return int(self._kernel32.GetCurrentThreadId())

    def PeekMessageW(self, remove: int) -> None:
        self._user32.PeekMessageW(ctypes.byref(self._msg), None, 0, 0, remove)

    def GetMessageW(self) -> tuple[int, int, int]:
        result = int(self._user32.GetMessageW(ctypes.byref(self._msg), None, 0, 0))
        return result, int(self._msg.message), int(self._msg.wParam)

    def RegisterHotKey(self, hwnd: int | None, id: int, modifiers: int, vk: int) -> bool:
        return bool(self._user32.RegisterHotKey(hwnd, id, modifiers, vk))

    def UnregisterHotKey(self, hwnd: int | None, id: int) -> bool:
        return bool(self._user32.UnregisterHotKey(hwnd, id))

    def PostThreadMessageW(self, thread_id: int, msg: int, wparam: int, lparam: int) -> bool:
        return bool(self._user32.PostThreadMessageW(thread_id, msg, wparam, lparam))

    def GetLastError(self) -> int:
        get: Any = getattr(ctypes, "get_last_error")  # noqa: B009 -- Windows only
        return int(get())


def real_user32() -> User32:
    return _RealUser32()


class WindowsHotkeys:
    """The hotkeys' own thread: register, loop on messages, unregister."""

    def __init__(self, user32: User32) -> None:
        self._user32 = user32
        self._thread: threading.Thread | None = None
        self._thread_id = 0

    def start(self, chords: Mapping[str, Chord], fire: Fire, report: Report) -> list[Problem]:
        self.stop()
        ready = threading.Event()
        problems: list[Problem] = []
        self._thread = threading.Thread(
            target=self._run,
            args=(dict(chords), fire, ready, problems),
            name="hotkeys-windows",
            daemon=True,
        )
        self._thread.start()
        # Registering takes microseconds; the wait is only so the answer comes back here.
        if not ready.wait(2.0):
            return [Problem(FAILED, detail="the hotkey thread did not answer")]
        return list(problems)

    def _run(
        self, chords: dict[str, Chord], fire: Fire, ready: threading.Event, problems: list[Problem]
    ) -> None:
        u = self._user32
        self._thread_id = u.GetCurrentThreadId()
        u.PeekMessageW(PM_NOREMOVE)  # PostThreadMessageW needs the queue to exist
        ids: dict[int, str] = {}
        for number, (action, chord) in enumerate(chords.items(), start=1):
            vk = virtual_key(chord.key)
            if vk is None:
                problems.append(Problem(BAD_KEY, action, chord.text, "no virtual-key code"))
                continue
            if u.RegisterHotKey(None, number, modifier_flags(chord) | MOD_NOREPEAT, vk):
                ids[number] = action
                continue
            error = u.GetLastError()
            kind = TAKEN if error == ERROR_HOTKEY_ALREADY_REGISTERED else FAILED
            problems.append(Problem(kind, action, chord.text, f"Windows error {error}"))
        ready.set()
        try:
            while ids:
                result, message, wparam = u.GetMessageW()
                if result <= 0:  # WM_QUIT, or -1 for an error
                    break
                if message == WM_HOTKEY and wparam in ids:
                    fire(ids[wparam])
        finally:
            for number in ids:
                u.UnregisterHotKey(None, number)

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        if thread.is_alive():
            self._user32.PostThreadMessageW(self._thread_id, WM_QUIT, 0, 0)
        thread.join(2.0)
