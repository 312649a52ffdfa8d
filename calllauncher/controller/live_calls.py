"""Following started calls: one timer polls all live calls in one request.

Polling is quick while calls are young and slower later (``CallTracker.next_poll``), stops
when no call is live, and waits as long as the PBX asks on code 106. A second timer only
advances the talk clocks on screen; it sends nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..binotel import ConfigError, RateLimitError
from ..callstate import CallState, CallTracker
from ..services.tasks import TaskRunner
from ..wording import failures as messages
from .calls import CallRequest
from .connection import ConnectedController, Connection, NotSignedIn

if TYPE_CHECKING:
    from ..binotel import CallDetails, Client


@dataclass
class LiveCall:
    call_id: str
    request: CallRequest
    tracker: CallTracker
    transferred_to: str = ""
    busy: bool = field(default=False)  # a hang-up or transfer is on its way
    details: CallDetails | None = None  # the PBX's latest record of the call
    cancelled: bool = False  # Cancel pressed before the PBX gave the call's id
    lost: bool = False  # following it has failed for a while: its state may be old

    @property
    def state(self) -> CallState:
        return self.tracker.state


def _details(client: Client, ids: list[str]) -> dict[str, CallDetails]:
    return client.stats.call_details(ids)


def _hangup(client: Client, call_id: str) -> None:
    client.calls.hangup_call(call_id)


def _transfer(client: Client, call_id: str, target: str) -> None:
    client.calls.attended_call_transfer(call_id, target)


# Polls failed in a row before a call's row says its state may be out of date.
LOST_AFTER_FAILURES = 2

# However long a 106 asks for, live calls are looked at again within this many seconds:
# a call's end must not go unseen for the rest of the session.
MAX_POLL_WAIT = 60.0


class LiveCallsController(ConnectedController):
    callAdded = Signal(str)
    callChanged = Signal(str)
    callEnded = Signal(str)
    actionFailed = Signal(str, object)  # call id, Failure

    def __init__(
        self, runner: TaskRunner, connection: Connection, parent: QObject | None = None
    ) -> None:
        super().__init__(runner, connection, parent)
        self.calls: dict[str, LiveCall] = {}
        self.max_poll_wait = MAX_POLL_WAIT
        self._poll_task = (id(self), "poll")  # single-flight: one poll for all calls
        self._not_before = 0.0
        self._failed_polls = 0  # in a row
        self._poll_timer = QTimer(self)
        self._poll_timer.setSingleShot(True)
        self._poll_timer.timeout.connect(self._poll)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)

    def live(self) -> list[LiveCall]:
        return [c for c in self.calls.values() if not c.state.is_final]

    def add(self, call_id: str, request: CallRequest, started_at: float) -> None:
        self.calls[call_id] = LiveCall(call_id, request, CallTracker(call_id, started_at))
        self.callAdded.emit(call_id)
        self._schedule(0.3)  # first look soon: the PBX lists a new call after a moment

    def forget(self, call_id: str) -> None:
        if call_id in self.calls and self.calls[call_id].state.is_final:
            del self.calls[call_id]

    def _schedule(self, delay: float) -> None:
        delay = max(delay, self._not_before - time.monotonic())
        if self._runner.in_flight(self._poll_task):
            return  # the answer on its way schedules the next poll
        if not self._poll_timer.isActive() or self._poll_timer.remainingTime() > delay * 1000:
            self._poll_timer.start(int(delay * 1000))

    def _poll(self) -> None:
        ids = [c.call_id for c in self.live()]
        if not ids:
            return
        try:
            client = self._connection.client()
        except (NotSignedIn, ConfigError):  # the window says why
            return
        self._runner.run_once(
            self._poll_task, partial(_details, client, ids), self._on_details, self._on_poll_error
        )

    def _on_details(self, found: dict[str, CallDetails]) -> None:
        now = time.monotonic()
        self._failed_polls = 0
        for call in self.live():
            before, record, lost = call.state, call.details, call.lost
            call.lost = False
            details = found.get(call.call_id)
            if details is not None:
                call.details = details
            after = call.tracker.update(details, now)
            if after != before or call.details != record or lost:
                self.callChanged.emit(call.call_id)
                if after.is_final:
                    self.callEnded.emit(call.call_id)
        self._after_poll(0.0)

    def _on_poll_error(self, exc: BaseException) -> None:
        wait = exc.retry_after if isinstance(exc, RateLimitError) else 5.0
        wait = min(wait, self.max_poll_wait)
        self._not_before = time.monotonic() + wait
        self._failed_polls += 1
        if self._failed_polls >= LOST_AFTER_FAILURES:
            for call in self.live():
                if not call.lost:
                    call.lost = True  # said on the row, not left reading "starting…"
                    self.callChanged.emit(call.call_id)
        self._after_poll(wait)

    def _after_poll(self, wait: float) -> None:
        live = self.live()
        talking = any(c.state.phase == "talking" for c in live)
        if talking and not self._clock.isActive():
            self._clock.start()
        elif not talking:
            self._clock.stop()
        if live:
            now = time.monotonic()
            self._schedule(min(c.tracker.next_poll(now, wait) for c in live))

    def _tick(self) -> None:
        now = time.monotonic()
        for call in self.live():
            if call.state.phase == "talking":
                call.tracker.tick(now)
                self.callChanged.emit(call.call_id)

    def hang_up(self, call_id: str) -> None:
        self._act(call_id, _hangup)

    def transfer(self, call_id: str, target: str) -> None:
        if self._act(call_id, _transfer, target):
            self.calls[call_id].transferred_to = target

    def hang_up_all(self) -> None:
        for call in self.live():
            self.hang_up(call.call_id)

    def _act(self, call_id: str, operation: Callable[..., None], *args: str) -> bool:
        """Send one hang-up or transfer; a second press while it is on its way sends nothing."""
        call = self.calls.get(call_id)
        if call is None:
            return False
        try:
            client = self._connection.client()
        except (NotSignedIn, ConfigError):
            return False
        if not self._runner.run_once(
            (id(self), "act", call_id),
            partial(operation, client, call_id, *args),
            partial(self._acted, call_id),
            partial(self._act_failed, call_id),
        ):
            return False  # single-flight per call: one hang-up or transfer at a time
        call.busy = True  # shown: the buttons wait for the answer
        self.callChanged.emit(call_id)
        return True

    def _acted(self, call_id: str, _result: Any) -> None:
        if call_id in self.calls:
            self.calls[call_id].busy = False
            self.callChanged.emit(call_id)
        self._schedule(0.2)

    def _act_failed(self, call_id: str, exc: BaseException) -> None:
        if call_id in self.calls:
            self.calls[call_id].busy = False
            self.calls[call_id].transferred_to = ""
            self.callChanged.emit(call_id)
        self.actionFailed.emit(call_id, messages.describe(exc))
