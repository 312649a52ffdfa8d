"""Failures as sentences a receptionist understands, translated, with facts for support."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..binotel import errors as e


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


@dataclass(frozen=True, slots=True)
class Failure:
    sentence: str
    details: str = ""
    kind: str = "error"  # "error" | "warning"


def code_sentence(code: int | None, pbx_message: str) -> str:
    sentences = {
        102: _tr(
            "The PBX does not know this operation. Check the API version in the settings "
            "or update the app."
        ),
        103: _tr("The PBX says some required information is missing from the request."),
        104: _tr(
            "The PBX rejected a value in the request. Check the numbers; if they are "
            "right, ask your administrator whether API calls are enabled for this line."
        ),
        105: _tr("The PBX had an internal fault. Try again in a minute."),
        120: _tr("Your company's Binotel account is disabled. Contact Binotel support."),
        121: _tr(
            "The API key or secret is wrong. Sign in again with the key and secret from "
            "your Binotel account."
        ),
        150: _tr(
            "Your phone did not answer or is offline. Check that your desk phone is "
            "connected, and pick up when it rings."
        ),
        151: _tr("The PBX could not reach the number you called. Check the number and try again."),
    }
    if code in sentences:
        return sentences[code]
    return _tr("The PBX refused the request ({reason}).").format(
        reason=pbx_message.strip() or _tr("no reason given")
    )


def describe(exc: BaseException, *, starts_call: bool = False) -> Failure:
    """Turn any exception from a task into a Failure. Never shows a secret: the library's
    exceptions hold none, and anything unexpected is shown by its type only."""
    maybe = (
        " " + _tr("The call may still have started: check your phone before trying again.")
        if starts_call
        else ""
    )
    if isinstance(exc, e.RateLimitError):
        return Failure(
            _tr(
                "Too many requests to the PBX in a short time. Wait {n} seconds and try again."
            ).format(n=int(exc.retry_after)),
            exc.details,
            "warning",
        )
    if isinstance(exc, e.ApiError):
        return Failure(code_sentence(exc.code, exc.pbx_message), exc.details)
    if isinstance(exc, e.RequestTimeout):
        return Failure(_tr("The PBX did not answer in time.") + maybe, exc.details)
    if isinstance(exc, e.NetworkError):
        sentence = {
            "tls": _tr(
                "The PBX's certificate could not be verified, so the connection is not "
                "safe. If your office uses an inspecting proxy, set its CA bundle in "
                "the settings."
            ),
            "dns": _tr("The PBX's address could not be found. Check your internet connection."),
            "refused": _tr(
                "Could not connect to the PBX. Check your internet connection and the API address."
            ),
            "reset": _tr("The connection to the PBX was cut off.") + maybe,
        }.get(exc.kind, _tr("Could not talk to the PBX. Check your internet connection.") + maybe)
        return Failure(sentence, exc.details)
    if isinstance(exc, e.ProtocolError):
        if exc.http_status and exc.http_status != 200:
            sentence = _tr("The PBX did not answer properly (HTTP {status}).").format(
                status=exc.http_status
            )
        else:
            sentence = _tr("The PBX sent an answer the app does not understand.")
        if e.IP_HINT in exc.message:
            sentence += " " + _tr(
                "If this computer's IP address is not registered with "
                "Binotel, ask Binotel support to add it."
            )
        return Failure(sentence, exc.details)
    if isinstance(exc, e.ConfigError):
        return Failure(exc.message)
    return Failure(
        _tr(
            "Something went wrong inside the app. Try again; if it keeps happening, send "
            "the log file to support."
        ),
        type(exc).__name__,
    )
