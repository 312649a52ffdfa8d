"""One running copy per user: a second launch hands its arguments over and exits.

The running app owns a ``QLocalServer`` under a per-user name (:func:`server_name`); a
later launch connects, sends one JSON message and waits briefly for the answer.

Protocol (version 1), one UTF-8 JSON object per line, one exchange per connection::

    client → server   {"v": 1, "action": "link", "text": "tel:+380443334023"}
    server → client   {"v": 1, "ok": true}
                      {"v": 1, "ok": false, "error": "unsupported version 2"}

``action`` is one of :data:`ACTIONS`: ``show`` (bring the window up), ``link`` (a tel:,
callto:, sip: link or a bare number, as given on the command line), ``dial`` (dial
``text`` at once), ``dial-clipboard`` (dial what the running copy finds in its clipboard
or X11 selection; ``text`` is empty), ``ping`` (do nothing: answered, never emitted; a
``--minimized`` start while a copy runs). Unknown extra fields are ignored, so a newer
client may add some without a version bump; ``v`` changes only for incompatible messages,
which the server refuses (``ok: false``) without acting on them, and keeps serving.

How the app uses it, start to finish::

    message = message_for(args.link, dial_clipboard=args.dial_clipboard,
                          minimized=args.minimized)
    if forward(message):            # before QApplication exists: fast exit
        return 0
    app = QApplication(...)
    server = InstanceServer()
    if not server.listen() and forward(message):
        return 0                    # lost a start-up race to another launch
    server.received.connect(window.handle_instance_message)   # gets a Message

Where the socket lives: on Linux/BSD a file in a private (0700, owned by the user) folder:
``$XDG_RUNTIME_DIR``, else ``<tmp>/calllauncher-<uid>``, else ``<data dir>/run`` when
another user squatted the shared one (a folder made in advance, not ours or not 0700).
Never the shared temporary folder itself, where anyone could take the name first: with
no private folder at all there is no single-instance socket (each launch opens its own
window; logged). On macOS the per-user temporary folder Qt uses by default; on Windows a
named pipe restricted to the user. The name includes a hash of the config folder, so
copies isolated by ``CALLLAUNCHER_CONFIG_DIR`` (tests, a second profile) don't meet.

Both ends also check who is at the other end where the system says (``SO_PEERCRED`` on
Linux, ``getpeereid`` on macOS and the BSDs): a launch hands nothing to a server run by
another user, and the server acts on nothing sent by another user.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .instance_protocol import (
    ACTIONS,
    DIAL,
    DIAL_CLIPBOARD,
    LINK,
    MAX_MESSAGE_BYTES,
    PING,
    PROTOCOL_VERSION,
    SHOW,
    Message,
    ProtocolError,
    _foreign_peer,
    message_for,
    peer_uid,
    server_name,
)

log = logging.getLogger(__name__)


__all__ = [
    "ACTIONS",
    "DIAL",
    "DIAL_CLIPBOARD",
    "LINK",
    "MAX_MESSAGE_BYTES",
    "PING",
    "PROTOCOL_VERSION",
    "SHOW",
    "InstanceServer",
    "Message",
    "ProtocolError",
    "claim_instance",
    "forward",
    "message_for",
    "peer_uid",
    "server_name",
]

_PEER_TIMEOUT_MS = 3000  # a client that connects and says nothing is dropped after this
_PROBE_TIMEOUT_MS = 250


def _needs_user_access(name: str) -> bool:
    # A full path sits in a private folder already; a plain name on Unix lands in the
    # shared temporary folder (or a pipe on Windows) and needs Qt to restrict it.
    return not os.path.isabs(name)


def forward(message: Message, timeout_ms: int = 1000, name: str | None = None) -> bool:
    """Hand ``message`` to the running copy; True when it took it (then exit 0).

    False when no copy is running, or it refused the message or didn't answer within
    ``timeout_ms``: the caller then carries on as the first copy. The client is the
    standard-library one (:mod:`.handoff`): no event loop, no Qt needed.
    """
    from .handoff import forward as hand_over

    return hand_over(message, name or server_name(), timeout_ms / 1000)


def _reply(ok: bool, error: str = "") -> bytes:
    body: dict[str, Any] = {"v": PROTOCOL_VERSION, "ok": ok}
    if error:
        body["error"] = error
    return json.dumps(body).encode() + b"\n"


class _Peer(QObject):
    """One client connection on the server: collect a line, answer, close."""

    def __init__(self, sock: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self._sock = sock
        self._server = server
        self._buffer = b""
        self._done = False
        sock.setParent(self)
        self._stranger = _foreign_peer(int(sock.socketDescriptor()))
        sock.readyRead.connect(self._on_ready_read)
        sock.disconnected.connect(self._on_disconnected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(_PEER_TIMEOUT_MS)

    def _on_ready_read(self) -> None:
        if self._done:
            return
        self._buffer += self._sock.readAll().data()
        if b"\n" in self._buffer:
            self._handle(self._buffer.split(b"\n", 1)[0])
        elif len(self._buffer) > MAX_MESSAGE_BYTES:
            self._refuse("message too long")

    def _handle(self, line: bytes) -> None:
        if self._stranger is not None:
            self._refuse(f"sent by user {self._stranger}, not by us")
            return
        try:
            message = Message.from_bytes(line)
        except ProtocolError as exc:
            self._refuse(str(exc))
            return
        # Answer first: the other launch is waiting to exit.
        self._answer(True)
        if message.action != PING:
            self._server.received.emit(message)

    def _refuse(self, reason: str) -> None:
        log.warning("refused a message from another launch: %s", reason)
        self._answer(False, reason)
        self._server.rejected.emit(reason)

    def _answer(self, ok: bool, error: str = "") -> None:
        self._done = True
        self._timer.stop()
        if self._sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self._sock.write(_reply(ok, error))
            self._sock.flush()  # now, even if a slot of ``received`` runs a long time
            self._sock.disconnectFromServer()  # after the answer is written
        else:
            self._finish()

    def _on_timeout(self) -> None:
        self._done = True
        self._sock.abort()
        self._finish()

    def _on_disconnected(self) -> None:
        # Also the normal end of a probe from a launch checking whether we are alive.
        if not self._done and b"\n" not in self._buffer:
            self._buffer += self._sock.readAll().data()
            if self._buffer.strip():
                self._handle(self._buffer.strip())
        self._done = True
        self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self.deleteLater()


class InstanceServer(QObject):
    """The running copy's end. Create and :meth:`listen` in the GUI thread.

    Everything is driven by signals, nothing here blocks the event loop except the
    one short probe inside :meth:`listen` (at most a quarter second, at start-up).
    """

    received = Signal(object)
    """A :class:`Message` from another launch (already acknowledged to it; never a ping)."""
    rejected = Signal(str)
    """A message was refused (wrong version, malformed); the reason, for the log."""

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name() or ""
        """Empty when there is no private place for the socket: :meth:`listen` says False."""
        self._server = QLocalServer(self)
        if self.name and _needs_user_access(self.name):
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    @property
    def is_listening(self) -> bool:
        return self._server.isListening()

    def listen(self) -> bool:
        """Become the running copy. False if another live copy holds the name.

        A name left behind by a copy that crashed (a stale socket file) is removed
        and taken over. Never takes the name from a copy that still answers.
        """
        if self._server.isListening():
            return True
        if not self.name:
            return False
        if self._alive():
            log.info("another instance is running at %s", self.name)
            return False
        for attempt in range(2):
            if self._server.listen(self.name):
                log.debug("instance server listening at %s", self._server.fullServerName())
                return True
            error = self._server.serverError()
            if attempt or self._alive():
                break
            # Nobody answers there: a crashed copy's leftover. Take it over.
            log.info("removing stale instance socket %s", self.name)
            QLocalServer.removeServer(self.name)
        log.warning("can't listen at %s: %s", self.name, self._server.errorString() or error)
        return False

    def close(self) -> None:
        """Stop listening and remove the socket (also done when the object goes away)."""
        self._server.close()

    def _alive(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        try:
            if probe.waitForConnected(_PROBE_TIMEOUT_MS):
                return True
            error = probe.error()
        finally:
            probe.abort()
        # Anything but "nothing there" / "nobody answers" (a time-out, no access) means
        # something holds the name: never take it over.
        return error not in (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock is not None:
                _Peer(sock, self)


def claim_instance(name: str, message: Message) -> InstanceServer | None:
    """Serve ``name`` from now on (needs the QApplication). None: another launch won the
    race to start between our first try and now, and has ``message`` now."""
    server = InstanceServer(name)
    if not server.listen() and forward(message, name=name):
        server.close()
        return None
    return server
