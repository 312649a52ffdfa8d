"""Who to call back: today's missed calls, until somebody in the company reached them.

Filled from ``stats/list-of-lost-calls-for-today`` at sign-in and from the live feed's
missed ``callStop`` events; an entry leaves when a later answered call with the number
shows up (``history-by-external-number``, a colleague answering it live, my own call
back answered), and the queue says who reached them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..binotel.ws import ANSWERED, LiveEvent
from ..services.tasks import TaskRunner
from ..translation import translate
from .calls import CALL, CallRequest
from .connection import Connection
from .names import NameLookup, is_withheld

if TYPE_CHECKING:
    from ..binotel import CallDetails, Client
    from .dialer import DialController
    from .live_calls import LiveCallsController


@dataclass
class Missed:
    number: str
    last_at: float  # Unix time of the latest missed call
    tries: int = 1
    pbx_number: str = ""
    pbx_name: str = ""
    call_ids: set[str] = field(default_factory=set)


def _today(client: Client) -> tuple[dict[str, CallDetails], dict[str, CallDetails]]:
    """Lost calls of today, then every call with those numbers (to see who was reached)."""
    lost = client.stats.lost_calls_today()
    numbers = sorted({d.external_number for d in lost.values() if d.external_number})
    history = client.stats.history_by_external_number(numbers) if numbers else {}
    return lost, history


def _who(name: str, extension: str) -> str:
    if name and extension:
        return f"{name} ({extension})"
    return name or extension


class CallbackQueue(QObject):
    changed = Signal()
    newMiss = Signal(object)  # Missed
    reached = Signal(str, str)  # number, who reached them
    loadFailed = Signal(object)  # the exception

    def __init__(
        self,
        runner: TaskRunner,
        connection: Connection,
        names: NameLookup,
        dialer: DialController,
        live: LiveCallsController | None,
        my_extension: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._connection = connection
        self._names = names
        self._dialer = dialer
        self._my_extension = my_extension
        self.entries: dict[str, Missed] = {}
        self._starts: dict[str, LiveEvent] = {}  # callStart by id: callStop says little
        self._answered: dict[str, str] = {}  # call id -> who answered
        self._calling_back: dict[str, str] = {}  # live call id -> number
        self._reached_at: dict[str, float] = {}  # number -> when someone last reached it
        dialer.callStarted.connect(self._call_started)
        if live is not None:
            self._live = live
            live.callEnded.connect(self._call_ended)

    @property
    def count(self) -> int:
        return len(self.entries)

    def ordered(self) -> list[Missed]:
        return sorted(self.entries.values(), key=lambda m: m.last_at, reverse=True)

    # ----- today's list ----------------------------------------------------------------

    def load(self) -> None:
        try:
            client = self._connection.client()
        except Exception:
            return
        self._runner.run(partial(_today, client), self._loaded, self.loadFailed.emit)

    def _loaded(self, result: tuple[dict[str, CallDetails], dict[str, CallDetails]]) -> None:
        lost, history = result
        for call_id, details in lost.items():
            self._add_missed(
                details.external_number,
                float(details.start_time or time.time()),
                call_id,
                details.pbx_number,
                details.pbx_name,
                announce=False,
            )
        self._settle(history)
        self.changed.emit()

    def _settle(self, history: dict[str, CallDetails]) -> None:
        """Take out every number a later answered call reached."""
        for details in sorted(history.values(), key=lambda d: d.start_time or 0):
            entry = self.entries.get(details.external_number)
            if entry is None or details.general_call_id in entry.call_ids:
                continue
            if details.disposition in ANSWERED and (details.start_time or 0) >= entry.last_at:
                who = _who(
                    details.employee_name or self._names.colleague(details.internal_number),
                    details.internal_number,
                )
                self._reach(entry.number, who)

    def _add_missed(
        self,
        number: str,
        at: float,
        call_id: str,
        pbx_number: str,
        pbx_name: str,
        *,
        announce: bool,
    ) -> None:
        if is_withheld(number) or not number:
            return  # nobody to call back
        if at <= self._reached_at.get(number, 0.0):
            return  # reached since
        entry = self.entries.get(number)
        if entry is None:
            entry = self.entries[number] = Missed(number, at, 0, pbx_number, pbx_name)
        if call_id in entry.call_ids:
            return
        entry.call_ids.add(call_id)
        entry.tries = len(entry.call_ids)
        if at >= entry.last_at:
            entry.last_at = at
            entry.pbx_number = pbx_number or entry.pbx_number
            entry.pbx_name = pbx_name or entry.pbx_name
        self._names.ask(number)
        if announce:
            self.newMiss.emit(entry)

    def _reach(self, number: str, who: str) -> None:
        self._reached_at[number] = time.time()
        if self.entries.pop(number, None) is not None:
            self.reached.emit(number, who)
            self.changed.emit()

    # ----- live events -----------------------------------------------------------------

    def on_event(self, event: LiveEvent) -> None:
        if event.name == "callStart":
            self._starts[event.call_id] = event
        elif event.name == "callAnswer":
            start = self._starts.get(event.call_id)
            number = event.external_number or (start.external_number if start else "")
            if start is not None and not start.incoming:
                who_ext = start.internal_numbers[0] if start.internal_numbers else ""
            else:
                who_ext = event.answered_by
            self._answered[event.call_id] = who_ext
            if number in self.entries:
                self._reach(number, _who(self._names.colleague(who_ext), who_ext))
        elif event.name == "callStop":
            start = self._starts.pop(event.call_id, None)
            answered = event.call_id in self._answered
            self._answered.pop(event.call_id, None)
            number = event.external_number or (start.external_number if start else "")
            incoming = start.incoming if start is not None else event.incoming
            if incoming and not answered and event.disposition not in ANSWERED and number:
                self._add_missed(
                    number,
                    float(event.at or time.time()),
                    event.call_id,
                    start.pbx_number if start else "",
                    start.pbx_name if start else "",
                    announce=True,
                )
                self.changed.emit()

    # ----- calling back ----------------------------------------------------------------

    def call_back(self, number: str) -> bool:
        """Ring my phone, then the customer (ext -> phone), from the number they called."""
        entry = self.entries.get(number)
        extension = self._my_extension()
        if entry is None or not extension:
            return False
        request = CallRequest(CALL, number, extension=extension, company=entry.pbx_number)
        return self._dialer.dial(request)

    def _call_started(self, request: CallRequest, started: object, at: float) -> None:
        call_id = getattr(started, "general_call_id", None)
        if request.kind == CALL and request.number in self.entries and call_id:
            self._calling_back[call_id] = request.number

    def _call_ended(self, call_id: str) -> None:
        number = self._calling_back.pop(call_id, None)
        call = self._live.calls.get(call_id)
        if number is not None and call is not None and call.state.answered:
            self._reach(number, translate("CallbackQueue", "you"))
