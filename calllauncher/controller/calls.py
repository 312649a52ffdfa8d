"""What a call request is, where one comes from when the form did not make it (the saved
call defaults, a history row), and the one function that sends it (run on a worker).

A call has one source of truth: a dial from outside the form (a link, the shortcut, the
tray, a history row, the command line) builds its :class:`CallRequest` here and hands it
on; the form only shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..callkinds import ANNOUNCE, BRIDGE, CALL, IVR, KINDS
from ..services.settings import Key

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


class SettingsLike(Protocol):
    """What :func:`call_defaults` reads (``services.settings.AppSettings`` fits)."""

    def text(self, key: Key) -> str: ...
    def number(self, key: Key) -> int: ...
    def flag(self, key: Key) -> bool: ...
    def is_user_set(self, key: Key) -> bool: ...
    def is_preset(self, key: Key) -> bool: ...


@dataclass(frozen=True, slots=True)
class CallDefaults:
    """The saved call options. ``None`` where nothing is saved: the PBX's own default
    (which the built-in defaults equal: ring 30 s, no limit, play "please hold")."""

    extension: str = ""
    company: str = ""
    ring_time: int | None = None
    limit: int | None = None
    playback_waiting: bool | None = None
    show_as: str = ""
    async_: bool = False


def call_defaults(settings: SettingsLike, extension: str = "") -> CallDefaults:
    """The one reading of the saved call options: the window's form shows them, and a
    call from outside the form (and ``calllauncher dial``) is sent with them."""

    def saved(key: Key) -> bool:
        return settings.is_user_set(key) or settings.is_preset(key)

    return CallDefaults(
        extension=extension,
        company=settings.text(Key.COMPANY_NUMBER).strip(),
        ring_time=settings.number(Key.RING_TIME) if saved(Key.RING_TIME) else None,
        limit=settings.number(Key.LIMIT_TIME) or None,  # 0: no limit
        playback_waiting=(
            settings.flag(Key.PLAYBACK_WAITING) if saved(Key.PLAYBACK_WAITING) else None
        ),
        show_as=settings.text(Key.SHOW_AS).strip(),
        async_=settings.flag(Key.ASYNC),
    )


class RecordLike(Protocol):
    """A stored attempt (``services.history.Attempt`` fits)."""

    @property
    def kind(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def number2(self) -> str: ...
    @property
    def extension(self) -> str: ...
    @property
    def company(self) -> str: ...
    @property
    def options(self) -> Mapping[str, Any]: ...


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def request_from_record(record: RecordLike) -> CallRequest:
    """The request a history row was, to call it again exactly: both numbers, the
    extension, the company number, the voice file or menu and the options it had."""
    o = record.options
    playback = o.get("playback_waiting")
    return CallRequest(
        kind=record.kind if record.kind in KINDS else CALL,
        number=record.number,
        number2=record.number2 if record.kind == BRIDGE else "",
        extension=record.extension,
        company=record.company,
        voice_file_id=str(o.get("voice_file_id") or ""),
        voice_file_name=str(o.get("voice_file_name") or ""),
        ivr_name=str(o.get("ivr_name") or ""),
        ring_time=_whole(o.get("ring_time")),
        limit=_whole(o.get("limit")),
        playback_waiting=playback if isinstance(playback, bool) else None,
        show_as=str(o.get("show_as") or ""),
        async_=o.get("async_") is True,
    )


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
