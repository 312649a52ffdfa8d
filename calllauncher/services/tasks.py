"""The one place where work leaves the GUI thread and results come back to it.

Modelled on Anki's task manager: a ``TaskRunner`` created in the GUI thread owns a private
``QThreadPool``. Work is a plain function with plain data; a worker runs it and emits the
runner's own ``_finished`` signal, which Qt queues to the runner's thread, where the bound
slot calls the callbacks. Widgets never see a worker thread.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass(slots=True)
class _Outcome:
    task_id: int
    value: Any = None
    error: BaseException | None = None


class _Job(QRunnable):
    def __init__(
        self, runner: TaskRunner, task_id: int, fn: Callable[[], Any], closed: threading.Event
    ) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._fn = fn
        self._closed = closed

    def run(self) -> None:
        try:
            outcome = _Outcome(self._task_id, value=self._fn())
        except BaseException as exc:  # delivered to on_error in the GUI thread
            outcome = _Outcome(self._task_id, error=exc)
        if self._closed.is_set():
            return  # the app is quitting: nobody is left to tell
        # RuntimeError: the runner was torn down while the PBX held this request.
        with contextlib.suppress(RuntimeError):
            self._runner._finished.emit(outcome)


class TaskRunner(QObject):
    """Runs callables on worker threads; callbacks run on the runner's (GUI) thread."""

    _finished = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 6) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Idle workers go away quickly so a tray app at rest holds no threads.
        self._pool.setExpiryTimeout(10_000)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None]] = {}
        self._closing = threading.Event()
        self._finished.connect(self._deliver)

    def set_idle_expiry(self, ms: int) -> None:
        """How long an idle worker thread lives (the soak benchmark shortens the day)."""
        self._pool.setExpiryTimeout(ms)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> int:
        if self._closing.is_set():
            return 0
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busyChanged.emit(True)
        self._pool.start(_Job(self, task_id, fn, self._closing))
        return task_id

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        on_done, on_error = self._callbacks.pop(outcome.task_id, (None, None))
        if not self._callbacks:
            self.busyChanged.emit(False)
        if self._closing.is_set():
            return
        if outcome.error is not None:
            if on_error is not None:
                on_error(outcome.error)
            else:
                log.error("background task failed", exc_info=outcome.error)
        elif on_done is not None:
            on_done(outcome.value)

    def shutdown(self, wait_ms: int = 1500) -> bool:
        """Stop delivering, drop queued work, wait a bounded time. True if all finished."""
        self._closing.set()
        self._pool.clear()
        return self._pool.waitForDone(wait_ms)

    def wait(self, wait_ms: int = 5000) -> bool:
        return self._pool.waitForDone(wait_ms)
