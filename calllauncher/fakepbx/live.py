"""The simulated PBX's push channel: Binotel's WebSocket on a loopback port.

Same greeting, ``authLikeService`` login and plain-text answers as the real one; then every
client that logged in gets each call event as one JSON text frame. Events are produced by
``EventClock``, one thread that fires them at the moments the calls' timelines fix.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

GREETING = "Connected to Binotel WebSocket. Please, authorise!"
LOGGED_IN = "You are logged in!"
BAD_LOGIN = "Bad username or password!"


class EventClock:
    """Runs callbacks at monotonic moments, on one daemon thread started on first use."""

    def __init__(self, stopping: threading.Event) -> None:
        self._stopping = stopping
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def at(self, moment: float, action: Callable[[], None]) -> None:
        with self._wake:
            heapq.heappush(self._heap, (moment, next(self._order), action))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fakepbx-clock", daemon=True)
                self._thread.start()
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def _run(self) -> None:
        while not self._stopping.is_set():
            with self._wake:
                now = time.monotonic()
                if not self._heap:
                    self._wake.wait(0.5)
                    continue
                moment = self._heap[0][0]
                if moment > now:
                    self._wake.wait(min(0.5, moment - now))
                    continue
                _, _, action = heapq.heappop(self._heap)
            try:
                action()
            except Exception:  # a bug in the simulation must not stop the clock
                log.exception("fakepbx: scheduled event failed")


class LiveServer:
    """The WebSocket server. ``broadcast`` sends a frame to every logged-in client."""

    def __init__(self, key: str, secret: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.key = key
        self.secret = secret
        self.host = host
        self.port = port
        self.logins: list[dict[str, Any]] = []  # every login message received (tests)
        self._clients: set[Any] = set()
        self._lock = threading.Lock()
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def start(self) -> LiveServer:
        from websockets.sync.server import serve

        quiet = logging.getLogger("calllauncher.fakepbx.ws.frames")
        quiet.setLevel(logging.INFO)  # the library logs frames (the login's secret) at DEBUG
        self._server = serve(
            self._serve, self.host, self.port, compression=None, max_size=1 << 16, logger=quiet
        )
        self.port = int(self._server.socket.getsockname()[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fakepbx-ws", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.drop_clients()
        if self._server is not None:
            self._server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def client_count(self) -> int:
        with self._lock:
            return len(self._clients)

    def drop_clients(self) -> None:
        """Cut every connection (a dropped WebSocket, for the reconnect tests)."""
        with self._lock:
            clients = list(self._clients)
            self._clients.clear()
        for conn in clients:
            with contextlib.suppress(Exception):
                # No closing handshake: the way a network drops. shutdown(), not close():
                # closing the descriptor under the library's reader leaves it polling a
                # descriptor that is gone, so each drop kept a connection's three threads;
                # after shutdown the reader sees the end and the library closes the rest.
                conn.socket.shutdown(socket.SHUT_RDWR)

    def broadcast(self, frame: str | dict[str, Any]) -> int:
        """Send to every logged-in client; the number reached."""
        text = frame if isinstance(frame, str) else json.dumps(frame, ensure_ascii=False)
        with self._lock:
            clients = list(self._clients)
        sent = 0
        for conn in clients:
            try:
                conn.send(text)
                sent += 1
            except Exception:
                with self._lock:
                    self._clients.discard(conn)
        return sent

    def _serve(self, conn: Any) -> None:
        from websockets.exceptions import WebSocketException

        try:
            conn.send(GREETING)
            raw = conn.recv(timeout=10)
            try:
                login = json.loads(raw)
            except (TypeError, ValueError):
                login = None
            if not isinstance(login, dict):
                conn.send("Unknown task")
                return
            with self._lock:
                self.logins.append(dict(login))
            if (
                login.get("task") != "authLikeService"
                or login.get("key") != self.key
                or login.get("secret") != self.secret
            ):
                conn.send(BAD_LOGIN)
                return
            with self._lock:  # before the client hears it: a drop or a broadcast right
                self._clients.add(conn)  # after its login reaches it (tests hung on this)
            conn.send(LOGGED_IN)
            for _ in conn:  # clients send nothing more; wait for the close
                pass
        except (OSError, WebSocketException, TimeoutError):
            pass
        finally:
            with self._lock:
                self._clients.discard(conn)
