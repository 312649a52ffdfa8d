"""One exception family for everything that can go wrong talking to the PBX.

Every exception carries a plain-language ``message`` (a sentence a receptionist
understands) and ``details`` (code and HTTP facts for support). None of them ever
holds the API secret: messages are built from our own text, the PBX's message and
HTTP facts, never from a request body.
"""

from __future__ import annotations

import re

# What a receptionist should read for each documented PBX code. The UI translates by
# code; these English sentences are the library's and the command line's.
CODE_SENTENCES: dict[int, str] = {
    102: "The PBX does not know this operation. Check the API version in the settings "
    "or update the app.",
    103: "The PBX says some required information is missing from the request.",
    104: "The PBX rejected a value in the request. Check the numbers; if they are right, "
    "ask your administrator whether API calls are enabled for this line.",
    105: "The PBX had an internal fault. Try again in a minute.",
    106: "Too many requests to the PBX in a short time. Wait a moment and try again.",
    120: "Your company's Binotel account is disabled. Contact Binotel support.",
    121: "The API key or secret is wrong. Sign in again with the key and secret from "
    "your Binotel account.",
    150: "Your phone did not answer or is offline. Check that your desk phone is "
    "connected, and pick up when it rings.",
    151: "The PBX could not reach the number you called. Check the number and try again.",
}

IP_HINT = (
    "If this computer's IP address is not registered with Binotel, ask Binotel support to add it."
)

_WAIT_RE = re.compile(r"(\d+)\s*(?:sec|сек|s\b)", re.IGNORECASE)
# The longest wait taken from a 106 message: "after 99999999999 sec." must not become a
# timer that overflows or a session that never polls again.
MAX_RETRY_AFTER = 600.0


class BinotelError(Exception):
    """Base of every error the library raises."""

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
        sentence = CODE_SENTENCES.get(code) if code is not None else None
        if sentence is None:
            said = pbx_message.strip() or "no reason given"
            sentence = f"The PBX refused the request ({said})."
        details = f"PBX code {code if code is not None else '?'}: {pbx_message}".strip()
        super().__init__(sentence, details=details)


class AuthError(ApiError):
    """Wrong key or secret (code 121)."""


class RateLimitError(ApiError):
    """Code 106. ``retry_after`` is the wait the PBX asked for, in seconds."""

    def __init__(self, code: int | None, pbx_message: str) -> None:
        super().__init__(code, pbx_message)
        match = _WAIT_RE.search(pbx_message)
        asked = float(match.group(1)) if match else 5.0
        self.retry_after: float = min(max(asked, 1.0), MAX_RETRY_AFTER)
        self.message = (
            f"Too many requests to the PBX in a short time. Wait {int(self.retry_after)} "
            "seconds and try again."
        )
        self.args = (self.message,)


class NetworkError(BinotelError):
    """The PBX could not be reached: refused, DNS, TLS, reset, timeout."""

    def __init__(self, message: str, *, kind: str, details: str = "") -> None:
        super().__init__(message, details=details)
        self.kind = kind  # "refused" | "dns" | "tls" | "reset" | "timeout" | "other"


class RequestTimeout(NetworkError):
    """No answer in time. For a call-starting request the call MAY have started."""

    def __init__(self, message: str, *, details: str = "") -> None:
        super().__init__(message, kind="timeout", details=details)


class ProtocolError(BinotelError):
    """The PBX answered, but not in a form we understand (HTML page, bad JSON...)."""

    def __init__(self, message: str, *, http_status: int | None = None, details: str = "") -> None:
        super().__init__(message, details=details)
        self.http_status = http_status


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
