"""The HTTP side: request handler, raw responses and the threaded loopback server.

Stdlib only. HTTP/1.0 (one request per connection), so a stopped server never waits on an
idle keep-alive connection.
"""

from __future__ import annotations

import contextlib
import io
import socket
import struct
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from calllauncher.fakepbx import phpjson

MAX_BODY = 1 << 20

_HTML = (
    "<html>\r\n<head><title>{status}</title></head>\r\n<body>\r\n"
    "<center><h1>{status}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def html_page(status: str) -> bytes:
    return _HTML.format(status=status).encode("ascii")


def encode_json(value: Any) -> bytes:
    """JSON the way PHP's ``json_encode`` writes it (ASCII, ``\\uXXXX``, ``\\/``)."""
    return phpjson.json_encode(value).encode("ascii")


class Answerer(Protocol):
    """What the server hands each request to (``server.FakePBX``), named here so this
    module does not import the server, which imports it."""

    def _handle(self, handler: Handler, http_method: str) -> None: ...


class Handler(BaseHTTPRequestHandler):
    server: LoopbackServer
    # Keep-alive, as Binotel's nginx: a client that leaks connections shows it here too.
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""
    timeout = 30.0  # an idle client cannot pin a handler thread for long
    # Headers and body leave in two writes: with Nagle on, the body waited for the
    # client's delayed ACK of the headers, 40 ms on Linux loopback per answer.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests run with warnings as errors and the demo keeps stderr clean."""

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def _serve(self, http_method: str) -> None:
        # Counted while a request is being answered: stop() waits for those, not for
        # kept-alive connections idling between requests.
        self.server.busy(+1)
        try:
            self.server.pbx._handle(self, http_method)
        finally:
            self.server.busy(-1)

    def do_POST(self) -> None:
        self._serve("POST")

    def do_GET(self) -> None:
        self._serve("GET")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    # ----- helpers used by FakePBX ---------------------------------------------------------

    def read_body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY:
            self.close_connection = True  # the rest of it must not be read as a request
        length = max(0, min(length, MAX_BODY))
        return self.rfile.read(length) if length else b""

    def send_raw(
        self,
        status: int,
        body: bytes,
        content_type: str,
        *,
        length: int | None = None,
        extra: dict[str, str] | None = None,
    ) -> None:
        """Send a whole response; ``length`` overrides Content-Length (for broken answers)."""
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            pass  # the client went away (or stop() cut the connection): nothing to tell

    def send_json(self, status: int, value: Any) -> None:
        self.send_raw(status, encode_json(value), "application/json; charset=utf-8")

    def reset(self) -> None:
        """Drop the connection with a TCP RST and no response at all."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            linger = struct.pack("ii", 1, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        # Close the socket files first so the descriptor really closes (sending the RST)
        # now, instead of when the server would politely shut the socket down; harmless
        # stand-ins take their place for the handler's own final flush and close.
        for stream in (self.wfile, self.rfile):
            with contextlib.suppress(OSError):
                stream.close()
        self.wfile = io.BytesIO()
        self.rfile = io.BytesIO()
        self.connection.close()


class LoopbackServer(ThreadingHTTPServer):
    """A threaded server that knows its open connections, so ``stop`` can cut them."""

    daemon_threads = True
    block_on_close = True  # server_close() joins the handler threads
    allow_reuse_address = True
    request_queue_size = 128  # the default 5 drops SYNs under a burst (1 s client stalls)

    def __init__(self, address: tuple[str, int], pbx: Answerer) -> None:
        self.pbx = pbx
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._busy = 0
        self.errors: list[str] = []  # tracebacks of handler failures (none expected)
        super().__init__(address, Handler)

    def track(self, conn: socket.socket) -> None:
        with self._open_lock:
            self._open.add(conn)

    def untrack(self, conn: socket.socket) -> None:
        with self._open_lock:
            self._open.discard(conn)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: remember the failure instead of printing a traceback to stderr."""
        self.errors.append(traceback.format_exc())

    def open_count(self) -> int:
        with self._open_lock:
            return len(self._open)

    def busy(self, change: int) -> None:
        with self._open_lock:
            self._busy += change

    def busy_count(self) -> int:
        with self._open_lock:
            return self._busy

    def cut_connections(self) -> None:
        """Unblock every handler still reading from or writing to a client."""
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class LoopbackServer6(LoopbackServer):
    address_family = socket.AF_INET6
