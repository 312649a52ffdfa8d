"""The single-instance protocol and the socket's address, without Qt.

Shared by the running copy's server (:mod:`.single_instance`, Qt) and the second launch's
hand-off client (:mod:`.handoff`, stdlib only: a clicked link or the
dial-clipboard shortcut must not pay for importing Qt). The protocol itself is described in
:mod:`.single_instance`.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import re
import stat
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths

if TYPE_CHECKING:
    import logging

# The hand-off client imports this module on every clicked link, and every window launch
# before its first frame: what only a rare path needs (socket, logging, ctypes, getpass,
# dataclasses' inspect) is imported there.


def _log() -> logging.Logger:
    import logging

    return logging.getLogger("calllauncher.services.single_instance")


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


class Message:
    """What a second launch asks the running copy to do (immutable, compared by value)."""

    __slots__ = ("action", "text")
    action: str
    text: str

    def __init__(self, action: str, text: str = "") -> None:
        object.__setattr__(self, "action", action)
        object.__setattr__(self, "text", text)
        self._check()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Message can't be changed")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.action, self.text) == (other.action, other.text)

    def __hash__(self) -> int:
        return hash((self.action, self.text))

    def __repr__(self) -> str:
        return f"Message(action={self.action!r}, text={self.text!r})"

    def _check(self) -> None:
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
    import getpass

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


def _candidates(runtime: str | None) -> Iterator[tuple[Path, bool]]:
    if runtime:
        yield Path(runtime), False
    # Qt's temporary folder (QDir::tempPath on Unix), not tempfile's: importing tempfile
    # (shutil, random, bz2, lzma) cost every launch without a session folder ~3 ms.
    yield Path(os.environ.get("TMPDIR") or "/tmp") / f"calllauncher-{os.getuid()}", False
    # Anyone may make <tmp>/calllauncher-<uid> before us; our own data folder is ours.
    yield paths.data_dir() / "run", True


def _private_dir() -> Path | None:
    """A folder only this user can enter, for the socket file (Unix but macOS); None if
    there is none (logged): then there is no single-instance socket at all."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    for folder, parents in _candidates(runtime):
        with contextlib.suppress(OSError):
            folder.mkdir(mode=0o700, parents=parents, exist_ok=True)
        if _is_private(folder):
            return folder
        if folder.exists():
            _log().warning(
                "not using %s for the single-instance socket: it is not a folder owned by "
                "this user with mode 0700 (another user may have made it)",
                folder,
            )
    _log().warning("no private folder for the single-instance socket: each launch runs alone")
    return None


def _sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` from CPython's own module where there is one: ``hashlib`` loads
    OpenSSL first (~2 ms), and every launch names its socket before its window is shown."""
    for name in ("_sha2", "_sha256"):  # 3.12+, 3.11
        try:
            digest: Any = importlib.import_module(name).sha256(data)
        except (ImportError, AttributeError):
            continue
        return str(digest.hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()


def server_name(config_dir: Path | None = None) -> str | None:
    """The per-user (and per-config-folder) name of the running copy's server.

    On Linux/BSD this is a full socket path, or None when no private folder can hold it
    (then no copy serves and none is looked for); elsewhere a plain name Qt places itself.
    """
    folder = config_dir if config_dir is not None else paths.config_dir()
    digest = _sha256_hex(str(folder.absolute()).encode())[:12]
    if sys.platform not in ("win32", "darwin") and hasattr(os, "getuid"):
        private = _private_dir()
        if private is None:
            return None
        path = private / f"calllauncher-{digest}.sock"
        if len(os.fsencode(path)) > _MAX_SOCKET_PATH:
            _log().warning(
                "the single-instance socket path %s is too long: each launch runs alone", path
            )
            return None
        return str(path)
    return f"calllauncher-{_user()}-{digest}"


def _getpeereid() -> Any:
    import ctypes
    import ctypes.util

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
    import socket  # only with a peer to ask about (a first launch talks to none)

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
        import ctypes

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
