"""Failures as sentences a receptionist understands, translated, with facts for support."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ..binotel import errors as e
from ..translation import Context, translate

Errors = Context("Errors")  # for counts; lupdate takes the name as the context


@dataclass(frozen=True, slots=True)
class Failure:
    sentence: str
    details: str = ""
    kind: str = "error"  # "error" | "warning"
    # The facts behind the sentence (:func:`facts_of`), for the history to store: it
    # words them again in the language of the day it is read (:func:`stored_sentence`).
    facts: str = ""


def code_sentence(code: int | None, pbx_message: str) -> str:
    sentences = {
        102: translate(
            "Errors",
            "The PBX does not know this operation. Check the API version in the settings "
            "or update the app.",
        ),
        103: translate(
            "Errors", "The PBX says some required information is missing from the request."
        ),
        104: translate(
            "Errors",
            "The PBX rejected a value in the request. Check the numbers; if they are "
            "right, ask your administrator whether API calls are enabled for this line.",
        ),
        105: translate("Errors", "The PBX had an internal fault. Try again in a minute."),
        120: translate(
            "Errors", "Your company's Binotel account is disabled. Contact Binotel support."
        ),
        121: translate(
            "Errors",
            "The API key or secret is wrong. Sign in again with the key and secret from "
            "your Binotel account.",
        ),
        150: translate(
            "Errors",
            "Your phone did not answer or is offline. Check that your desk phone is "
            "connected, and pick up when it rings.",
        ),
        151: translate(
            "Errors",
            "The PBX could not reach the number you called. Check the number and try again.",
        ),
    }
    said = _pbx_words(pbx_message)
    if code == 104 and said:
        # The PBX named what was wrong (an unknown voice menu, a call already over):
        # that, not the guess about the numbers.
        return translate("Errors", "The PBX rejected a value in the request: {reason}").format(
            reason=said
        )
    if code in sentences:
        return sentences[code]
    return translate("Errors", "The PBX refused the request ({reason}).").format(
        reason=pbx_message.strip() or translate("Errors", "no reason given")
    )


_GENERIC = {"", "wrong data", "wrong data.", "bad data", "error"}


def _pbx_words(message: str) -> str:
    """What the PBX said beyond its code's bare name ("" when nothing more): "Wrong data:
    ivrName (no such voice menu)" -> "ivrName (no such voice menu)"."""
    text = " ".join(message.split())
    if text.casefold() in _GENERIC:
        return ""
    head, colon, rest = text.partition(":")
    if colon and head.strip().casefold() in _GENERIC and rest.strip():
        text = rest.strip()
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def pbx_details(exc: e.ApiError) -> str:
    """The facts for support, in the user's words around the PBX's own: "PBX code 104: ..."."""
    code = "?" if exc.code is None else str(exc.code)
    return (
        translate("Errors", "PBX code {code}: {message}")
        .format(code=code, message=exc.pbx_message)
        .strip()
    )


_SIZE_RE = re.compile(r"\b(\d+) bytes\b")


def protocol_details(details: str) -> str:
    """The library's facts on an odd answer ("HTTP 502, text/html, 150 bytes"), with the
    words around the numbers in the user's language."""
    details = details.replace("no content type", translate("Errors", "no content type"))
    return _SIZE_RE.sub(lambda m: Errors.tr("%n bytes", None, int(m.group(1))), details)


def _may_have_started(own_phone: bool = True) -> str:
    if not own_phone:  # two numbers, an announcement, a voice menu: no desk phone rings
        return " " + translate(
            "Errors",
            "The call may still have started: wait a minute and look for it in the Binotel "
            "call list before trying again, so nobody is called twice.",
        )
    return " " + translate(
        "Errors", "The call may still have started: check your phone before trying again."
    )


def network_sentence(exc: e.NetworkError, *, own_phone: bool = True) -> str:
    """What a network failure means for the person at the desk (facts: ``exc.kind``)."""
    kind = exc.kind
    if kind == e.NetworkKind.TLS:
        return translate(
            "Errors",
            "The PBX's certificate could not be verified, so the connection is not "
            "safe. If your office uses an inspecting proxy, set its CA bundle in "
            "the settings.",
        )
    if kind == e.NetworkKind.DNS:
        return translate(
            "Errors", "The PBX's address could not be found. Check your internet connection."
        )
    if kind == e.NetworkKind.REFUSED:
        return translate(
            "Errors",
            "Could not connect to the PBX. Check your internet connection and the API address.",
        )
    if kind == e.NetworkKind.PROXY:
        return translate(
            "Errors", "The proxy server refused the connection. Check the proxy settings."
        )
    if kind == e.NetworkKind.CONNECT_TIMEOUT:
        return translate(
            "Errors", "Could not reach the PBX in time. Check your internet connection."
        )
    if kind == e.NetworkKind.TIMEOUT:
        sentence = translate("Errors", "The PBX did not answer in time.")
    elif kind == e.NetworkKind.RESET:
        sentence = translate("Errors", "The connection to the PBX was cut off.")
    else:
        sentence = translate("Errors", "Could not talk to the PBX. Check your internet connection.")
    return sentence + (_may_have_started(own_phone) if exc.may_have_started else "")


