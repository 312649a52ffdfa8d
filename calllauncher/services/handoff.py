"""Handing this launch to the running copy with the standard library alone.

A clicked ``tel:`` link or the dial-clipboard shortcut starts a second process whose only
job is to say "dial this" to the copy already running, which holds a warm connection to
the PBX. Importing Qt (or requests, or phonenumbers) for that would cost more than the
whole hand-over, so this module speaks the single-instance protocol
(:mod:`calllauncher.services.instance_protocol`) over a plain socket: the Unix socket
``QLocalServer`` listens on (Linux, macOS, BSD), or its named pipe on Windows.

:func:`fast_path` is what ``python -m calllauncher`` tries first; when no copy answers,
the launch goes on as usual and starts the window (with Qt).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import paths
from .instance_protocol import (
    DIAL_CLIPBOARD,
    LINK,
    MAX_MESSAGE_BYTES,
    PING,
    SHOW,
    Message,
    _foreign_peer,
    server_name,
)

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    # Imported only when there is something to say: this runs on every clicked link.
    import logging

    return logging.getLogger(__name__)


__all__ = ["address", "fast_path", "forward", "message_for_argv"]

# Only these arguments are handed over without a parser; anything else takes the long way
# (and its proper error messages).
_FLAGS = {"--dial-clipboard", "--minimized", "--demo"}


def message_for_argv(argv: Sequence[str]) -> tuple[Message, bool] | None:
    """(message, demo) for a plain window launch, or None where the full parser must look.

    A positional is taken as a link only where the full parser would take it: it has a
    digit or a colon (``tel:…``, ``callto:…``, ``0443334023``); a bare word may be a
    mistyped command and gets the parser's "did you mean".
    """
    flags = [a for a in argv if a.startswith("-")]
    words = [a for a in argv if not a.startswith("-")]
    if any(f not in _FLAGS for f in flags) or len(words) > 1 or len(set(flags)) != len(flags):
        return None
    link = words[0] if words else None
    if link is not None and not any(c.isdigit() or c == ":" for c in link):
        return None
    demo = "--demo" in flags
    if "--dial-clipboard" in flags:
        if link is not None:
            return None
        return Message(DIAL_CLIPBOARD), demo
    if link is not None:
        return Message(LINK, link), demo
    return Message(PING if "--minimized" in flags else SHOW), demo


def address(name: str, platform: str = sys.platform) -> str:
    """Where ``QLocalServer.listen(name)`` listens: a full path is used as it is; a plain
    name is a file in the temporary folder on Unix and a named pipe on Windows."""
    if platform == "win32":
        return name if name.startswith("\\\\.\\pipe\\") else "\\\\.\\pipe\\" + name
    if os.path.isabs(name):
        return name
    import tempfile

    return os.path.join(tempfile.gettempdir(), name)


def _parse_reply(line: bytes) -> bool:
    try:
        reply = json.loads(line.decode("utf-8")) if line else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        reply = None
    if not isinstance(reply, dict):
        _log().warning("running instance gave no answer")
        return False
    if reply.get("ok") is not True:
        _log().warning("running instance refused the message: %s", reply.get("error"))
        return False
    return True


def _over_unix_socket(path: str, data: bytes, timeout: float) -> bytes | None:
    if not os.path.exists(path):  # no copy runs: the usual first launch of the day
        _log().debug("no running instance at %s", path)
        return None
    import socket  # only when there is a socket to talk to

    deadline = time.monotonic() + timeout
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(path)
        except OSError as exc:  # no file, nobody listening, not ours to enter
            _log().debug("no running instance at %s: %s", path, exc)
            return None
        stranger = _foreign_peer(sock.fileno())
        if stranger is not None:
            _log().warning(
                "the program listening at %s runs as user %d, not as us: not handing it anything",
                path,
                stranger,
            )
            return None
        try:
            sock.sendall(data)
            reply = b""
            while b"\n" not in reply and len(reply) <= MAX_MESSAGE_BYTES:
                sock.settimeout(max(0.001, deadline - time.monotonic()))
                chunk = sock.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except OSError as exc:  # a timeout included
            _log().warning("running instance did not answer in time: %s", exc)
            return None
    return reply.split(b"\n", 1)[0]


def _over_named_pipe(path: str, data: bytes) -> bytes | None:
    # Windows: a QLocalServer pipe is a byte-mode pipe restricted to this user; opening it
    # as a file is the standard library's whole client. (Reads block without a timeout
    # here; the server answers at once or drops the connection after 3 s.)
    try:
        with open(path, "r+b", buffering=0) as pipe:
            pipe.write(data)
            reply = b""
            while b"\n" not in reply and len(reply) <= MAX_MESSAGE_BYTES:
                chunk = pipe.read(4096)
                if not chunk:
                    break
                reply += chunk
    except OSError as exc:
        _log().debug("no running instance at %s: %s", path, exc)
        return None
    return reply.split(b"\n", 1)[0]


def forward(message: Message, name: str | None, timeout: float = 1.0) -> bool:
    """Hand ``message`` to the copy listening at ``name``; True when it took it."""
    if name is None:
        return False  # no private place for the socket: this launch runs alone
    where = address(name)
    data = message.to_bytes()
    if sys.platform == "win32":
        line = _over_named_pipe(where, data)
    else:
        line = _over_unix_socket(where, data, timeout)
    return line is not None and _parse_reply(line)


def instance_name(demo: bool) -> str | None:
    # The demo is its own copy: trying it never takes over a signed-in window. None: no
    # private folder for the socket (logged), so this launch runs alone.
    return server_name(paths.config_dir() / "demo" if demo else None)


def hand_over(message: Message, demo: bool) -> bool:
    """Hand this launch to the copy running for it; True when one took it. A link or the
    dial-clipboard shortcut (which never says --demo) goes to a running demo copy when no
    signed-in one is running, rather than start a second, signed-out copy beside it."""
    if forward(message, instance_name(demo)):
        return True
    if demo or message.action not in (LINK, DIAL_CLIPBOARD):
        return False
    return forward(message, instance_name(True))


def fast_path(argv: Sequence[str]) -> bool:
    """True when a running copy took this launch (exit 0); False: carry on as usual."""
    plan = message_for_argv(argv)
    if plan is None:
        return False
    message, demo = plan
    return hand_over(message, demo)
