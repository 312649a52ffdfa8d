"""HTTP for the Binotel client: one keep-alive session per thread, timeouts, retries.

``requests.Session`` is not thread-safe, so each thread that uses a :class:`Transport`
gets its own session (kept alive for reuse by that thread). Only read-only requests are
retried; a call-starting request goes out exactly once per call of :meth:`post`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from .errors import (
    IP_HINT,
    BinotelError,
    NetworkError,
    ProtocolError,
    RateLimitError,
    RequestTimeout,
    api_error,
)
from .urls import check_base_url

log = logging.getLogger("calllauncher.binotel")

DEFAULT_BASE_URL = "https://api.binotel.com/api/"
CONNECT_TIMEOUT = 6.0
READ_TIMEOUT = 20.0
REDACTED_FIELDS = frozenset({"secret", "signature", "password", "sippassword"})
MAY_HAVE_STARTED = " The call may still have started: check your phone before trying again."


def redact(value: Any) -> Any:
    """A copy of a body that is safe to log: secrets and SIP passwords masked."""
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for k, v in value.items():
            key = str(k).lower()
            if key in REDACTED_FIELDS or "pass" in key:
                out[k] = "***"
            elif key == "key" and isinstance(v, str):
                out[k] = v[:4] + "…"
            else:
                out[k] = redact(v)
        return out
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def parse_response(status: int, content_type: str, content: bytes, *, hint: bool) -> dict[str, Any]:
    """Turn raw HTTP into a success object, or raise one of the library's errors."""
    # 403 is what an address Binotel has not registered most likely sees.
    extra = " " + IP_HINT if hint or status == 403 else ""
    text = content.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text) if text else None
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict) and str(data.get("status", "")).lower() == "error":
        raise api_error(data.get("code"), data.get("message"))
    if status != 200:
        what = "an error page" if _looks_like_html(content_type, text) else "no usable data"
        raise ProtocolError(
            f"The PBX did not answer properly (HTTP {status}: {what}).{extra}",
            http_status=status,
            details=f"HTTP {status}, {content_type or 'no content type'}, {len(content)} bytes",
        )
    if data is None:
        if not text:
            what = "an empty answer"
        elif _looks_like_html(content_type, text):
            what = "a web page instead of data"
        elif text[:1] in "{[":
            what = "an incomplete answer"
        else:
            what = "an answer that is not data"
        raise ProtocolError(
            f"The PBX did not answer properly ({what}).{extra}",
            http_status=status,
            details=f"HTTP {status}, {content_type or 'no content type'}, {len(content)} bytes",
        )
    if not isinstance(data, dict) or str(data.get("status", "")).lower() != "success":
        raise ProtocolError(
            "The PBX sent an answer the app does not understand.",
            http_status=status,
            details=f"HTTP {status}, JSON {type(data).__name__} without a success status",
        )
    return data


def _looks_like_html(content_type: str, text: str) -> bool:
    head = text[:200].lower()
    return "html" in content_type.lower() or head.startswith(("<!doctype", "<html"))


def _network_error(exc: requests.RequestException, *, starts_call: bool) -> NetworkError:
    maybe = MAY_HAVE_STARTED if starts_call else ""
    detail = type(exc).__name__
    if isinstance(exc, requests.exceptions.SSLError):
        return NetworkError(
            "The PBX's certificate could not be verified, so the connection is not safe. "
            "If your office uses an inspecting proxy, set its CA bundle in the settings.",
            kind="tls",
            details=detail,
        )
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return RequestTimeout(
            "Could not reach the PBX in time. Check your internet connection.", details=detail
        )
    if isinstance(exc, requests.exceptions.Timeout):
        return RequestTimeout("The PBX did not answer in time." + maybe, details=detail)
    if isinstance(exc, requests.exceptions.ProxyError):
        return NetworkError(
            "The proxy server refused the connection. Check the proxy settings.",
            kind="refused",
            details=detail,
        )
    text = str(exc)
    lowered = text.lower()
    if "nameresolution" in lowered or "getaddrinfo" in lowered or "name or service" in lowered:
        return NetworkError(
            "The PBX's address could not be found. Check your internet connection.",
            kind="dns",
            details=detail,
        )
    if "refused" in lowered:
        return NetworkError(
            "Could not connect to the PBX (connection refused). Check your internet "
            "connection and the API address.",
            kind="refused",
            details=detail,
        )
    if any(w in lowered for w in ("reset", "aborted", "disconnected", "broken pipe", "chunked")):
        return NetworkError(
            "The connection to the PBX was cut off." + maybe, kind="reset", details=detail
        )
    return NetworkError(
        "Could not talk to the PBX. Check your internet connection." + maybe,
        kind="other",
        details=detail,
    )


