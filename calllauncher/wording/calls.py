"""Translated words for call kinds, states and durations, shared by the window and the
command line (Qt Core only, no widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..callkinds import ANNOUNCE, BRIDGE, CALL, IVR
from ..callstate import DIALLING, QUEUED, SENDING, TALKING, WAITING, CallState, clock
from ..translation import Context, translate

if TYPE_CHECKING:
    from ..binotel.models import CallDetails, Employee

Wording = Context("Wording")  # for counts; lupdate takes the name as the context


def kind_name(kind: str) -> str:
    return {
        CALL: translate("Wording", "Call"),
        BRIDGE: translate("Wording", "Two numbers"),
        ANNOUNCE: translate("Wording", "Announcement"),
        IVR: translate("Wording", "Voice menu"),
    }.get(kind, kind)


DISPOSITIONS = (
    "ANSWER",
    "TRANSFER",
    "BUSY",
    "NOANSWER",
    "CANCEL",
    "CONGESTION",
    "CHANUNAVAIL",
    "FAILED",
    "VM",
    "VM-SUCCESS",
    "LEFT_AT_QUIT",
)


def outcome(disposition: str) -> str:
    return {
        "ANSWER": translate("Wording", "answered"),
        "TRANSFER": translate("Wording", "transferred"),
        "BUSY": translate("Wording", "busy"),
        "NOANSWER": translate("Wording", "no answer"),
        "CANCEL": translate("Wording", "cancelled"),
        "CONGESTION": translate("Wording", "network busy"),
        "CHANUNAVAIL": translate("Wording", "unreachable"),
        "FAILED": translate("Wording", "failed"),
        "VM": translate("Wording", "voicemail"),
        "VM-SUCCESS": translate("Wording", "voicemail left"),
        "LEFT_AT_QUIT": translate("Wording", "still going when the app was closed"),
    }.get(disposition, disposition.lower() or translate("Wording", "ended"))


def duration(seconds: int) -> str:
    """``151`` -> "2 minutes 31 seconds" (plural forms per language); the live timer keeps
    the clock form ("2:31")."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(Wording.tr("%n hours", "duration", hours))
    if minutes:
        parts.append(Wording.tr("%n minutes", "duration", minutes))
    if secs or not parts:
        parts.append(Wording.tr("%n seconds", "duration", secs))
    return " ".join(parts)


def state_text(state: CallState, kind: str = CALL) -> str:
    if state.phase == WAITING:
        return translate("Wording", "starting…")
    if state.phase == DIALLING:
        if kind == CALL:
            return translate("Wording", "ringing your phone…")
        return translate("Wording", "dialling…")
    if state.phase == TALKING:
        return translate("Wording", "talking {time}").format(time=clock(state.seconds))
    if state.answered:
        return translate("Wording", "ended: {outcome}, {duration}").format(
            outcome=outcome(state.disposition), duration=duration(state.seconds)
        )
    return translate("Wording", "ended: {outcome}").format(outcome=outcome(state.disposition))


def row_state_text(
    state: CallState, kind: str, who: str, extension: str = "", *, async_: bool = False
) -> str:
    """A call row's words, saying whose phone rings now: "ringing your phone (901) — pick
    up" while the start is held for the desk phone, then "calling 067 123 4567", then
    "talking 0:12", then the result."""
    own = kind == CALL and bool(extension)
    if state.phase == QUEUED:
        return translate("Wording", "waits for the call being started")
    if state.phase == SENDING:
        if own and not async_:
            return translate("Wording", "ringing your phone ({extension}) — pick up").format(
                extension=extension
            )
        return translate("Wording", "starting…")
    if state.phase in (WAITING, DIALLING):
        if own and async_:
            return translate("Wording", "ringing your phone ({extension}), then {number}").format(
                extension=extension, number=who
            )
        return translate("Wording", "calling {number}").format(number=who)
    return state_text(state, kind)


def cli_state_text(state: CallState) -> str:
    """The command line's line per state: the same words, the talk time as a clock."""
    if state.phase == WAITING:
        return translate("Wording", "starting")
    if state.phase == DIALLING:
        return translate("Wording", "dialling")
    if state.phase == TALKING:
        return translate("Wording", "talking {time}").format(time=clock(state.seconds))
    if state.answered:
        return translate("Wording", "ended: {outcome} {time}").format(
            outcome=outcome(state.disposition), time=clock(state.seconds)
        )
    return translate("Wording", "ended: {outcome}").format(outcome=outcome(state.disposition))


def presence_text(state: str) -> str:
    """An employee's presence in words ("" when the PBX gives none, as for a bare line)."""
    return {
        "active": translate("Wording", "available"),
        "work in crm": translate("Wording", "working in CRM"),
        "break in work": translate("Wording", "on a break"),
        "inactive": translate("Wording", "away"),
    }.get(state, state)


def line_text(status: str) -> str:
    """What a line's busy lamp says, when it says something worth reading."""
    return {
        "inuse": translate("Wording", "on a call"),
        "ringing": translate("Wording", "ringing"),
        "offline": translate("Wording", "phone offline"),
    }.get(status, "")


def employee_label(employee: Employee, *, with_state: bool = True) -> str:
    """ "901 — Олена Коваленко (available, on a call)"; a line with no user linked shows
    its own name, or says it has no user."""
    name = employee.name or translate("Wording", "line without a user")
    label = f"{employee.extension} — {name}"
    if not with_state:
        return label
    notes = [presence_text(employee.presence_state), line_text(employee.endpoint_status)]
    shown = ", ".join(note for note in notes if note)
    return f"{label} ({shown})" if shown else label


def withheld_text() -> str:
    return translate("Wording", "Number withheld")


def record_text(details: CallDetails) -> str:
    """What the PBX's record of a call adds to its row: a withheld number, the queue or
    phone it went to, the note on it ("" when nothing)."""
    parts: list[str] = []
    if details.number_withheld:
        parts.append(withheld_text())
    if details.internal_kind == "name":
        parts.append(translate("Wording", "queue {name}").format(name=details.internal_number))
    elif details.internal_kind == "phone":
        parts.append(
            translate("Wording", "forwarded to {number}").format(number=details.internal_number)
        )
    if details.comment:
        parts.append(translate("Wording", "note: {text}").format(text=details.comment))
    return "  ·  ".join(parts)
