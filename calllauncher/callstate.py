"""What a followed call is doing, from the PBX's call details. No Qt, no I/O.

Shared by the command line and the window, so both poll the PBX the same way: quickly
while a call is young, more slowly later, never busily. The words for a state are the
wording layer's (``wording/calls.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models module loads with the first answer, after the first frame
    from .binotel.models import CallDetails

QUEUED = "queued"  # asked for while another call was starting: sent when that one returns
SENDING = "sending"  # the request is on its way (ext -> phone: the desk phone rings)
WAITING = "waiting"  # started, not yet listed by the PBX
DIALLING = "dialling"
TALKING = "talking"
ENDED = "ended"


@dataclass(frozen=True, slots=True)
class CallState:
    phase: str
    disposition: str = ""
    seconds: int = 0  # talk time so far (talking) or in all (ended)

    @property
    def is_final(self) -> bool:
        return self.phase == ENDED

    @property
    def answered(self) -> bool:
        return self.disposition in ("ANSWER", "TRANSFER")

    @property
    def outcome(self) -> str:
        """How a finished call went, in four: answered, busy, no_answer, failed ("" while
        it is not over). Rows are coloured by it."""
        if not self.is_final:
            return ""
        if self.answered or self.disposition == "VM-SUCCESS":
            return "answered"
        if self.disposition == "BUSY":
            return "busy"
        if self.disposition in ("NOANSWER", "CANCEL", "VM"):
            return "no_answer"
        return "failed"


def clock(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class CallTracker:
    """Turns a stream of call-details snapshots into states, counting talk time locally.

    The PBX reports ``billsec`` reliably only at the end, so while the call is ONLINE we
    count from the moment we first saw it talking.
    """

    def __init__(self, general_call_id: str, started_at: float) -> None:
        self.general_call_id = general_call_id
        self.started_at = started_at
        self.talking_since: float | None = None
        self.state = CallState(WAITING)

    def update(self, details: CallDetails | None, now: float) -> CallState:
        if details is None:
            # Not listed yet, or vanished after being seen: keep the last state, don't guess.
            return self.state
        if details.is_final:
            self.state = CallState(ENDED, details.disposition, details.billsec)
        elif details.is_talking:
            if self.talking_since is None:
                self.talking_since = now - details.billsec
            self.state = CallState(TALKING, "ONLINE", int(now - self.talking_since))
        else:
            self.state = CallState(DIALLING, details.disposition)
        return self.state

    def tick(self, now: float) -> CallState:
        """Advance the talk timer between polls without asking the PBX."""
        if self.state.phase == TALKING and self.talking_since is not None:
            self.state = CallState(TALKING, "ONLINE", int(now - self.talking_since))
        return self.state

    def next_poll(self, now: float, wait_at_least: float = 0.0) -> float:
        """Seconds until the next call-details request."""
        age = now - self.started_at
        delay = 1.0 if age < 20 else 2.0 if age < 60 else 5.0
        return max(delay, wait_at_least)
