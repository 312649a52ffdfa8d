"""The HTTP plumbing under :class:`~calllauncher.binotel.transport.Transport`.

Three things ``requests`` does not do for us, each learnt from a hostile server:

* **Sessions lent, not thread-local.** Every QThreadPool job runs in a fresh Python thread
  state, so a ``threading.local`` session was gone by the next job and a new one (with its
  open socket) was made for every request: hundreds of open files after a day.
  :class:`SessionPool` lends an idle keep-alive session to one request at a time.
* **An overall deadline.** ``requests``' read timeout bounds each wait for a byte, not the
  answer: a server dripping a byte every few seconds held "Calling…" for minutes.
  :class:`Watchdog` shuts the socket of a request that outlives its deadline.
* **A size cap**, counted after decompression (a 1 MiB gzip answer can inflate to 1 GiB);
  :func:`read_capped`.

And one thing it does again for every request that need not be done more than once per
session: :func:`post_json` reuses a session's prepared request for the address.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests.compat import json as complexjson  # type: ignore[attr-defined]  # (no stub)
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

__all__ = [
    "AnswerTooLarge",
    "Deadline",
    "SessionPool",
    "Watchdog",
    "post_json",
    "read_capped",
    "when_written",
]

# The in-flight request of this thread (set for the length of one ``post``). A
# thread-local is right here: it lives only while one job runs on its thread.
_current = threading.local()


class Deadline:
    """One request's overall deadline and the connection it is using."""

    __slots__ = ("_lock", "cancelled", "connection", "expired", "when")

    def __init__(self, when: float) -> None:
        self.when = when
        self.expired = False
        self.cancelled = False
        self.connection: HTTPConnection | None = None
        self._lock = threading.Lock()

    def attach(self, connection: HTTPConnection) -> None:
        with self._lock:
            self.connection = connection
            if not self.expired:
                return
        self._cut(connection)

    def expire(self) -> None:
        with self._lock:
            if self.cancelled:
                return
            self.expired = True
            connection = self.connection
        if connection is not None:
            self._cut(connection)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            self.connection = None

    @staticmethod
    def _cut(connection: HTTPConnection) -> None:
        sock = connection.sock
        if sock is not None:
            # socket.socket.shutdown, not SSLSocket.shutdown: the blocked reader keeps its
            # TLS object and simply sees the connection end.
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


@contextlib.contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[Deadline]:
    _current.deadline = deadline
    try:
        yield deadline
    finally:
        _current.deadline = None


@contextlib.contextmanager
def when_written(callback: Callable[[], None]) -> Iterator[None]:
    """Call ``callback`` once, on this thread, as soon as the next request this thread
    sends has been written to its socket (before its answer is read). Nothing is called
    for a request that failed before it was written (no connection, say)."""
    _current.written = callback
    try:
        yield
    finally:
        _current.written = None


class _Watched:
    """Mixed into urllib3's connections: each request tells this thread's deadline, and
    the thread's :func:`when_written` callback once it is written."""

    def request(self, *args: Any, **kwargs: Any) -> Any:
        deadline: Deadline | None = getattr(_current, "deadline", None)
        if deadline is not None:
            deadline.attach(self)  # type: ignore[arg-type]
        result = super().request(*args, **kwargs)  # type: ignore[misc]
        written: Callable[[], None] | None = getattr(_current, "written", None)
        if written is not None:
            _current.written = None
            written()
        return result


