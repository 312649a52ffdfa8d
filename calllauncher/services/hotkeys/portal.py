"""Global hotkeys on Wayland: the desktop portal's ``org.freedesktop.portal.GlobalShortcuts``
on the session bus, where the desktop offers it (KDE Plasma 6, GNOME 48 and later,
Hyprland).

The conversation runs on a thread of its own over a D-Bus connection of its own (jeepney,
which keyring already brings on Linux): PySide6's QtDBus can't build BindShortcuts'
``a(sa{sv})`` argument, since Python can't register a D-Bus struct type with it. Steps:
the portal's ``version`` (no portal, or one without GlobalShortcuts, answers with an error:
:data:`~.common.NO_PORTAL`), ``CreateSession``, ``BindShortcuts`` (each answered by a
``Response`` signal on a request object whose path is known in advance, so the answer is
listened for before it can come; the desktop may ask the user, who may say no:
:data:`~.common.REFUSED`), then ``Activated`` carries the shortcut's id, which is the
action's name. What goes wrong arrives later than :meth:`PortalHotkeys.start` returns, so
it is reported through ``report``.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
from collections.abc import Mapping
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, Properties, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from ...translation import translate
from .common import (
    ALT,
    CTRL,
    DIAL_CLIPBOARD,
    META,
    NO_PORTAL,
    REFUSED,
    SHIFT,
    SHOW_DIALER,
    Chord,
    Fire,
    Problem,
    Report,
)

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
PORTAL = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
TIMEOUT = 5.0  # seconds for a method's reply (not for the user's answer, which may take long)
POLL = 0.25  # how often the thread looks whether it should end


class _Ended(Exception):
    """The conversation is over: stopped, or the problem already reported."""


def trigger_text(chord: Chord) -> str:
    """The portal's shortcut syntax (the XDG shortcuts spec): "CTRL+ALT+d"."""
    names = {CTRL: "CTRL", ALT: "ALT", SHIFT: "SHIFT", META: "LOGO"}
    mods = [names[m] for m in (CTRL, ALT, SHIFT, META) if m in chord.modifiers]
    key = chord.key.lower() if len(chord.key) == 1 else chord.key
    return "+".join([*mods, key])


def description(action: str) -> str:
    """What the desktop lists the shortcut as (its settings show it to the user)."""
    if action == DIAL_CLIPBOARD:
        return translate("Hotkeys", "Dial the copied number")
    if action == SHOW_DIALER:
        return translate("Hotkeys", "Show the dialer")
    return action


def request_path(connection: DBusConnection, token: str) -> str:
    sender = str(connection.unique_name).lstrip(":").replace(".", "_")
    return f"{PATH}/request/{sender}/{token}"


class PortalHotkeys:
    """One GlobalShortcuts session holding the app's shortcuts, on its own thread."""

    def __init__(self, bus: str = "SESSION") -> None:
        self._bus = bus
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def start(self, chords: Mapping[str, Chord], fire: Fire, report: Report) -> list[Problem]:
        self.stop()
        self._stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._run,
            args=(dict(chords), fire, report, self._stopping),
            name="hotkeys-portal",
            daemon=True,
        )
        self._thread.start()
        return []

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        self._stopping.set()
        if thread is not None:
            thread.join(2.0)

    # -- the conversation, on the thread ------------------------------------------------

    def _run(
        self, chords: dict[str, Chord], fire: Fire, report: Report, stopping: threading.Event
    ) -> None:
        try:
            connection = open_dbus_connection(self._bus)
        except Exception as exc:  # no session bus at all
            report([Problem(NO_PORTAL, detail=f"no session bus: {exc}")])
            return
        with connection:
            try:
                _Conversation(connection, chords, fire, report, stopping).run()
            except _Ended:
                pass
            except Exception as exc:  # the bus went away, a malformed answer
                log.info("global shortcuts portal", exc_info=True)
                report([Problem(NO_PORTAL, detail=f"{type(exc).__name__}: {exc}")])


class _Conversation:
    def __init__(
        self,
        connection: DBusConnection,
        chords: dict[str, Chord],
        fire: Fire,
        report: Report,
        stopping: threading.Event,
    ) -> None:
        self.c = connection
        self.chords = chords
        self.fire = fire
        self.report = report
        self.stopping = stopping

    def run(self) -> None:
        c = self.c
        self._reply(Properties(PORTAL).get("version"))  # no portal: an error, at once
        # Listened for before binding: a key pressed the moment it is bound still counts.
        activated = MatchRule(type="signal", interface=INTERFACE, member="Activated", path=PATH)
        self._reply(message_bus.AddMatch(activated))
        with c.filter(activated, bufsize=64) as pressed:
            token = "calllauncher" + secrets.token_hex(4)
            created = self._ask(
                token,
                "CreateSession",
                "a{sv}",
                ({"handle_token": ("s", token), "session_handle_token": ("s", token)},),
            )
            session = str(created["session_handle"][1])
            shortcuts = [
                (
                    action,
                    {
                        "description": ("s", description(action)),
                        "preferred_trigger": ("s", trigger_text(chord)),
                    },
                )
                for action, chord in self.chords.items()
            ]
            token = "calllauncher" + secrets.token_hex(4)
            self._ask(
                token,
                "BindShortcuts",
                "oa(sa{sv})sa{sv}",
                (session, shortcuts, "", {"handle_token": ("s", token)}),
            )
            log.info("global shortcuts bound through the portal: %s", list(self.chords))
            try:
                while not self.stopping.is_set():
                    while pressed:
                        body = pressed.popleft().body
                        if len(body) >= 2 and body[0] == session and body[1] in self.chords:
                            self.fire(str(body[1]))
                    self._receive()
            finally:
                close = new_method_call(DBusAddress(session, SERVICE, SESSION), "Close")
                c.send(close)

    def _receive(self) -> None:
        with contextlib.suppress(TimeoutError):
            self.c.recv_messages(timeout=POLL)

    def _reply(self, message: Any) -> Any:
        reply = self.c.send_and_get_reply(message, timeout=TIMEOUT)
        if reply.header.message_type == MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "")
            self.report([Problem(NO_PORTAL, detail=f"{name}: {reply.body}")])
            raise _Ended
        return reply

    def _ask(self, token: str, method: str, signature: str, body: tuple[Any, ...]) -> Any:
        """Call a portal method answered by a Response on its request object; the results."""
        path = request_path(self.c, token)
        response = MatchRule(type="signal", interface=REQUEST, member="Response", path=path)
        self._reply(message_bus.AddMatch(response))
        with self.c.filter(response) as answers:
            self._reply(new_method_call(PORTAL, method, signature, body))
            while not answers:  # the desktop may be asking the user
                if self.stopping.is_set():
                    raise _Ended
                self._receive()
            code, results = answers.popleft().body
        if code != 0:  # 1: the user said no; 2: the desktop ended it
            self.report([Problem(REFUSED, detail=f"{method}: response {code}")])
            raise _Ended
        return results