class Transport:
    """Posts JSON bodies to ``{base_url}{path}`` and returns decoded success objects."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        verify: bool | str = True,
        session_factory: Callable[[], requests.Session] = requests.Session,
        sleep: Callable[[float], None] = time.sleep,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        max_attempts: int = 3,
        max_rate_wait: float = 10.0,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.verify = verify
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_attempts = max(1, max_attempts)
        self.max_rate_wait = max_rate_wait
        self._session_factory = session_factory
        self._sleep = sleep
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._answered_once = False

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._session_factory()
            session.headers["Content-Type"] = "application/json"
            session.headers["Accept"] = "application/json"
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()
        self._local = threading.local()

    def post(
        self,
        path: str,
        body: Mapping[str, Any],
        *,
        starts_call: bool,
        read_timeout: float | None = None,
        check: Callable[[dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        """Send one request; read-only ones are retried with bounded backoff."""
        attempts = 1 if starts_call else self.max_attempts
        for attempt in range(1, attempts + 1):
            try:
                return self._post_once(path, body, starts_call, read_timeout, check)
            except RateLimitError as exc:
                if attempt == attempts or exc.retry_after > self.max_rate_wait:
                    raise
                wait = exc.retry_after
            except (NetworkError, ProtocolError) as exc:
                retryable = isinstance(exc, NetworkError) and exc.kind != "tls"
                retryable = retryable or (
                    isinstance(exc, ProtocolError) and (exc.http_status or 0) >= 500
                )
                if attempt == attempts or not retryable:
                    raise
                wait = 0.25 * 2 ** (attempt - 1)
            log.info("retrying %s in %.2fs (attempt %d of %d)", path, wait, attempt + 1, attempts)
            self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _post_once(
        self,
        path: str,
        body: Mapping[str, Any],
        starts_call: bool,
        read_timeout: float | None,
        check: Callable[[dict[str, Any]], None] | None,
    ) -> dict[str, Any]:
        url = self.base_url + path
        timeout = (self.connect_timeout, read_timeout or self.read_timeout)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("POST %s %s", path, json.dumps(redact(body), ensure_ascii=False))
        started = time.monotonic()
        try:
            response = self._session().post(
                url, json=dict(body), timeout=timeout, verify=self.verify
            )
            try:
                content = response.content
            finally:
                response.close()
        except requests.RequestException as exc:
            error = _network_error(exc, starts_call=starts_call)
            log.warning("%s failed: %s (%s)", path, error.kind, error.details)
            raise error from None
        log.debug(
            "%s -> HTTP %d, %d bytes in %.0f ms",
            path,
            response.status_code,
            len(content),
            (time.monotonic() - started) * 1000,
        )
        try:
            data = parse_response(
                response.status_code,
                response.headers.get("Content-Type", ""),
                content,
                hint=not self._answered_once,
            )
            if check is not None:
                check(data)
        except BinotelError as exc:
            log.warning("%s refused: %s", path, exc.details or exc.message)
            if not isinstance(exc, ProtocolError):
                self._answered_once = True
            raise
        self._answered_once = True
        return data
