"""HTTP for the Binotel client: lent keep-alive sessions, deadlines, caps, retries.

``requests.Session`` is not thread-safe, so each request borrows an idle session from the
transport's pool (:mod:`.http`). Only read-only requests are retried; a call-starting
request goes out exactly once per call of :meth:`post`. Redirects are never followed.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from .errors import (
    Answer,
    BinotelError,
    ConfigError,
    NetworkError,
    NetworkKind,
    ProtocolError,
    RateLimitError,
    RequestTimeout,
    api_error,
)
from .http import (
    WATCHDOG,
    AnswerTooLarge,
    Deadline,
    SessionPool,
    deadline_scope,
    post_json,
    read_capped,
)
from .urls import check_base_url, is_loopback

log = logging.getLogger("calllauncher.binotel")

DEFAULT_BASE_URL = "https://api.binotel.com/api/"
CONNECT_TIMEOUT = 6.0
READ_TIMEOUT = 20.0
# Past connect + read timeouts: how long a trickling answer may still take, overall.
DEADLINE_MARGIN = 5.0
# The largest real answer (a big company's employee list, a number's whole history) is a
# few MiB; counted after decompression.
MAX_ANSWER_BYTES = 16 * 1024 * 1024
REDACTED_FIELDS = frozenset({"secret", "signature", "password", "sippassword"})


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
    """Turn raw HTTP into a success object, or raise one of the library's errors.

    ``hint``: no answer has been understood yet, so an odd one may be Binotel refusing an
    unregistered IP address (403 always may be)."""
    text = content.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text) if text else None
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict) and str(data.get("status", "")).lower() == "error":
        raise api_error(data.get("code"), data.get("message"))
    details = f"HTTP {status}, {content_type or 'no content type'}, {len(content)} bytes"
    if status != 200 or data is None:
        if not text:
            what = Answer.EMPTY
        elif _looks_like_html(content_type, text):
            what = Answer.HTML_PAGE
        elif data is None and text[:1] in "{[":
            what = Answer.INCOMPLETE
        else:
            what = Answer.NOT_DATA
        raise ProtocolError(
            what, http_status=status, details=details, may_be_ip_block=hint or status == 403
        )
    if not isinstance(data, dict) or str(data.get("status", "")).lower() != "success":
        raise ProtocolError(
            Answer.NO_SUCCESS,
            http_status=status,
            details=f"HTTP {status}, JSON {type(data).__name__} without a success status",
        )
    return data


def _looks_like_html(content_type: str, text: str) -> bool:
    head = text[:200].lower()
    return "html" in content_type.lower() or head.startswith(("<!doctype", "<html"))


def _network_error(exc: requests.RequestException, *, starts_call: bool) -> NetworkError:
    detail = type(exc).__name__
    if isinstance(exc, requests.exceptions.SSLError):
        return NetworkError(NetworkKind.TLS, details=detail)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return RequestTimeout(connecting=True, details=detail)  # nothing was sent
    if isinstance(exc, requests.exceptions.Timeout):
        return RequestTimeout(details=detail, may_have_started=starts_call)
    if isinstance(exc, requests.exceptions.ProxyError):
        return NetworkError(NetworkKind.PROXY, details=detail)
    lowered = str(exc).lower()
    if "nameresolution" in lowered or "getaddrinfo" in lowered or "name or service" in lowered:
        return NetworkError(NetworkKind.DNS, details=detail)
    if "refused" in lowered:
        return NetworkError(NetworkKind.REFUSED, details=detail)
    if any(w in lowered for w in ("reset", "aborted", "disconnected", "broken pipe", "chunked")):
        return NetworkError(NetworkKind.RESET, details=detail, may_have_started=starts_call)
    return NetworkError(NetworkKind.OTHER, details=detail, may_have_started=starts_call)


class Transport:
    """Posts JSON bodies to ``{base_url}{path}`` and returns decoded success objects."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        verify: bool | str = True,
        session_factory: Callable[[], requests.Session] = requests.Session,
        sleep: Callable[[float], None] | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        max_attempts: int = 3,
        max_rate_wait: float = 10.0,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        deadline_margin: float = DEADLINE_MARGIN,
    ) -> None:
        self.base_url = connect_target(base_url)
        session_factory, self.verify = _read_environment(self.base_url, verify, session_factory)
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_attempts = max(1, max_attempts)
        self.max_rate_wait = max_rate_wait
        self.max_answer_bytes = max_answer_bytes
        self.deadline_margin = deadline_margin
        self.sessions = SessionPool(session_factory)
        # Waits between retries end early when the transport is closed (quitting).
        self._closed = threading.Event()
        self._sleep = sleep or self._closed.wait
        self._answered_once = False
        self._inflight: set[Deadline] = set()
        self._cut = False  # close(cut=True) ended the requests under way
        self._inflight_lock = threading.Lock()

    def close(self, *, cut: bool = False) -> None:
        """End the waits between retries at once and drop idle connections. ``cut``
        (quitting) also cuts the requests under way: nobody is left for their answers.
        Switching accounts does not cut: a call start in flight must get its answer."""
        self._closed.set()
        self.sessions.close()
        if cut:
            self._cut = True
            with self._inflight_lock:
                inflight = list(self._inflight)
            for deadline in inflight:
                deadline.expire()

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
                retryable = isinstance(exc, NetworkError) and exc.kind != NetworkKind.TLS
                retryable = retryable or (
                    isinstance(exc, ProtocolError) and (exc.http_status or 0) >= 500
                )
                if attempt == attempts or not retryable:
                    raise
                wait = 0.25 * 2 ** (attempt - 1)
            if self._closed.is_set():
                raise NetworkError(NetworkKind.CLOSED)
            log.info("retrying %s in %.2fs (attempt %d of %d)", path, wait, attempt + 1, attempts)
            self._sleep(wait)
            if self._closed.is_set():  # closed during the wait: nothing more is sent
                raise NetworkError(NetworkKind.CLOSED)
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
        read = read_timeout or self.read_timeout
        if log.isEnabledFor(logging.DEBUG):
            log.debug("POST %s %s", path, json.dumps(redact(body), ensure_ascii=False))
        started = time.monotonic()
        deadline = WATCHDOG.arm(self.connect_timeout + read + self.deadline_margin)
        with self._inflight_lock:
            self._inflight.add(deadline)
        try:
            with self.sessions.lend() as session, deadline_scope(deadline):
                # Redirects are never followed: a redirect would re-send key and secret
                # (and a call start) to wherever the Location points.
                response = post_json(
                    session, url, body, timeout=(self.connect_timeout, read), verify=self.verify
                )
                try:
                    if response.is_redirect or 300 <= response.status_code < 400:
                        raise _redirect_error(response)
                    content = read_capped(response, self.max_answer_bytes, deadline)
                finally:
                    response.close()
        except AnswerTooLarge as exc:
            log.warning("%s refused: answer over %d bytes", path, exc.limit)
            raise ProtocolError(
                Answer.TOO_LARGE,
                http_status=response.status_code,
                details=f"answer over {exc.limit} bytes",
                may_have_started=starts_call,
            ) from None
        except requests.RequestException as exc:
            error = (
                NetworkError(NetworkKind.CLOSED, details="cut at quit")
                if deadline.expired and self._cut
                else RequestTimeout(details="overall deadline passed", may_have_started=starts_call)
                if deadline.expired
                else _network_error(exc, starts_call=starts_call)
            )
            log.warning("%s failed: %s (%s)", path, error.kind, error.details)
            raise error from None
        finally:
            WATCHDOG.disarm(deadline)
            with self._inflight_lock:
                self._inflight.discard(deadline)
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
            elif starts_call and _may_have_rung(exc):
                # The PBX (or something in front of it) answered, but not readably: the
                # call it was asked to start may be ringing.
                raise ProtocolError(
                    exc.what,
                    http_status=exc.http_status,
                    details=exc.details,
                    may_be_ip_block=exc.may_be_ip_block,
                    may_have_started=True,
                ) from None
            raise
        self._answered_once = True
        return data