class _WatchedHTTPConnection(_Watched, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` whose connections report to the request's :class:`Deadline`."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager


class Watchdog:
    """One thread for every deadline of the process, started on first use, idle at rest."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None
        self.wakeups = 0  # times the thread woke before a deadline was due (tests)

    def arm(self, seconds: float) -> Deadline:
        deadline = Deadline(self._clock() + seconds)
        with self._cond:
            heapq.heappush(self._heap, (deadline.when, next(self._ids), deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="calllauncher-deadlines", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is deadline:
                # Woken only when this deadline is due before the one it waits for: every
                # request arms one, and a thread woken for nothing takes the GIL just as
                # the request is being sent.
                self._cond.notify()
        return deadline

    @staticmethod
    def disarm(deadline: Deadline) -> None:
        # Lazy removal: a cancelled deadline's heap entry is dropped when it reaches the top.
        deadline.cancel()

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap:
                    # Nothing to watch: the thread ends and the next arm() starts another.
                    if not self._cond.wait(timeout=30.0) and not self._heap:
                        self._thread = None
                        return
                    continue
                when, _, deadline = self._heap[0]
                remaining = when - self._clock()
                if remaining > 0:
                    if self._cond.wait(timeout=remaining):
                        self.wakeups += 1
                    continue
                heapq.heappop(self._heap)
                deadline.expire()


WATCHDOG = Watchdog()


class SessionPool:
    """Keep-alive sessions, each lent to one request at a time (a Session is not
    thread-safe), at most ``keep`` kept idle."""

    def __init__(self, factory: Callable[[], requests.Session], keep: int = 4) -> None:
        self._factory = factory
        self._keep = keep
        self._idle: list[requests.Session] = []
        self._lock = threading.Lock()
        self._closed = False
        self.created = 0  # for the soak test and the benchmarks

    def _new(self) -> requests.Session:
        session = self._factory()
        # Only what we can bound: zstd or brotli would need their own bomb checks.
        session.headers["Accept-Encoding"] = "gzip, deflate"
        session.headers["Accept"] = "application/json"
        adapter = WatchedAdapter()
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        self.created += 1
        return session

    @contextlib.contextmanager
    def lend(self) -> Iterator[requests.Session]:
        with self._lock:
            session = self._idle.pop() if self._idle else None
        if session is None:
            session = self._new()
        try:
            yield session
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < self._keep
                if keep:
                    self._idle.append(session)
            if not keep:
                session.close()

    @property
    def idle(self) -> int:
        with self._lock:
            return len(self._idle)

    def close(self) -> None:
        with self._lock:
            sessions, self._idle = self._idle, []
            self._closed = True
        for session in sessions:
            session.close()


# Per session, per address: the request as requests prepares it, with an empty JSON body.
_prepared: weakref.WeakKeyDictionary[requests.Session, dict[str, requests.PreparedRequest]] = (
    weakref.WeakKeyDictionary()
)
_prepared_lock = threading.Lock()  # workers of several sessions at once


def _reusable(session: requests.Session) -> bool:
    """Whether nothing but the body can differ between two of this session's requests to
    one address: no environment to read (no proxy applies, see ``transport``), no login,
    no query parameters, and no cookies (a server that sets one gets requests' own path,
    which sends them back as it always did)."""
    return not (session.trust_env or session.auth or session.params or len(session.cookies))


def post_json(
    session: requests.Session,
    url: str,
    body: Mapping[str, Any],
    *,
    timeout: tuple[float, float],
    verify: bool | str,
) -> requests.Response:
    """``session.post(url, json=body, …)``, streamed, redirects never followed.

    requests prepares every request from scratch: a cookie jar merged and copied, the
    address parsed and re-quoted, the headers and hooks merged, then the environment
    merged, all on the worker just before the bytes go out (about 0.15 ms, with the GIL:
    the click's own cost is about 0.5 ms). A session whose requests can differ only in
    their body keeps one prepared request per address and sends a copy with the new
    body: the same bytes on the wire (``tests/test_hostile_servers.py``). The sessions'
    headers are set when they are made (:class:`SessionPool`), before their first request.
    """
    if not _reusable(session):
        return session.post(
            url,
            json=dict(body),
            timeout=timeout,
            verify=verify,
            # A redirect would re-send key and secret (and a call start) to wherever the
            # Location points, perhaps in plain HTTP.
            allow_redirects=False,
            stream=True,
        )
    with _prepared_lock:
        by_url = _prepared.setdefault(session, {})  # this session's: lent to this thread only
    template = by_url.get(url)
    if template is None:
        template = session.prepare_request(requests.Request("POST", url, json={}))
        by_url[url] = template
    prepared = template.copy()
    # As requests encodes a json= body (its json module, NaN refused as its error, UTF-8).
    try:
        data: str | bytes = complexjson.dumps(dict(body), allow_nan=False)
    except ValueError as exc:
        raise requests.exceptions.InvalidJSONError(exc, request=prepared) from None
    encoded = data.encode("utf-8") if isinstance(data, str) else data
    prepared.body = encoded
    prepared.headers["Content-Length"] = str(len(encoded))
    return session.send(
        prepared,
        timeout=timeout,
        verify=verify,
        proxies=session.proxies,
        cert=session.cert,
        stream=True,
        allow_redirects=False,  # see above
    )


class AnswerTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"answer larger than {limit} bytes")
        self.limit = limit


def read_capped(response: requests.Response, limit: int, deadline: Deadline) -> bytes:
    """The decoded body, or :class:`AnswerTooLarge` once it passes ``limit`` bytes."""
    declared = response.headers.get("Content-Length", "")
    encoded = response.headers.get("Content-Encoding", "identity").strip().lower()
    if declared.isdigit() and encoded in ("", "identity") and int(declared) > limit:
        raise AnswerTooLarge(limit)
    chunks: list[bytes] = []
    total = 0
    # urllib3 >= 2.6 inflates at most the chunk size per read, so memory stays bounded.
    for chunk in response.iter_content(chunk_size=64 * 1024):
        total += len(chunk)
        if total > limit:
            raise AnswerTooLarge(limit)
        chunks.append(chunk)
    if deadline.expired:
        # Cut off mid-answer: whatever arrived (even what looks like a whole, empty
        # answer) is not the PBX's answer.
        raise requests.exceptions.ReadTimeout("overall deadline passed")
    return b"".join(chunks)
