"""One exception family for everything that can go wrong talking to the PBX.

Every exception carries facts: the PBX's code and its own message (:class:`ApiError`), what
kind of network failure (:class:`NetworkKind`), what the PBX sent instead of data
(:class:`Answer`), whether an unregistered IP address may be the cause, whether a call may
have started anyway. ``str(exc)`` is a short plain English line built from those facts, for
library users and logs; the app words the facts itself (``calllauncher.wording``). ``details``
holds code and HTTP facts for support. None of them ever holds the API secret: they are
built from our own text, the PBX's message and HTTP facts, never from a request body.
"""

from __future__ import annotations

import re
from enum import StrEnum

_WAIT_RE = re.compile(r"(\d+)\s*(?:sec|сек|s\b)", re.IGNORECASE)
# The longest wait taken from a 106 message: "after 99999999999 sec." must not become a
# timer that overflows or a session that never polls again.
MAX_RETRY_AFTER = 600.0
_MAY_HAVE_STARTED = " (the call may still have started)"


class NetworkKind(StrEnum):
    """Why the PBX could not be reached."""

    REFUSED = "refused"  # nothing listens there
    DNS = "dns"  # the name was not found
    TLS = "tls"  # the certificate could not be verified
    PROXY = "proxy"  # the proxy server refused
    CONNECT_TIMEOUT = "connect-timeout"  # no connection in time: nothing was sent
    TIMEOUT = "timeout"  # sent, but no answer in time
    RESET = "reset"  # the connection was cut off
    CLOSED = "closed"  # the client is closing
    OTHER = "other"


class Answer(StrEnum):
    """What the PBX sent instead of usable data (:attr:`ProtocolError.what`)."""

    HTML_PAGE = "html page"
    EMPTY = "empty"
    INCOMPLETE = "incomplete"  # JSON cut short
    NOT_DATA = "not data"  # text that is not JSON, or JSON of no use
    NO_SUCCESS = "no success"  # JSON without a success status
    TOO_LARGE = "too large"
    REDIRECT = "redirect"  # not followed: it would re-send the key and secret
    BAD_SIGNATURE = "bad signature"  # a 2.0 answer that failed its signature check
    BAD_SHAPE = "bad shape"  # a list in a form no Binotel version sends


_NETWORK_WORDS: dict[NetworkKind, str] = {
    NetworkKind.REFUSED: "connection refused",
    NetworkKind.DNS: "the PBX's address was not found",
    NetworkKind.TLS: "the PBX's certificate could not be verified",
    NetworkKind.PROXY: "the proxy server refused the connection",
    NetworkKind.CONNECT_TIMEOUT: "could not connect to the PBX in time",
    NetworkKind.TIMEOUT: "the PBX did not answer in time",
    NetworkKind.RESET: "the connection to the PBX was cut off",
    NetworkKind.CLOSED: "the client is closing",
    NetworkKind.OTHER: "could not talk to the PBX",
}

_ANSWER_WORDS: dict[Answer, str] = {
    Answer.HTML_PAGE: "a web page instead of data",
    Answer.EMPTY: "an empty answer",
    Answer.INCOMPLETE: "an incomplete answer",
    Answer.NOT_DATA: "an answer that is not data",
    Answer.NO_SUCCESS: "an answer without a success status",
    Answer.TOO_LARGE: "an answer far too large to be real (not read)",
    Answer.REDIRECT: "a redirect somewhere else (not followed)",
    Answer.BAD_SIGNATURE: "an answer that failed its signature check",
    Answer.BAD_SHAPE: "a list in a form the library does not understand",
}


class BinotelError(Exception):
    """Base of every error the library raises. ``may_have_started``: a call-starting
    request left and its fate is unknown (a timeout or a cut connection after sending)."""

    may_have_started = False

    def __init__(self, message: str, *, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class ConfigError(BinotelError, ValueError):
    """The client was set up wrongly (plain http to a remote host, bad version...)."""


class ApiError(BinotelError):
    """The PBX answered and refused: ``{"status": "error", "code": N, ...}``."""

    def __init__(self, code: int | None, pbx_message: str) -> None:
        self.code = code
        self.pbx_message = pbx_message
        details = f"PBX code {code if code is not None else '?'}: {pbx_message}".strip()
        said = pbx_message.strip() or "no reason given"
        shown = "?" if code is None else code
        super().__init__(f"The PBX refused the request (code {shown}: {said}).", details=details)


class AuthError(ApiError):
    """Wrong key or secret (code 121)."""


class RateLimitError(ApiError):
    """Code 106. ``retry_after`` is the wait the PBX asked for, in seconds."""

    def __init__(self, code: int | None, pbx_message: str) -> None:
        super().__init__(code, pbx_message)
        match = _WAIT_RE.search(pbx_message)
        asked = float(match.group(1)) if match else 5.0
        self.retry_after: float = min(max(asked, 1.0), MAX_RETRY_AFTER)
        self.message = self.message.removesuffix(".") + f"; wait {int(self.retry_after)} s."
        self.args = (self.message,)


class NetworkError(BinotelError):
    """The PBX could not be reached: refused, DNS, TLS, reset, timeout."""

    def __init__(
        self, kind: NetworkKind, *, details: str = "", may_have_started: bool = False
    ) -> None:
        self.kind = kind
        self.may_have_started = may_have_started
        words = _NETWORK_WORDS[kind].capitalize()
        super().__init__(
            words + (_MAY_HAVE_STARTED if may_have_started else "") + ".", details=details
        )


class RequestTimeout(NetworkError):
    """No answer in time. For a call-starting request the call MAY have started (unless
    no connection was made: ``kind`` is ``CONNECT_TIMEOUT``)."""

    def __init__(
        self,
        *,
        connecting: bool = False,
        details: str = "",
        may_have_started: bool = False,
    ) -> None:
        kind = NetworkKind.CONNECT_TIMEOUT if connecting else NetworkKind.TIMEOUT
        super().__init__(kind, details=details, may_have_started=may_have_started)


class ProtocolError(BinotelError):
    """The PBX answered, but not in a form we understand. ``what`` says what it sent;
    ``may_be_ip_block``: Binotel answers unregistered addresses like this (a 403 page, or
    anything but data before the first real answer)."""

    def __init__(
        self,
        what: Answer,
        *,
        http_status: int | None = None,
        details: str = "",
        may_be_ip_block: bool = False,
        may_have_started: bool = False,
    ) -> None:
        self.what = what
        self.http_status = http_status
        self.may_be_ip_block = may_be_ip_block
        self.may_have_started = may_have_started
        status = f"HTTP {http_status}: " if http_status and http_status != 200 else ""
        text = f"The PBX did not answer properly ({status}{_ANSWER_WORDS[what]})"
        if may_have_started:
            text += _MAY_HAVE_STARTED
        if may_be_ip_block:
            text += "; is this computer's IP address registered with Binotel?"
        super().__init__(text + ".", details=details)


def api_error(code: object, message: object) -> ApiError:
    """Build the right ApiError subclass from loosely typed response fields."""
    number: int | None
    try:
        number = int(str(code).strip())
    except ValueError:
        number = None
    text = message if isinstance(message, str) else ("" if message is None else str(message))
    if number == 106:
        return RateLimitError(number, text)
    if number == 121:
        return AuthError(number, text)
    return ApiError(number, text)
