"""What every platform's global hotkeys share: a key sequence as a platform-neutral chord,
the problems as facts (the wording layer says them), the backend contract, and the
:class:`GlobalHotkeys` QObject that the app holds.

A backend registers chords with the desktop and calls ``fire(action)`` from whatever thread
its native events arrive on (a reader thread on X11 and Windows, the main run loop on
macOS, the D-Bus connection on Wayland); :class:`GlobalHotkeys` hands every one to the GUI
thread as ``triggered(action)`` through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

# The actions a hotkey can start (the Application maps them to the shell).
DIAL_CLIPBOARD = "dial-clipboard"
SHOW_DIALER = "show-dialer"
ACTIONS = (DIAL_CLIPBOARD, SHOW_DIALER)

# Qt's portable modifier names (QKeySequence.PortableText). On macOS Qt's "Ctrl" is the
# Command key and "Meta" the Control key; each backend maps them as its desktop means them.
CTRL, ALT, SHIFT, META = "Ctrl", "Alt", "Shift", "Meta"
MODIFIERS = (CTRL, ALT, SHIFT, META)

# Problems, as facts (wording/hotkeys.py turns them into sentences).
TAKEN = "taken"  # another program holds the combination
BAD_KEY = "bad-key"  # the key has no code on this keyboard or platform
NO_MODIFIER = "no-modifier"  # a bare key would be taken from every program
NO_DISPLAY = "no-display"  # X11 could not be opened
NO_PORTAL = "no-portal"  # Wayland, and the desktop offers no GlobalShortcuts portal
REFUSED = "refused"  # the portal (or the user, asked by it) said no
UNSUPPORTED = "unsupported"  # a platform with no way at all
FAILED = "failed"  # anything else, with the platform's own words in ``detail``


@dataclass(frozen=True, slots=True)
class Chord:
    """One key with its modifiers, in Qt's portable names: ``Chord({"Ctrl", "Alt"}, "D")``."""

    modifiers: frozenset[str]
    key: str  # "D", "5", "F5", "Space", "PgUp", "/"...

    @property
    def text(self) -> str:
        mods = [m for m in MODIFIERS if m in self.modifiers]
        return "+".join([*mods, self.key])


class BadSequence(ValueError):
    pass


def parse(sequence: str) -> Chord | None:
    """A stored sequence ("Ctrl+Alt+D") as a chord; None for "" (turned off). Raises
    :class:`BadSequence` for more than one chord or an unknown modifier."""
    text = sequence.strip()
    if not text:
        return None
    if "," in text.replace("+,", "+comma"):
        raise BadSequence(sequence)  # "Ctrl+K, Ctrl+D": chords in a row can't be grabbed
    # "Ctrl++" is Ctrl with the plus key: split off the last part by hand.
    if text.endswith("++"):
        head, key = text[:-2], "+"
    elif "+" in text:
        head, _, key = text.rpartition("+")
    else:
        head, key = "", text
    modifiers: set[str] = set()
    for part in filter(None, head.split("+")):
        name = part.strip().capitalize()
        if name not in MODIFIERS:
            raise BadSequence(sequence)
        modifiers.add(name)
    key = key.strip()
    if not key:
        raise BadSequence(sequence)
    if len(key) == 1:
        key = key.upper()
    return Chord(frozenset(modifiers), key)


@dataclass(frozen=True, slots=True)
class Problem:
    """Why one hotkey (or all of them: ``action`` "") is not in effect."""

    kind: str
    action: str = ""
    sequence: str = ""
    detail: str = ""  # the platform's own words, for the log and support


Fire = Callable[[str], None]
Report = Callable[[list[Problem]], None]


class Backend(Protocol):
    """One platform's registration; ``start`` registers and returns what failed at once
    (``report`` says what is found out later, as the portal answers), ``stop`` unregisters
    everything and ends any thread it started (idempotent)."""

    def start(self, chords: Mapping[str, Chord], fire: Fire, report: Report) -> list[Problem]: ...

    def stop(self) -> None: ...


def valid_chords(bindings: Mapping[str, str]) -> tuple[dict[str, Chord], list[Problem]]:
    """The bindings (action -> stored sequence) that can be registered, and why the others
    can't; an empty sequence is a hotkey turned off, not a problem."""
    chords: dict[str, Chord] = {}
    problems: list[Problem] = []
    for action, sequence in bindings.items():
        try:
            chord = parse(sequence)
        except BadSequence:
            problems.append(Problem(BAD_KEY, action, sequence))
            continue
        if chord is None:
            continue
        if not chord.modifiers or chord.modifiers == {SHIFT}:
            problems.append(Problem(NO_MODIFIER, action, sequence))
            continue
        chords[action] = chord
    return chords, problems


class GlobalHotkeys(QObject):
    """The app's global hotkeys: install a set of bindings, get ``triggered(action)`` on
    the GUI thread, release at shutdown. ``problems`` says what is not in effect. The
    backend is made on first use (``hotkeys.global_hotkeys`` gives this platform's)."""

    triggered = Signal(str)  # an action of ACTIONS, on the GUI thread
    problemsChanged = Signal()  # ``problems`` changed after ``install`` returned
    _fired = Signal(str)  # from the backend's thread
    _reported = Signal(object)  # a list of Problem, from the backend

    def __init__(
        self,
        backend_factory: Callable[[], Backend],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = backend_factory
        self._backend: Backend | None = None
        self.problems: list[Problem] = []
        self.installed: dict[str, str] = {}  # action -> sequence asked for (and not refused)
        # Queued even when a backend fires on the GUI thread itself (macOS, D-Bus): the
        # action runs after the native callback has returned, never inside it.
        self._fired.connect(self.triggered, Qt.ConnectionType.QueuedConnection)
        self._reported.connect(self._add_problems, Qt.ConnectionType.QueuedConnection)

    def install(self, bindings: Mapping[str, str]) -> list[Problem]:
        """Register ``bindings`` (action -> "Ctrl+Alt+D", "" for none) in place of the
        previous ones; returns (and keeps in ``problems``) what could not be registered."""
        self.release()
        chords, problems = valid_chords(bindings)
        if chords:
            if self._backend is None:
                self._backend = self._factory()
            problems += self._backend.start(chords, self._fired.emit, self._reported.emit)
        self.problems = problems
        self.installed = {action: chord.text for action, chord in chords.items()}
        for problem in problems:
            log.info("global hotkey not in effect: %s", problem)
        return problems

    def _add_problems(self, problems: list[Problem]) -> None:
        for problem in problems:
            log.info("global hotkey not in effect: %s", problem)
        self.problems = [*self.problems, *problems]
        self.problemsChanged.emit()

    def release(self) -> None:
        """Unregister everything and end the backend's thread (shutdown, or before a
        new set is installed)."""
        if self._backend is not None:
            self._backend.stop()
        self.problems = []
        self.installed = {}
