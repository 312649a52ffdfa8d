"""Small hostile HTTP servers on 127.0.0.1 for the hardening tests.

Each speaks raw HTTP/1.1 over a socket (not our simulated PBX, not http.server's
helpers), so it can misbehave the way a proxy, a captive portal or an attacker does:
redirect, drip, bomb, or just record what reached it.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Callable
from types import TracebackType

Behaviour = Callable[[socket.socket, bytes], None]


def read_request(conn: socket.socket) -> bytes:
    """Headers and a Content-Length body, as raw bytes."""
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def answer(conn: socket.socket, status: str, headers: dict[str, str], body: bytes) -> None:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers.items()]
    lines.append(f"Content-Length: {len(body)}")
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


class HostileServer:
    """``with HostileServer(behaviour) as s:`` — ``s.url``, ``s.requests`` (raw bytes)."""

    def __init__(self, behaviour: Behaviour, *, keep_alive: bool = False) -> None:
        """``keep_alive``: serve request after request on one connection (as nginx does)
        until the client closes it; else one request per connection."""
        self.requests: list[bytes] = []
        self._behaviour = behaviour
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn: socket.socket = self.request
                while True:
                    try:
                        raw = read_request(conn)
                    except OSError:
                        return
                    if not raw:
                        return
                    outer.requests.append(raw)
                    try:
                        outer._behaviour(conn, raw)
                    except OSError:
                        return  # the client hung up on us: that is often the point
                    if not keep_alive:
                        return

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
