"""Global hotkeys on Wayland: the desktop portal's ``org.freedesktop.portal.GlobalShortcuts``
over the session bus (QtDBus), where the desktop offers it (KDE Plasma 6, GNOME 48 and
later, Hyprland).

Everything is asynchronous, on the GUI thread's event loop: first the portal's ``version``
property is asked (no portal, or one without GlobalShortcuts, answers with an error at
once: that is :data:`~.common.NO_PORTAL`), then ``CreateSession`` and ``BindShortcuts``,
each answered by a ``Response`` signal on its request object; the desktop may ask the user
to confirm, and may give other keys than the ones suggested. ``Activated`` then carries the
shortcut's id, which is the action's name.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)

from .common import NO_PORTAL, REFUSED, Chord, Fire, Problem, Report

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"

# PySide6 takes the slot as SLOT()'s text (its stubs say bytes, which it refuses).
_ACTIVATED: Any = SLOT("_activated(QDBusMessage)")
_RESPONSE: Any = SLOT("_response(QDBusMessage)")

DESCRIPTIONS = {"dial-clipboard": "Dial the copied number", "show-dialer": "Show the dialer"}


def trigger_text(chord: Chord) -> str:
    """The portal's shortcut syntax (XDG shortcuts spec): "CTRL+ALT+d"."""
    names = {"Ctrl": "CTRL", "Alt": "ALT", "Shift": "SHIFT", "Meta": "LOGO"}
    mods = [names[m] for m in ("Ctrl", "Alt", "Shift", "Meta") if m in chord.modifiers]
    key = chord.key.lower() if len(chord.key) == 1 else chord.key
    return "+".join([*mods, key])


class PortalHotkeys(QObject):
    """One GlobalShortcuts session holding the app's shortcuts."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        super().__init__()
        self._bus = bus
        self._chords: dict[str, Chord] = {}
        self._fire: Fire | None = None
        self._report: Report | None = None
        self._session = ""
        self._request = ""  # the request object whose Response is awaited
        self._watchers: list[QDBusPendingCallWatcher] = []
        self._live = False
        self._listening = False  # to Activated

    # -- the backend contract ---------------------------------------------------------

    def start(self, chords: Mapping[str, Chord], fire: Fire, report: Report) -> list[Problem]:
        self.stop()
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        self._bus = bus
        if not bus.isConnected():
            return [Problem(NO_PORTAL, detail="no session bus")]
        self._chords, self._fire, self._report, self._live = dict(chords), fire, report, True
        ask = QDBusMessage.createMethodCall(SERVICE, PATH, PROPERTIES, "Get")
        ask.setArguments([INTERFACE, "version"])
        self._call(ask, self._has_portal)
        return []

    def stop(self) -> None:
        bus = self._bus
        if bus is not None and self._live:
            if self._listening:
                bus.disconnect(SERVICE, PATH, INTERFACE, "Activated", self, _ACTIVATED)
            if self._request:
                bus.disconnect(SERVICE, self._request, REQUEST, "Response", self, _RESPONSE)
            if self._session:
                bus.send(QDBusMessage.createMethodCall(SERVICE, self._session, SESSION, "Close"))
        self._live = self._listening = False
        self._session = self._request = ""
        self._watchers.clear()
        self._fire = self._report = None

    # -- the conversation -------------------------------------------------------------

    def _call(self, message: QDBusMessage, then: Any) -> None:
        assert self._bus is not None
        pending: QDBusPendingCall = self._bus.asyncCall(message, 10_000)
        watcher = QDBusPendingCallWatcher(pending, self)
        watcher.finished.connect(then)
        self._watchers.append(watcher)

    def _failed(self, kind: str, detail: str) -> None:
        log.info("global shortcuts portal: %s (%s)", kind, detail)
        report = self._report
        self.stop()
        if report is not None:
            report([Problem(kind, detail=detail)])

    def _reply(self, watcher: QDBusPendingCallWatcher) -> QDBusMessage | None:
        """The answer, or None (and the problem reported) for an error."""
        if watcher in self._watchers:
            self._watchers.remove(watcher)
        watcher.deleteLater()
        reply = watcher.reply()
        if not self._live:
            return None
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            self._failed(NO_PORTAL, f"{reply.errorName()}: {reply.errorMessage()}")
            return None
        return reply

    def _has_portal(self, watcher: QDBusPendingCallWatcher) -> None:
        if self._reply(watcher) is None:
            return
        token = "calllauncher" + secrets.token_hex(4)
        create = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "CreateSession")
        create.setArguments([{"handle_token": token, "session_handle_token": token}])
        self._call(create, self._awaiting_response)

    def _awaiting_response(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = self._reply(watcher)
        if reply is None or self._bus is None:
            return
        path = _object_path(reply.arguments()[0]) if reply.arguments() else ""
        self._request = path
        self._bus.connect(SERVICE, path, REQUEST, "Response", self, _RESPONSE)

    @Slot(QDBusMessage)
    def _response(self, message: QDBusMessage) -> None:
        if not self._live or self._bus is None:
            return
        self._bus.disconnect(SERVICE, self._request, REQUEST, "Response", self, _RESPONSE)
        self._request = ""
        args = message.arguments()
        code = int(args[0]) if args else 2
        results = args[1] if len(args) > 1 and isinstance(args[1], dict) else {}
        if code != 0:
            self._failed(REFUSED, f"response {code}")
            return
        if not self._session:
            self._session = str(results.get("session_handle", ""))
            self._bind()
        else:
            self._listening = self._bus.connect(
                SERVICE, PATH, INTERFACE, "Activated", self, _ACTIVATED
            )

    def _bind(self) -> None:
        shortcuts = QDBusArgument()
        shortcuts.beginArray(_STRUCT_TYPE)
        for action, chord in self._chords.items():
            shortcuts.beginStructure()
            shortcuts << action
            shortcuts << (
                {
                    "description": DESCRIPTIONS.get(action, action),
                    "preferred_trigger": trigger_text(chord),
                }
            )
            shortcuts.endStructure()
        shortcuts.endArray()
        bind = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "BindShortcuts")
        bind.setArguments(
            [QDBusObjectPath(self._session), shortcuts, "", {"handle_token": "calllauncherbind"}]
        )
        self._call(bind, self._awaiting_response)

    @Slot(QDBusMessage)
    def _activated(self, message: QDBusMessage) -> None:
        args = message.arguments()
        if len(args) >= 2 and _object_path(args[0]) == self._session and self._fire is not None:
            action = str(args[1])
            if action in self._chords:
                self._fire(action)


_STRUCT_TYPE = 0  # replaced below: the metatype id of (sa{sv}) is not known before QtDBus runs


def _object_path(value: object) -> str:
    if isinstance(value, QDBusObjectPath):
        return value.path()
    return str(value)
