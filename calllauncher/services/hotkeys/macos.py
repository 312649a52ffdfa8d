"""Global hotkeys on macOS: Carbon's ``RegisterEventHotKey`` (still the way apps register a
system-wide key without the Accessibility permission) and one application event handler
for ``kEventHotKeyPressed``, which Carbon calls on the main run loop that Qt's event loop
runs.

Qt names the Command key "Ctrl" and the Control key "Meta" on macOS, so Ctrl+Alt+D is
⌥⌘D here, as Qt's own shortcuts are. Key codes are the ANSI keyboard's positions
(``kVK_ANSI_*``), which is what Carbon registers.

The native calls come in as a table (:class:`Carbon`): :func:`real_carbon` is the Carbon
framework through ctypes; the tests on other systems give a recording one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from .common import ALT, BAD_KEY, CTRL, FAILED, META, SHIFT, TAKEN, Chord, Fire, Problem, Report

log = logging.getLogger(__name__)

CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 0x0100, 0x0200, 0x0800, 0x1000
MODIFIER_FLAGS = {CTRL: CMD_KEY, SHIFT: SHIFT_KEY, ALT: OPTION_KEY, META: CONTROL_KEY}
EVENT_HOTKEY_EXISTS = -9878  # eventHotKeyExistsErr
EVENT_HOTKEY_INVALID = -9879  # eventHotKeyInvalidErr
SIGNATURE = int.from_bytes(b"CLhk", "big")  # our hotkeys' OSType
NO_ERR = 0

KEY_CODES = {
    "A": 0x00, "S": 0x01, "D": 0x02, "F": 0x03, "H": 0x04, "G": 0x05, "Z": 0x06, "X": 0x07,
    "C": 0x08, "V": 0x09, "B": 0x0B, "Q": 0x0C, "W": 0x0D, "E": 0x0E, "R": 0x0F, "Y": 0x10,
    "T": 0x11, "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "=": 0x18,
    "9": 0x19, "7": 0x1A, "-": 0x1B, "8": 0x1C, "0": 0x1D, "]": 0x1E, "O": 0x1F, "U": 0x20,
    "[": 0x21, "I": 0x22, "P": 0x23, "Return": 0x24, "L": 0x25, "J": 0x26, "'": 0x27,
    "K": 0x28, ";": 0x29, "\\": 0x2A, ",": 0x2B, "/": 0x2C, "N": 0x2D, "M": 0x2E, ".": 0x2F,
    "Tab": 0x30, "Space": 0x31, "`": 0x32, "Backspace": 0x33, "Esc": 0x35, "Enter": 0x4C,
    "F1": 0x7A, "F2": 0x78, "F3": 0x63, "F4": 0x76, "F5": 0x60, "F6": 0x61, "F7": 0x62,
    "F8": 0x64, "F9": 0x65, "F10": 0x6D, "F11": 0x67, "F12": 0x6F, "Home": 0x73,
    "PgUp": 0x74, "Del": 0x75, "End": 0x77, "PgDown": 0x79, "Left": 0x7B, "Right": 0x7C,
    "Down": 0x7D, "Up": 0x7E,
}  # fmt: skip


def modifier_flags(chord: Chord) -> int:
    flags = 0
    for name in chord.modifiers:
        flags |= MODIFIER_FLAGS[name]
    return flags


Handler = Callable[[Any], None]  # called with Carbon's EventRef


class Carbon(Protocol):
    """The Carbon calls used here, one to one (out-parameters returned with the status)."""

    def InstallEventHandler(self, handler: Handler) -> tuple[int, Any]: ...
    def GetEventParameter(self, event: Any) -> tuple[int, int, int]: ...  # status, sig, id
    def RegisterEventHotKey(
        self, keycode: int, modifiers: int, signature: int, id: int
    ) -> tuple[int, Any]: ...
    def UnregisterEventHotKey(self, ref: Any) -> int: ...
    def RemoveEventHandler(self, ref: Any) -> int: ...


class _EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


class _EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
K_EVENT_CLASS_KEYBOARD = int.from_bytes(b"keyb", "big")
K_EVENT_HOTKEY_PRESSED = 5
K_EVENT_PARAM_DIRECT_OBJECT = int.from_bytes(b"----", "big")
TYPE_EVENT_HOTKEY_ID = int.from_bytes(b"hkid", "big")


class _RealCarbon:
    """The Carbon framework through ctypes (macOS only)."""

    def __init__(self) -> None:
        path = ctypes.util.find_library("Carbon")
        if path is None:
            raise OSError("the Carbon framework is missing")
        c = ctypes.CDLL(path)
        c.GetApplicationEventTarget.restype = ctypes.c_void_p
        c.InstallEventHandler.argtypes = [
            ctypes.c_void_p, _HANDLER, ctypes.c_ulong, ctypes.POINTER(_EventTypeSpec),
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        c.RegisterEventHotKey.argtypes = [
            ctypes.c_uint32, ctypes.c_uint32, _EventHotKeyID, ctypes.c_void_p,
            ctypes.c_uint32, ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        c.UnregisterEventHotKey.argtypes = [ctypes.c_void_p]
        c.RemoveEventHandler.argtypes = [ctypes.c_void_p]
        c.GetEventParameter.argtypes = [
            ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p,
            ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        self._c = c
        self._callbacks: list[Any] = []  # ctypes callbacks live as long as Carbon may call

    def InstallEventHandler(self, handler: Handler) -> tuple[int, Any]:
        def call(_call_ref: Any, event: Any, _data: Any) -> int:
            handler(event)
            return NO_ERR

        callback = _HANDLER(call)
        self._callbacks.append(callback)
        spec = _EventTypeSpec(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOTKEY_PRESSED)
        ref = ctypes.c_void_p()
        target = self._c.GetApplicationEventTarget()
        status = self._c.InstallEventHandler(
            target, callback, 1, ctypes.byref(spec), None, ctypes.byref(ref)
        )
        return int(status), ref

    def GetEventParameter(self, event: Any) -> tuple[int, int, int]:
        hotkey = _EventHotKeyID()
        status = self._c.GetEventParameter(
            event, K_EVENT_PARAM_DIRECT_OBJECT, TYPE_EVENT_HOTKEY_ID, None,
            ctypes.sizeof(hotkey), None, ctypes.byref(hotkey),
        )  # fmt: skip
        return int(status), int(hotkey.signature), int(hotkey.id)

    def RegisterEventHotKey(
        self, keycode: int, modifiers: int, signature: int, id: int
    ) -> tuple[int, Any]:
        ref = ctypes.c_void_p()
        target = self._c.GetApplicationEventTarget()
        status = self._c.RegisterEventHotKey(
            keycode, modifiers, _EventHotKeyID(signature, id), target, 0, ctypes.byref(ref)
        )
        return int(status), ref

    def UnregisterEventHotKey(self, ref: Any) -> int:
        return int(self._c.UnregisterEventHotKey(ref))

    def RemoveEventHandler(self, ref: Any) -> int:
        return int(self._c.RemoveEventHandler(ref))


def real_carbon() -> Carbon:
    return _RealCarbon()


class MacHotkeys:
    """One application event handler; one registered hotkey per chord."""

    def __init__(self, carbon: Carbon) -> None:
        self._carbon = carbon
        self._handler: Any = None
        self._refs: dict[int, Any] = {}  # our hotkey id -> Carbon's EventHotKeyRef
        self._actions: dict[int, str] = {}
        self._fire: Fire | None = None

    def start(self, chords: Mapping[str, Chord], fire: Fire, report: Report) -> list[Problem]:
        self.stop()
        self._fire = fire
        status, handler = self._carbon.InstallEventHandler(self._pressed)
        if status != NO_ERR:
            return [Problem(FAILED, detail=f"InstallEventHandler: OSStatus {status}")]
        self._handler = handler
        problems: list[Problem] = []
        for number, (action, chord) in enumerate(chords.items(), start=1):
            code = KEY_CODES.get(chord.key)
            if code is None:
                problems.append(Problem(BAD_KEY, action, chord.text, "no key code"))
                continue
            status, ref = self._carbon.RegisterEventHotKey(
                code, modifier_flags(chord), SIGNATURE, number
            )
            if status == NO_ERR:
                self._refs[number] = ref
                self._actions[number] = action
                continue
            kind = TAKEN if status == EVENT_HOTKEY_EXISTS else FAILED
            problems.append(Problem(kind, action, chord.text, f"OSStatus {status}"))
        return problems

    def _pressed(self, event: Any) -> None:
        status, signature, number = self._carbon.GetEventParameter(event)
        if status != NO_ERR or signature != SIGNATURE:
            return  # another part of the process registered this one
        action = self._actions.get(number)
        if action is not None and self._fire is not None:
            self._fire(action)

    def stop(self) -> None:
        for ref in self._refs.values():
            self._carbon.UnregisterEventHotKey(ref)
        self._refs.clear()
        self._actions.clear()
        if self._handler is not None:
            self._carbon.RemoveEventHandler(self._handler)
            self._handler = None
        self._fire = None
