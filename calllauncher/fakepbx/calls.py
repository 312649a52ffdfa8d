"""One simulated call: its timeline is fixed when it starts; its state is computed on demand.

No threads or timers: every question ("what is the disposition now?") is answered from
monotonic timestamps, so a call costs nothing while nobody looks at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FINAL_DISPOSITIONS = frozenset(
    {"ANSWER", "TRANSFER", "BUSY", "NOANSWER", "CANCEL", "CONGESTION", "CHANUNAVAIL"}
)


@dataclass(frozen=True)
class Outcome:
    """How the far end behaves: answered at ``answer_at`` (or never), over at ``end_at``."""

    answer_at: float | None
    end_at: float
    disposition: str  # the natural final disposition


@dataclass
class Call:
    general_call_id: str
    kind: str  # an OPERATIONS key: "ext_to_phone", "phone_to_phone", ...
    started: float  # monotonic time the request arrived
    start_time: int  # Unix seconds of the same moment
    visible_at: float  # monotonic time call-details starts listing it
    time_scale: float
    internal_number: str
    external_number: str
    employee: dict[str, str] | None
    pbx_number: str
    pbx_name: str
    outcome: Outcome
    options: dict[str, Any] = field(default_factory=dict)
    hangup_at: float | None = None
    transferred_to: str | None = None
    transferred_at: float | None = None
    comment: str = ""
    incoming: bool = False
    customer: dict[str, Any] | None = None  # the CRM record of external_number, if any
    ringing: tuple[str, ...] = ()  # incoming: the extensions it rang
    stop_announced: bool = False

    @property
    def end_at(self) -> float:
        if self.hangup_at is None:
            return self.outcome.end_at
        return min(self.outcome.end_at, self.hangup_at)

    def answered_by(self, moment: float) -> bool:
        answer = self.outcome.answer_at
        return answer is not None and answer <= moment and answer < self.end_at

    def is_final(self, now: float) -> bool:
        return now >= self.end_at

    def is_visible(self, now: float) -> bool:
        return now >= self.visible_at

    def _seconds(self, real: float) -> int:
        """Simulated seconds (real seconds divided by the time scale), rounded."""
        return max(0, round(real / self.time_scale))

    def disposition(self, now: float) -> str:
        end = self.end_at
        if now < end:
            return "ONLINE" if self.answered_by(now) else ""
        if self.answered_by(end):
            return "TRANSFER" if self.transferred_to is not None else "ANSWER"
        if self.hangup_at is not None and self.hangup_at < self.outcome.end_at:
            return "CANCEL"
        return self.outcome.disposition

    def billsec(self, now: float) -> int:
        answer = self.outcome.answer_at
        moment = min(now, self.end_at)
        if answer is None or not self.answered_by(moment):
            return 0
        return self._seconds(moment - answer)

    def waitsec(self, now: float) -> int:
        moment = min(now, self.end_at)
        answer = self.outcome.answer_at
        if answer is not None and self.answered_by(moment):
            moment = answer
        return self._seconds(moment - self.started)

    def details(self, now: float) -> dict[str, Any]:
        """The ``callDetails`` entry, loosely typed like the real PBX (numbers as strings)."""
        employee: dict[str, str] | list[Any] = dict(self.employee) if self.employee else []
        final = self.is_final(now)
        return {
            "generalCallID": self.general_call_id,
            "callID": self.general_call_id,
            "startTime": str(self.start_time),
            "callType": "0" if self.incoming else "1",
            "internalNumber": self.internal_number,
            "externalNumber": self.external_number,
            "waitsec": str(self.waitsec(now)),
            "billsec": str(self.billsec(now)),
            "disposition": self.disposition(now),
            "isNewCall": "0",
            "employeeData": employee,
            "pbxNumberData": {"number": self.pbx_number, "name": self.pbx_name},
            # the real PBX: the short form, or "" when the number is not a known customer
            "customerData": {"id": self.customer["id"], "name": self.customer["name"]}
            if self.customer
            else "",
            "comment": self.comment,
            # Answered calls are recorded; the file is there once the call is over.
            "recordingStatus": "uploaded" if final and self.answered_by(self.end_at) else "",
            "whoHungUp": self._who_hung_up() if final else "",
            "historyData": [{"employeeData": employee, "waitsec": str(self.waitsec(now))}],
        }

    def _who_hung_up(self) -> str:
        if self.hangup_at is not None and self.hangup_at < self.outcome.end_at:
            return "employee"
        return "client" if self.answered_by(self.end_at) else ""

    def state(self, now: float) -> dict[str, Any]:
        """Everything a test may want to check, including what call-details hides."""
        return {
            **self.details(now),
            "kind": self.kind,
            "visible": self.is_visible(now),
            "final": self.is_final(now),
            "hungUp": self.hangup_at is not None and self.hangup_at <= now,
            "transferredTo": self.transferred_to,
            "options": dict(self.options),
        }