def _may_have_rung(exc: ProtocolError) -> bool:
    """An unreadable answer to a call start: garbled, cut short, a proxy's error page. A
    4xx status is a refusal at the door (an unregistered address): nothing was started."""
    if exc.may_have_started or exc.what == Answer.REDIRECT:
        return False
    return exc.http_status is None or not 400 <= exc.http_status < 500


def _redirect_error(response: requests.Response) -> ProtocolError:
    target = urlsplit(response.headers.get("Location", ""))
    where = f"{target.scheme}://{target.hostname}" if target.hostname else "another address"
    return ProtocolError(
        Answer.REDIRECT,
        http_status=response.status_code,
        details=f"HTTP {response.status_code} redirect to {where}, not followed",
    )


def _read_environment(
    base_url: str, verify: bool | str, factory: Callable[[], requests.Session]
) -> tuple[Callable[[], requests.Session], bool | str]:
    """The session factory and ``verify`` to use, with the environment read once per client
    (a sign-in or a settings change makes a new one) instead of on every request.

    requests looks proxies up, reads ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE`` and stats
    ~/.netrc on every request, and each stat hands the GIL to the GUI thread just before a
    call start is sent. When no proxy applies to ``base_url``, the sessions stop asking
    and the CA bundle the environment names (with ``verify=True``) is taken here, as
    requests would take it; a proxy that applies keeps requests' own handling. ~/.netrc
    is never wanted: the key and secret travel in the body."""
    if requests.utils.get_environ_proxies(base_url):
        return factory, verify
    if verify is True:
        verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True

    def quiet() -> requests.Session:
        session = factory()
        session.trust_env = False
        return session

    return quiet, verify


def connect_target(base_url: str) -> str:
    """``base_url`` checked as ``requests`` itself will read it, so the host that is checked
    is the host that is connected to (urlsplit and urllib3 disagree on ``a\\@b``)."""
    light = check_base_url(base_url)
    try:
        parsed = parse_url(light)
    except LocationParseError:
        raise ConfigError(f"The API URL {base_url!r} is not a web address.") from None
    host = (parsed.host or "").strip("[]").lower()
    if parsed.auth or host != (urlsplit(light).hostname or "").lower():
        raise ConfigError(f"The API URL {base_url!r} is not a plain web address.")
    if parsed.scheme == "http" and not is_loopback(host):
        raise ConfigError(
            "The API URL must start with https:// — the secret would travel unencrypted."
        )
    return light
