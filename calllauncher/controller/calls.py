"""What a call request is, and the one function that sends it (run on a worker)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..callkinds import ANNOUNCE, BRIDGE, CALL, IVR, KINDS

__all__ = ["ANNOUNCE", "BRIDGE", "CALL", "IVR", "KINDS", "CallRequest", "start_call"]

if TYPE_CHECKING:
    from ..binotel import CallStarted, Client


@dataclass(frozen=True, slots=True)
class CallRequest:
    kind: str
    number: str  # normalised digits
    number2: str = ""
    extension: str = ""
    company: str = ""
    voice_file_id: str = ""
    voice_file_name: str = ""
    ivr_name: str = ""
    ring_time: int | None = None
    limit: int | None = None
    playback_waiting: bool | None = None
    show_as: str = ""
    async_: bool = False

    @property
    def who(self) -> str:
        return f"{self.number} ↔ {self.number2}" if self.kind == BRIDGE else self.number


def start_call(client: Client, request: CallRequest) -> CallStarted:
    """Send one call-starting request. Runs on a worker thread; never retried."""
    calls = client.calls
    if request.kind == CALL:
        return calls.ext_to_phone(
            ext_number=request.extension,
            phone_number=request.number,
            call_time_to_ext=request.ring_time,
            limit_call_time=request.limit,
            playback_waiting=request.playback_waiting,
            trunk_number=request.company or None,
            caller_id_for_employee=request.show_as or None,
            async_=True if request.async_ else None,
        )
    if request.kind == BRIDGE:
        return calls.phone_to_phone(
            request.number,
            request.number2,
            request.company,
            limit_call_time=request.limit,
            playback_waiting=request.playback_waiting,
        )
    if request.kind == ANNOUNCE:
        return calls.call_with_announcement(request.number, request.voice_file_id)
    if request.kind == IVR:
        return calls.call_with_interactive_voice_response(request.number, request.ivr_name)
    raise ValueError(f"unknown call kind {request.kind!r}")