def protocol_sentence(exc: e.ProtocolError, *, own_phone: bool = True) -> str:
    """What an answer that is not data means (facts: ``exc.what``, the HTTP status, and
    whether an unregistered IP address may be why)."""
    if exc.what == e.Answer.REDIRECT:
        return translate(
            "Errors",
            "The PBX's address sent the app somewhere else instead of answering, so nothing "
            "was sent there. Check the API address in the settings.",
        )
    if exc.what == e.Answer.TOO_LARGE:
        sentence = translate(
            "Errors",
            "The PBX sent an answer far too large to be real, so the app stopped reading it.",
        )
    elif exc.what == e.Answer.BAD_SIGNATURE:
        sentence = translate(
            "Errors", "The PBX's answer failed its signature check, so it was not trusted."
        )
    elif exc.http_status and exc.http_status != 200:
        sentence = translate("Errors", "The PBX did not answer properly (HTTP {status}).").format(
            status=exc.http_status
        )
    else:
        sentence = translate("Errors", "The PBX sent an answer the app does not understand.")
    if exc.may_have_started:
        sentence += _may_have_started(own_phone)
    if exc.may_be_ip_block:
        sentence += " " + translate(
            "Errors",
            "If this computer's IP address is not registered with "
            "Binotel, ask Binotel support to add it.",
        )
    return sentence


def signed_out() -> Failure:
    """A call asked for while no account is signed in."""
    return Failure(
        translate("Errors", "Sign in first: the app has no account to call with."),
        facts=json.dumps({"t": "signed-out"}),
    )


def facts_of(exc: BaseException, *, own_phone: bool = True) -> str:
    """The facts of a failure as a short JSON text (no sentence, no secret: codes, kinds
    and the PBX's own message only)."""
    facts: dict[str, object]
    if isinstance(exc, e.RateLimitError):
        facts = {"t": "rate", "wait": int(exc.retry_after)}
    elif isinstance(exc, e.ApiError):
        facts = {"t": "api", "code": exc.code, "said": exc.pbx_message[:500]}
    elif isinstance(exc, e.NetworkError):
        facts = {"t": "net", "kind": str(exc.kind), "started": exc.may_have_started}
    elif isinstance(exc, e.ProtocolError):
        facts = {
            "t": "answer",
            "what": str(exc.what),
            "http": exc.http_status,
            "ip": exc.may_be_ip_block,
            "started": exc.may_have_started,
        }
    else:
        return ""  # a config problem or a bug: its sentence is stored as it was said
    facts["own"] = own_phone
    return json.dumps(facts, ensure_ascii=False)


def stored_sentence(stored: str) -> str:
    """What a history row's stored failure says, in today's language: facts are worded
    again (:func:`facts_of`); an older row's sentence is shown as it was stored."""
    if not stored.startswith("{"):
        return stored
    try:
        facts = json.loads(stored)
        kind = facts["t"]
        own = bool(facts.get("own", True))
        exc: BaseException
        if kind == "signed-out":
            return signed_out().sentence
        if kind == "rate":
            exc = e.api_error(106, f"after {int(facts['wait'])} sec")
        elif kind == "api":
            exc = e.api_error(facts.get("code"), str(facts.get("said", "")))
        elif kind == "net":
            exc = e.NetworkError(
                e.NetworkKind(facts["kind"]), may_have_started=bool(facts.get("started"))
            )
        elif kind == "answer":
            exc = e.ProtocolError(
                e.Answer(facts["what"]),
                http_status=facts.get("http"),
                may_be_ip_block=bool(facts.get("ip")),
                may_have_started=bool(facts.get("started")),
            )
        else:
            return stored
    except (ValueError, KeyError, TypeError):
        return stored  # not facts after all: shown as it is
    return describe(exc, own_phone=own).sentence


def describe(exc: BaseException, *, own_phone: bool = True) -> Failure:
    """Turn any exception from a task into a Failure. Never shows a secret: the library's
    exceptions hold none, and anything unexpected is shown by its type only. ``own_phone``:
    the failed request was a call that rings the user's desk phone first (where a call
    that may have started is seen)."""
    facts = facts_of(exc, own_phone=own_phone)
    if isinstance(exc, e.RateLimitError):
        return Failure(
            Errors.tr(
                "Too many requests to the PBX in a short time. Wait %n seconds and try again.",
                None,
                int(exc.retry_after),
            ),
            pbx_details(exc),
            "warning",
            facts,
        )
    if isinstance(exc, e.ApiError):
        return Failure(code_sentence(exc.code, exc.pbx_message), pbx_details(exc), facts=facts)
    if isinstance(exc, e.NetworkError):
        return Failure(network_sentence(exc, own_phone=own_phone), exc.details, facts=facts)
    if isinstance(exc, e.ProtocolError):
        return Failure(
            protocol_sentence(exc, own_phone=own_phone),
            protocol_details(exc.details),
            facts=facts,
        )
    if isinstance(exc, e.ConfigError):
        return Failure(exc.message)
    return Failure(
        translate(
            "Errors",
            "Something went wrong inside the app. Try again; if it keeps happening, send "
            "the log file to support.",
        ),
        type(exc).__name__,
    )
