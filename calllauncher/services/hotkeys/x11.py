"""Global hotkeys on X11: a passive key grab on the root window, over a connection of our own.

Qt talks to the X server through xcb; this module opens its own Xlib connection (ctypes on
libX11), so nothing here touches Qt's. Every Xlib call on that connection happens on one
thread at a time: the GUI thread grabs before the reader thread starts and ungrabs after
it has ended; the reader thread only waits (``select`` on the connection's socket and on a
wake-up pipe) and reads events. A combination another program already grabbed makes the
server answer BadAccess, which Xlib's default handler turns into an exit of the whole
process: an error handler of our own is put in place around the grab and records it.

The grab is made for the chord with and without Caps Lock and Num Lock, or a hotkey would
stop working whenever Num Lock is on.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import select
import threading
from collections.abc import Mapping

from .common import (
    ALT,
    BAD_KEY,
    CTRL,
    FAILED,
    META,
    NO_DISPLAY,
    SHIFT,
    TAKEN,
    Chord,
    Fire,
    Problem,
    Report,
)

log = logging.getLogger(__name__)

SHIFT_MASK, LOCK_MASK, CONTROL_MASK, MOD1_MASK, MOD2_MASK, MOD4_MASK = 1, 2, 4, 8, 16, 64
MODIFIER_MASKS = {SHIFT: SHIFT_MASK, CTRL: CONTROL_MASK, ALT: MOD1_MASK, META: MOD4_MASK}
IGNORED = (0, LOCK_MASK, MOD2_MASK, LOCK_MASK | MOD2_MASK)  # Caps Lock, Num Lock
KEY_PRESS, KEY_RELEASE = 2, 3
GRAB_MODE_ASYNC = 1
BAD_ACCESS = 10
_X_GRAB_KEY, _X_UNGRAB_KEY = 33, 34  # request codes, to tell our errors from others'

# Qt's names where X11's keysym names differ (XStringToKeysym knows the rest as they are).
KEYSYM_NAMES = {
    "Esc": "Escape", "Del": "Delete", "Ins": "Insert", "PgUp": "Prior", "PgDown": "Next",
    "Backspace": "BackSpace", "Enter": "KP_Enter", "Print": "Print", "Space": "space",
    "/": "slash", "\\": "backslash", ",": "comma", ".": "period", ";": "semicolon",
    "'": "apostrophe", "[": "bracketleft", "]": "bracketright", "-": "minus", "=": "equal",
    "`": "grave", "+": "plus",
}  # fmt: skip


def keysym_name(key: str) -> str:
    """Qt's portable key name as X11's keysym name ("D" -> "d", "PgUp" -> "Prior")."""
    if key in KEYSYM_NAMES:
        return KEYSYM_NAMES[key]
    if len(key) == 1 and key.isalpha():
        return key.lower()
    return key


def modifier_mask(chord: Chord) -> int:
    mask = 0
    for name in chord.modifiers:
        mask |= MODIFIER_MASKS[name]
    return mask


class _XKeyEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("root", ctypes.c_ulong),
        ("subwindow", ctypes.c_ulong),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("x_root", ctypes.c_int),
        ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint),
        ("keycode", ctypes.c_uint),
        ("same_screen", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xkey", _XKeyEvent), ("pad", ctypes.c_long * 24)]


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


def _load() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XStringToKeysym.restype = ctypes.c_ulong
    lib.XStringToKeysym.argtypes = [ctypes.c_char_p]
    lib.XKeysymToKeycode.restype = ctypes.c_ubyte
    lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XGrabKey.argtypes = [
        ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong,
        ctypes.c_int, ctypes.c_int, ctypes.c_int,
    ]  # fmt: skip
    lib.XUngrabKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    lib.XkbSetDetectableAutoRepeat.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    return lib


class _Errors:
    """The X errors of our grab requests while the handler is in place."""

    def __init__(self) -> None:
        self.codes: list[int] = []
        self.display: int | None = None
        self.handler = _ERROR_HANDLER(self._handle)  # kept alive as long as it may be called

    def _handle(self, display: int | None, event: ctypes._Pointer[_XErrorEvent]) -> int:
        error = event.contents
        if display == self.display:
            self.codes.append(int(error.error_code))
        else:  # another Xlib user's error in the moment ours is in place: logged, not fatal
            log.warning("X error %s (request %s)", error.error_code, error.request_code)
        return 0


def usable() -> bool:
    """Whether an X server can be reached (DISPLAY set and libX11 present)."""
    return bool(os.environ.get("DISPLAY")) and _load() is not None


class X11Hotkeys:
    """Grabs on the root window; a reader thread hands the key presses to ``fire``."""

    def __init__(self) -> None:
        self._lib = _load()
        self._display: int | None = None
        self._root = 0
        self._grabs: dict[tuple[int, int], str] = {}  # (keycode, modifier mask) -> action
        self._thread: threading.Thread | None = None
        self._wake: tuple[int, int] | None = None
        self._errors = _Errors()

    def start(self, chords: Mapping[str, Chord], fire: Fire, report: Report) -> list[Problem]:
        self.stop()
        lib = self._lib
        if lib is None:
            return [Problem(NO_DISPLAY, detail="libX11 not found")]
        display = lib.XOpenDisplay(None)
        if not display:
            return [Problem(NO_DISPLAY, detail=os.environ.get("DISPLAY", ""))]
        self._display = display
        self._errors.display = display
        self._root = lib.XDefaultRootWindow(display)
        # Holding the keys down must not dial again and again: repeats come as presses
        # without releases, which the reader ignores.
        lib.XkbSetDetectableAutoRepeat(display, 1, None)
        problems = [p for action, c in chords.items() if (p := self._grab(action, c)) is not None]
        if self._grabs:
            self._wake = os.pipe()
            self._thread = threading.Thread(
                target=self._read, args=(fire,), name="hotkeys-x11", daemon=True
            )
            self._thread.start()
        return problems

    def _grab(self, action: str, chord: Chord) -> Problem | None:
        lib, display = self._lib, self._display
        assert lib is not None and display is not None
        name = keysym_name(chord.key)
        keysym = lib.XStringToKeysym(name.encode())
        keycode = lib.XKeysymToKeycode(display, keysym) if keysym else 0
        if not keycode:
            return Problem(BAD_KEY, action, chord.text, f"no keycode for {name!r}")
        mask = modifier_mask(chord)
        if (keycode, mask) in self._grabs:
            return Problem(TAKEN, action, chord.text, "the app's other hotkey")
        self._errors.codes.clear()
        previous = lib.XSetErrorHandler(ctypes.cast(self._errors.handler, ctypes.c_void_p))
        try:
            for extra in IGNORED:
                lib.XGrabKey(
                    display, keycode, mask | extra, self._root, 0, GRAB_MODE_ASYNC, GRAB_MODE_ASYNC
                )
            lib.XSync(display, 0)  # the server's answer, errors included, is here now
            failed = list(self._errors.codes)
            if failed:
                for extra in IGNORED:  # none of the variants stays half-grabbed
                    lib.XUngrabKey(display, keycode, mask | extra, self._root)
                lib.XSync(display, 0)
        finally:
            lib.XSetErrorHandler(previous)
        if failed:
            kind = TAKEN if BAD_ACCESS in failed else FAILED
            return Problem(kind, action, chord.text, f"X error {failed[0]}")
        self._grabs[(keycode, mask)] = action
        return None

    def _read(self, fire: Fire) -> None:
        lib, display, wake = self._lib, self._display, self._wake
        assert lib is not None and display is not None and wake is not None
        connection = lib.XConnectionNumber(display)
        event = _XEvent()
        down: set[int] = set()
        relevant = SHIFT_MASK | CONTROL_MASK | MOD1_MASK | MOD4_MASK
        while True:
            # Xlib may already hold events it read with the last reply: drain, then wait.
            while lib.XPending(display):
                lib.XNextEvent(display, ctypes.byref(event))
                key = event.xkey
                if event.type == KEY_RELEASE:
                    down.discard(key.keycode)
                elif event.type == KEY_PRESS and key.keycode not in down:
                    down.add(key.keycode)
                    action = self._grabs.get((key.keycode, key.state & relevant))
                    if action is not None:
                        fire(action)
            ready, _, _ = select.select([connection, wake[0]], [], [])
            if wake[0] in ready:
                return

    def stop(self) -> None:
        lib, display = self._lib, self._display
        if self._thread is not None and self._wake is not None:
            os.write(self._wake[1], b"x")
            self._thread.join(2.0)
        self._thread = None
        if self._wake is not None:
            for fd in self._wake:
                os.close(fd)
            self._wake = None
        if lib is not None and display is not None:
            for keycode, mask in self._grabs:
                for extra in IGNORED:
                    lib.XUngrabKey(display, keycode, mask | extra, self._root)
            lib.XSync(display, 0)
            lib.XCloseDisplay(display)
        self._grabs.clear()
        self._display = None
        self._errors.display = None
