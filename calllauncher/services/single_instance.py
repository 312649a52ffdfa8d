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

import contextlib
import ctypes
import ctypes.util
import getpass
import hashlib
import json
import logging
import os
import re
import socket
import stat
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from . import paths

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
SHOW = "show"
LINK = "link"
DIAL = "dial"
DIAL_CLIPBOARD = "dial-clipboard"
PING = "ping"
ACTIONS = (SHOW, LINK, DIAL, DIAL_CLIPBOARD, PING)

MAX_MESSAGE_BYTES = 64 * 1024  # a link is short; anything bigger is not ours
_PEER_TIMEOUT_MS = 3000  # a client that connects and says nothing is dropped after this
_PROBE_TIMEOUT_MS = 250
_SURROGATE = re.compile("[\ud800-\udfff]")


class ProtocolError(ValueError):
    """A message that this version can't act on; ``str(exc)`` says why."""


@dataclass(frozen=True, slots=True)
class Message:
    """What a second launch asks the running copy to do."""

    action: str
    text: str = ""

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ProtocolError(f"unknown action {self.action!r}")
        if _SURROGATE.search(self.text):
            # A command-line argument that was not UTF-8 arrives with its bad bytes as
            # lone surrogates (Python's surrogateescape), which no UTF-8 encoder takes:
            # each becomes U+FFFD (one per byte), so the running copy shows "can't be dialled".
            clean = _SURROGATE.sub("\ufffd", self.text)
            object.__setattr__(self, "text", clean)

    def to_bytes(self) -> bytes:
        """The wire form: one JSON line."""
        body = {"v": PROTOCOL_VERSION, "action": self.action, "text": self.text}
        return json.dumps(body, ensure_ascii=False).encode() + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> Message:
        """Parse one wire message; raises ProtocolError if it can't be acted on."""
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            # RecursionError: "[[[[...]]]]" nested deeper than the parser goes.
            raise ProtocolError("not a JSON message") from None
        if not isinstance(body, dict):
            raise ProtocolError("not a JSON object")
        version = body.get("v")
        if version != PROTOCOL_VERSION or isinstance(version, bool):
            raise ProtocolError(f"unsupported version {version!r}")
        action, text = body.get("action"), body.get("text", "")
        if not isinstance(action, str) or not isinstance(text, str):
            raise ProtocolError("action and text must be strings")
        return cls(action, text)


def message_for(
    link: str | None = None, *, dial_clipboard: bool = False, minimized: bool = False
) -> Message:
    """The message for the window's command-line arguments (``gui_parser``).

    A bare ``--minimized`` start (login autostart) must not pop the running window up,
    so it only pings.
    """
    if dial_clipboard:
        return Message(DIAL_CLIPBOARD)
    if link:
        return Message(LINK, link)
    return Message(PING if minimized else SHOW)


def _user() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):
        name = str(os.getuid()) if hasattr(os, "getuid") else "user"
    if hasattr(os, "getuid"):
        name = f"{name}-{os.getuid()}"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:40] or "user"


_MAX_SOCKET_PATH = 100  # bytes; sun_path holds 108 on Linux, 104 on macOS and the BSDs


def _is_private(folder: Path) -> bool:
    """A real folder (not a link to one), owned by this user, that nobody else may enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _private_dir() -> Path | None:
    """A folder only this user can enter, for the socket file (Unix but macOS); None if
    there is none (logged): then there is no single-instance socket at all."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = [(Path(runtime), False)] if runtime else []
    candidates.append((Path(tempfile.gettempdir()) / f"calllauncher-{os.getuid()}", False))
    # Anyone may make <tmp>/calllauncher-<uid> before us; our own data folder is ours.
    candidates.append((paths.data_dir() / "run", True))
    for folder, parents in candidates:
        with contextlib.suppress(OSError):
            folder.mkdir(mode=0o700, parents=parents, exist_ok=True)
        if _is_private(folder):
            return folder
        if folder.exists():
            log.warning(
                "not using %s for the single-instance socket: it is not a folder owned by "
                "this user with mode 0700 (another user may have made it)",
                folder,
            )
    log.warning("no private folder for the single-instance socket: each launch runs alone")
    return None


