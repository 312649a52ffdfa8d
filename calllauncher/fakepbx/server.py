"""``FakePBX``: the simulated PBX served over real HTTP on a loopback address.

Each request is logged first, then a queued fault (if any) is applied, then it is routed,
authenticated (4.0: key + secret in the body; 2.0: key + md5 signature) and run.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import ipaddress
import json
import secrets
import threading
import time
import traceback
import wave
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from calllauncher.binotel.wire import OPERATIONS
from calllauncher.fakepbx import phpjson
from calllauncher.fakepbx.faults import PROCESSING_FAULTS, Fault, FaultQueue, FiredFault
from calllauncher.fakepbx.handler import (
    Handler,
    LoopbackServer,
    LoopbackServer6,
    encode_json,
    html_page,
)
from calllauncher.fakepbx.params import MESSAGES, ApiError
from calllauncher.fakepbx.pbx import PBX

_AUTH_FIELDS = ("key", "secret", "signature")
_RECORDINGS = "/recordings/"
RECORDING_LIFETIME = 900.0  # seconds a signed recording link works (Binotel: ~15 minutes)


def recording_audio() -> bytes:
    """A tiny valid WAV file (half a second of a quiet 440 Hz tone, 8 kHz mono)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(bytes(128 + (8 if (i // 9) % 2 else -8) for i in range(4000)))
    return out.getvalue()


_SLOW_DEFAULT = 2.0  # real seconds a SLOW fault waits when no delay is given

# (version, category, wire method) -> operation key
_ROUTES: dict[tuple[str, str, str], str] = {}
for _op_key, _op in OPERATIONS.items():
    _ROUTES[("4.0", _op.category, _op.method40)] = _op_key
    _ROUTES[("2.0", _op.category, _op.method20)] = _op_key


@dataclass(frozen=True)
class LoggedRequest:
    """One request as it reached the server (logged before any fault or processing)."""

    version: str
    category: str
    method: str  # the wire method name, e.g. "internal-number-to-external-number"
    path: str
    body: dict[str, Any]  # the JSON body as received ({} if it was not a JSON object)
    params: dict[str, Any]  # the body without key / secret / signature
    headers: dict[str, str]
    received_at: float  # time.monotonic()
    http_method: str = "POST"
    raw: bytes = field(default=b"", repr=False)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split_path(path: str) -> tuple[str, str, str]:
    """``/api/4.0/calls/hangup-call.json`` -> ("4.0", "calls", "hangup-call").

    Paths of another shape keep their pieces (and are answered with error 102).
    """
    parts = [part for part in urlsplit(path).path.split("/") if part]
    if parts and parts[0] == "api":
        parts = parts[1:]
    version = parts[0] if parts else ""
    category = parts[1] if len(parts) > 1 else ""
    method = "/".join(parts[2:])
    return version, category, method.removesuffix(".json")


class FakePBX(PBX):
    """A simulated Binotel PBX on ``http://127.0.0.1:PORT/api/``; see the package docs."""

    def __init__(
        self,
        *,
        key: str = "demo",
        secret: str = "demo-secret",
        host: str = "127.0.0.1",
        port: int = 0,
        time_scale: float = 1.0,
        poll_interval: float = 0.02,
    ) -> None:
        """``poll_interval``: how often the server thread wakes to notice stop(). Tests keep
        it short so stop() is instant; the demo, idle all day, wakes rarely."""
        if not is_loopback(host):
            raise ValueError(f"FakePBX only listens on a loopback address, not {host!r}")
        super().__init__(time_scale=time_scale)
        self.key = key
        self.secret = secret
        self.host = "127.0.0.1" if host == "localhost" else host
        self.port = port
        self.poll_interval = poll_interval
        self._faults = FaultQueue()
        self._log: list[LoggedRequest] = []
        self._log_lock = threading.Lock()
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None
        self._stopped = False
        # Signs the recording links (a key of its own: a link derives nothing from the secret).
        self._link_key = secrets.token_bytes(16)
        self.recording_downloads = 0

    # ----- life --------------------------------------------------------------------------

    def start(self) -> FakePBX:
        if self._server is not None or self._stopped:
            raise RuntimeError("a FakePBX can be started only once")
        kind = LoopbackServer6 if ":" in self.host else LoopbackServer
        server = kind((self.host, self.port), self)
        self._server = server
        self.port = int(server.server_address[1])
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": self.poll_interval},
            name="fakepbx",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; held and slow requests are released at once (error 105)."""
        server, thread = self._server, self._thread
        if server is None or self._stopped:
            return
        self._stopped = True
        self._stopping.set()
        server.shutdown()
        if thread is not None:
            thread.join(timeout=5)
        deadline = time.monotonic() + 1.0  # let released requests send their answers
        while server.busy_count() and time.monotonic() < deadline:
            time.sleep(0.01)
        server.cut_connections()
        server.server_close()
        if self.live_server is not None:
            self.live_server.stop()
        self._clock.stop()

    def __enter__(self) -> FakePBX:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The API base before the version segment, e.g. ``http://127.0.0.1:8765/api/``."""
        if self._server is None and not self.port:
            raise RuntimeError("the FakePBX has no port yet: start() it first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/api/"

    @property
    def ws_url(self) -> str:
        """The push channel's ``ws://`` address (after :meth:`start_websocket`)."""
        if self.live_server is None:
            raise RuntimeError("no WebSocket: call start_websocket() first")
        return self.live_server.url

    # ----- log and faults ----------------------------------------------------------------

    def log(self) -> list[LoggedRequest]:
        with self._log_lock:
            return list(self._log)

    def requests_for(self, method: str) -> list[LoggedRequest]:
        """Logged requests to a wire method (either version's name; an OPERATIONS key works)."""
        op = OPERATIONS.get(method)
        names = {method} if op is None else {op.method40, op.method20}
        return [entry for entry in self.log() if entry.method in names]

    def clear_log(self) -> None:
        with self._log_lock:
            self._log.clear()

    def inject(
        self,
        fault: Fault | str,
        *,
        count: int = 1,
        method: str | None = None,
        delay: float = 0.0,
        code: int = 0,
        message: str = "",
    ) -> None:
        """Misbehave on the next ``count`` requests (to wire ``method`` only, if given)."""
        self._faults.add(fault, count=count, method=method, delay=delay, code=code, message=message)

    def clear_faults(self) -> None:
        self._faults.clear()

    def handler_errors(self) -> list[str]:
        """Tracebacks of requests the server itself failed on (a healthy run has none)."""
        return [] if self._server is None else list(self._server.errors)

    # ----- recordings --------------------------------------------------------------------

    def _link_signature(self, call_id: str, expires: int) -> str:
        message = f"{call_id}:{expires}".encode()
        return hmac.new(self._link_key, message, hashlib.sha256).hexdigest()

    def recording_url(self, call_id: str) -> str:
        """A short-lived signed link to the call's recording, served here."""
        expires = int(time.time() + RECORDING_LIFETIME)
        signature = self._link_signature(call_id, expires)
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (
            f"http://{host}:{self.port}{_RECORDINGS}{call_id}.wav"
            f"?expires={expires}&signature={signature}"
        )

    def _serve_recording(self, handler: Handler) -> None:
        parts = urlsplit(handler.path)
        call_id = parts.path[len(_RECORDINGS) :].removesuffix(".wav")
        query = parse_qs(parts.query)
        try:
            expires = int(query.get("expires", ["0"])[0])
        except ValueError:
            expires = 0
        given = query.get("signature", [""])[0]
        if (
            expires < time.time()
            or not hmac.compare_digest(given, self._link_signature(call_id, expires))
            or self.call_state(call_id) is None
        ):
            handler.send_raw(403, html_page("403 Forbidden"), "text/html")
            return
        with self._log_lock:
            self.recording_downloads += 1
        handler.send_raw(200, recording_audio(), "audio/wav")

    # ----- one request -------------------------------------------------------------------

    def _handle(self, handler: Handler, http_method: str) -> None:
        if http_method in ("GET", "HEAD") and handler.path.startswith(_RECORDINGS):
            handler.read_body()
            self._serve_recording(handler)
            return
        version, category, method = _split_path(handler.path)
        raw = handler.read_body()
        try:
            parsed: Any = json.loads(raw.decode("utf-8"))
            valid = True
        except (UnicodeDecodeError, ValueError):
            parsed, valid = None, False
        body: dict[str, Any] = parsed if isinstance(parsed, dict) else {}
        entry = LoggedRequest(
            version=version,
            category=category,
            method=method,
            path=handler.path,
            body=body,
            params={k: v for k, v in body.items() if k not in _AUTH_FIELDS},
            headers=dict(handler.headers.items()),
            received_at=time.monotonic(),
            http_method=http_method,
            raw=raw,
        )
        with self._log_lock:
            self._log.append(entry)

        if http_method != "POST":
            handler.send_raw(
                405, html_page("405 Not Allowed"), "text/html", extra={"Allow": "POST"}
            )
            return
        fired = self._faults.take(method)
        slow = fired is not None and fired.fault is Fault.SLOW
        if slow and fired is not None and self._stopping.wait(fired.delay or _SLOW_DEFAULT):
            handler.send_json(200, self._finish(version, _error(ApiError(105))))
            return
        if fired is not None and fired.fault not in PROCESSING_FAULTS:
            self._send_fault(handler, fired, version)
            return

        op = _ROUTES.get((version, category, method))
        response = self._finish(version, self._respond(version, op, parsed if valid else None, raw))
        if fired is not None and fired.fault is Fault.BAD_SIGNATURE and version == "2.0":
            unsigned = {k: v for k, v in response.items() if k != "signature"}
            response["signature"] = phpjson.signature(self.secret + "-wrong", unsigned)
        encoded = encode_json(response)
        if fired is not None and fired.fault is Fault.TRUNCATED:
            encoded = encoded[: max(1, len(encoded) // 2)]
        handler.send_raw(200, encoded, "application/json; charset=utf-8")

    def _respond(self, version: str, op: str | None, parsed: Any, raw: bytes) -> dict[str, Any]:
        try:
            if op is None:
                raise ApiError(102, "Method not found")
            if not isinstance(parsed, dict):
                raise ApiError(103, "Not enough data: the body is not a JSON object")
            self._authenticate(version, parsed, raw)
            params = {k: v for k, v in parsed.items() if k not in _AUTH_FIELDS}
            return {"status": "success", **self.call(version, op, params)}
        except ApiError as refusal:
            return _error(refusal)
        except Exception:  # a bug in the simulation: answer 105, keep it for handler_errors()
            if self._server is not None:
                self._server.errors.append(traceback.format_exc())
            return _error(ApiError(105))

    def _authenticate(self, version: str, body: dict[str, Any], raw: bytes) -> None:
        key = body.get("key")
        if not _same(key, self.key):
            raise ApiError(121)
        if version == "4.0":
            secret = body.get("secret")
            if not _same(secret, self.secret):
                raise ApiError(121)
            return
        # As Binotel's PHP does it, from the bytes received: json_decode($body, true),
        # drop signature and key, ksort, md5($secret . json_encode(...)). Nothing here
        # comes from the client's encoder.
        try:
            decoded = phpjson.json_decode(raw)
        except phpjson.PhpJsonError:
            raise ApiError(121) from None
        if not isinstance(decoded, dict) or not phpjson.request_signature_ok(self.secret, decoded):
            raise ApiError(121)

    def _finish(self, version: str, response: dict[str, Any]) -> dict[str, Any]:
        """2.0 answers carry their own signature; 4.0 answers are unsigned."""
        if version != "2.0":
            return response
        return {**response, "signature": phpjson.signature(self.secret, response)}

    def _send_fault(self, handler: Handler, fired: FiredFault, version: str) -> None:
        fault = fired.fault
        if fault is Fault.RESET:
            handler.reset()
        elif fault is Fault.HTTP_500:
            handler.send_raw(500, html_page("500 Internal Server Error"), "text/html")
        elif fault is Fault.HTML_502:
            handler.send_raw(502, html_page("502 Bad Gateway"), "text/html")
        elif fault is Fault.HTTP_403:
            handler.send_raw(403, html_page("403 Forbidden"), "text/html")
        elif fault is Fault.EMPTY:
            handler.send_raw(200, b"", "application/json; charset=utf-8")
        elif fault is Fault.NOT_JSON:
            handler.send_raw(200, b"OK", "text/plain; charset=utf-8")
        elif fault is Fault.WRONG_SHAPE:
            handler.send_raw(200, b"[1,2,3]", "application/json; charset=utf-8")
        elif fault is Fault.RATE_LIMIT:
            wait = int(fired.delay) or 2
            refusal = ApiError(106, f"Too many requests. Try again after {wait} sec.")
            handler.send_json(200, self._finish(version, _error(refusal)))
        else:  # Fault.ERROR
            code = fired.code or 105
            message = fired.message or MESSAGES.get(code, "Error")
            handler.send_json(200, self._finish(version, _error(ApiError(code, message))))


def _same(given: object, expected: str) -> bool:
    """Constant-time comparison that also works for non-ASCII keys and secrets."""
    if not isinstance(given, str):
        return False
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def _error(refusal: ApiError) -> dict[str, Any]:
    return {"status": "error", "code": refusal.code, "message": refusal.message}


__all__ = ["FakePBX", "LoggedRequest", "is_loopback"]
