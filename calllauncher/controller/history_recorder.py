"""Every call attempt goes into history: written before the request leaves, then
started, failed (with its reason), and its end; after a restart, the ends not seen."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..binotel import CallStarted
from ..services.history import LEFT_AT_QUIT, STARTED, STARTING, History
from ..services.tasks import TaskRunner
from ..wording.failures import Failure
from .calls import CallRequest
from .connection import Connection
from .dialer import DialController
from .live_calls import LiveCallsController

if TYPE_CHECKING:
    from ..binotel import CallDetails, Client

log = logging.getLogger(__name__)


def _details(client: Client, ids: list[str]) -> dict[str, CallDetails]:
    return client.stats.call_details(ids)


# CallRequest fields that are call options in history (the rest have columns of their own).
_REQUEST_OPTIONS = (
    "voice_file_id",
    "voice_file_name",
    "ivr_name",
    "ring_time",
    "limit",
    "playback_waiting",
    "show_as",
    "async_",
)


def record_request(
    history: History,
    request: CallRequest,
    *,
    result: str = STARTED,
    call_id: str = "",
    error: str = "",
) -> int:
    """:meth:`History.add_attempt` for a ``CallRequest``; its optional fields become options."""
    options = {key: getattr(request, key, None) for key in _REQUEST_OPTIONS}
    if not options.get("async_"):
        options.pop("async_", None)
    return history.add_attempt(
        request.kind,
        request.number,
        number2=request.number2,
        extension=request.extension,
        company=request.company,
        options=options,
        result=result,
        call_id=call_id,
        error=error,
    )


class HistoryRecorder(QObject):
    """Writes to :class:`History` from the controllers' signals (GUI thread, small writes).

    With ``runner`` and ``connection``, it also settles what an earlier run left open:
    rows left "starting" become "interrupted" at once, and calls that started but whose
    end was not seen are looked up in ``stats/call-details`` once signed in.
    """

    changed = Signal()

    def __init__(
        self,
        history: History,
        dialer: DialController,
        live: LiveCallsController,
        parent: QObject | None = None,
        *,
        runner: TaskRunner | None = None,
        connection: Connection | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self._live = live
        self._rows: dict[int, tuple[CallRequest, int]] = {}  # id(request) -> its row
        self._runner = runner
        self._connection = connection
        self._looked_up = False
        dialer.callSending.connect(self._sending)
        dialer.callStarted.connect(self._started)
        dialer.callFailed.connect(self._failed)
        live.callEnded.connect(self._ended)
        history.settle_interrupted()
        if runner is not None and connection is not None:
            connection.changed.connect(self.complete_unfinished)
            self.complete_unfinished()

    def _sending(self, request: CallRequest) -> None:
        row = record_request(self.history, request, result=STARTING)
        if row:
            self._rows[id(request)] = (request, row)
        self.changed.emit()

    def _row_of(self, request: CallRequest) -> int:
        found = self._rows.pop(id(request), None)
        return found[1] if found is not None and found[0] is request else 0

    def _started(self, request: CallRequest, started: CallStarted, _at: float) -> None:
        call_id = started.general_call_id or ""
        row = self._row_of(request)
        if row:
            self.history.mark_started(row, call_id)
        else:
            record_request(self.history, request, result="started", call_id=call_id)
        self.changed.emit()

    def _failed(self, request: CallRequest, failure: Failure) -> None:
        # A failed call stays in history with its reason, so nothing is lost.
        row = self._row_of(request)
        # The facts, worded again when the row is read (in that day's language); the
        # sentence itself only where there are no facts (a setting problem).
        stored = failure.facts or failure.sentence
        if row:
            self.history.mark_failed(row, stored)
        else:  # refused before it was sent (not signed in)
            record_request(self.history, request, result="failed", error=stored)
        self.changed.emit()

    def _ended(self, call_id: str) -> None:
        call = self._live.calls.get(call_id)
        if call is not None:
            state = call.state
            self.history.update_outcome(call_id, state.disposition, state.seconds)
            self.changed.emit()

    def close_live(self) -> None:
        """Quitting: each call still live gets the state it was last seen in, marked as
        left at quit (the next start asks the PBX how it really ended)."""
        for call in self._live.live():
            self.history.update_outcome(call.call_id, LEFT_AT_QUIT, call.state.seconds)

    def complete_unfinished(self) -> None:
        """Ask the PBX how the calls an earlier run didn't see end have ended (once)."""
        if self._looked_up or self._runner is None or self._connection is None:
            return
        if not self._connection.signed_in:
            return
        ids = self.history.unfinished_calls()
        self._looked_up = True
        if not ids:
            return
        client = self._connection.client()
        self._runner.run(
            partial(_details, client, ids), on_done=self._completed, on_error=self._not_completed
        )

    def _completed(self, details: dict[str, CallDetails]) -> None:
        changed = False
        for call_id, found in details.items():
            if found.is_final:
                changed = self.history.update_outcome(call_id, found.disposition, found.billsec)
        if changed:
            self.changed.emit()

    def _not_completed(self, exc: BaseException) -> None:
        # Not worth a banner: the rows stay "started" and are asked about next time.
        log.info("history: could not look up unfinished calls: %s", exc)
        self._looked_up = False