def server_name(config_dir: Path | None = None) -> str | None:
    """The per-user (and per-config-folder) name of the running copy's server.

    On Linux/BSD this is a full socket path, or None when no private folder can hold it
    (then no copy serves and none is looked for); elsewhere a plain name Qt places itself.
    """
    folder = config_dir if config_dir is not None else paths.config_dir()
    digest = hashlib.sha256(str(folder.absolute()).encode()).hexdigest()[:12]
    if sys.platform not in ("win32", "darwin") and hasattr(os, "getuid"):
        private = _private_dir()
        if private is None:
            return None
        path = private / f"calllauncher-{digest}.sock"
        if len(os.fsencode(path)) > _MAX_SOCKET_PATH:
            log.warning(
                "the single-instance socket path %s is too long: each launch runs alone", path
            )
            return None
        return str(path)
    return f"calllauncher-{_user()}-{digest}"


def _getpeereid() -> Any:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    libc = ctypes.CDLL(name, use_errno=True)
    return getattr(libc, "getpeereid", None)


def peer_uid(fd: int) -> int | None:
    """The user id of the process at the other end of Unix socket ``fd``, where the
    system tells it (Linux: SO_PEERCRED; macOS, BSD: getpeereid); None elsewhere."""
    if fd < 0 or not hasattr(os, "getuid"):
        return None
    try:
        if hasattr(socket, "SO_PEERCRED"):
            # fromfd works on a duplicate, so closing it leaves Qt's descriptor alone.
            with socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                creds = sock.getsockopt(
                    socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
                )
            return int(struct.unpack("3i", creds)[1])
        call = _getpeereid()
        if call is None:
            return None
        uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
        if call(fd, ctypes.byref(uid), ctypes.byref(gid)) != 0:
            return None
        return int(uid.value)
    except (OSError, ValueError, struct.error):
        return None


def _foreign_peer(fd: int) -> int | None:
    """The peer's uid if it is known and not ours, else None."""
    uid = peer_uid(fd)
    if uid is None or uid == os.getuid():
        return None
    return uid


def _needs_user_access(name: str) -> bool:
    # A full path sits in a private folder already; a plain name on Unix lands in the
    # shared temporary folder (or a pipe on Windows) and needs Qt to restrict it.
    return not os.path.isabs(name)


def _read_line(sock: QLocalSocket, deadline: float) -> bytes:
    """Blocking read of one line (client side only: no GUI exists yet)."""
    data = b""
    while True:
        data += sock.readAll().data()
        if b"\n" in data or len(data) > MAX_MESSAGE_BYTES:
            break
        remaining = int((deadline - time.monotonic()) * 1000)
        if remaining <= 0 or not sock.waitForReadyRead(remaining):
            data += sock.readAll().data()
            break
    return data.split(b"\n", 1)[0]


def forward(message: Message, timeout_ms: int = 1000, name: str | None = None) -> bool:
    """Hand ``message`` to the running copy; True when it took it (then exit 0).

    False when no copy is running, or it refused the message or didn't answer within
    ``timeout_ms``: the caller then carries on as the first copy. Blocks for at most
    ``timeout_ms``, and only a few milliseconds when nothing is listening; meant for the
    moment before the GUI exists (no event loop needed).
    """
    name = name or server_name()
    if name is None:
        return False  # no private place for the socket: this launch runs alone
    deadline = time.monotonic() + timeout_ms / 1000
    sock = QLocalSocket()
    sock.connectToServer(name)
    try:
        if not sock.waitForConnected(timeout_ms):
            log.debug("no running instance at %s: %s", name, sock.error().name)
            return False
        stranger = _foreign_peer(int(sock.socketDescriptor()))
        if stranger is not None:
            log.warning(
                "the program listening at %s runs as user %d, not as us: not handing it anything",
                name,
                stranger,
            )
            return False
        sock.write(message.to_bytes())
        remaining = max(1, int((deadline - time.monotonic()) * 1000))
        if not sock.waitForBytesWritten(remaining) and sock.bytesToWrite():
            log.warning("running instance did not take the message in time")
            return False
        line = _read_line(sock, deadline)
    finally:
        sock.abort()
    try:
        reply = json.loads(line.decode("utf-8")) if line else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        reply = None
    if not isinstance(reply, dict):
        log.warning("running instance gave no answer")
        return False
    if reply.get("ok") is not True:
        log.warning("running instance refused the message: %s", reply.get("error"))
        return False
    return True


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
