"""Every call attempt goes into history: started, failed (with its reason), and its end."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..binotel import CallStarted
from ..services.history import History
from .calls import CallRequest
from .dialer import DialController
from .live_calls import LiveCallsController
from .messages import Failure


class HistoryRecorder(QObject):
    """Writes to :class:`History` from the controllers' signals (GUI thread, small writes)."""

    changed = Signal()

    def __init__(
        self,
        history: History,
        dialer: DialController,
        live: LiveCallsController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self._live = live
        dialer.callStarted.connect(self._started)
        dialer.callFailed.connect(self._failed)
        live.callEnded.connect(self._ended)

    def _started(self, request: CallRequest, started: CallStarted, _at: float) -> None:
        self.history.add_request(request, result="started", call_id=started.general_call_id or "")
        self.changed.emit()

    def _failed(self, request: CallRequest, failure: Failure) -> None:
        # A failed call stays in history with its reason, so nothing is lost.
        self.history.add_request(request, result="failed", error=failure.sentence)
        self.changed.emit()

    def _ended(self, call_id: str) -> None:
        call = self._live.calls.get(call_id)
        if call is not None:
            state = call.state
            self.history.update_outcome(call_id, state.disposition, state.seconds)
            self.changed.emit()
