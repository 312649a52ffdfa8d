"""The one place where work leaves the GUI thread and results come back to it.

Modelled on Anki's task manager: a ``TaskRunner`` created in the GUI thread owns private
``QThreadPool``s. Work is a plain function with plain data; a worker runs it and emits the
runner's own ``_finished`` signal, which Qt queues to the runner's thread, where the bound
slot calls the callbacks. Widgets never see a worker thread.

The patterns the controllers need live here, not in each controller:

- **single-flight by name** (:meth:`TaskRunner.run_once`): a second run with a name that
  is still in flight is dropped (a double click loads the list once);
- **latest-wins by name** (:meth:`TaskRunner.run_latest`, FeelUOwn's named task): a new
  run supersedes the one in flight, whose answer is then never delivered;
  :meth:`TaskRunner.forget` drops the one in flight without a new one;
- **lanes**: :data:`KEYRING` work runs on a one-thread pool of its own, so a keyring
  daemon that hangs never holds a network worker, and keyring calls never overlap;
- **cancellable waits** (:meth:`TaskRunner.sleep`): a worker that has to wait (a PBX
  back-off) waits this way and is woken by :meth:`TaskRunner.shutdown`;
- :class:`TaskGroup`: "busy while any of my tasks is on its way", for a controller's
  busy signal;
- **owners**: an answer for a method of a Qt object deleted meanwhile (a dialog closed
  while its list loads) is dropped, as Anki drops an operation's result when its parent
  widget has gone.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnSettled = Callable[[], None]

NETWORK = "network"
KEYRING = "keyring"
LANES = (NETWORK, KEYRING)


def _owner_alive(callback: Callable[..., None] | None) -> bool:
    """False when ``callback`` is a method of a Qt object whose C++ side is gone."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Cancelled(Exception):
    """Raised by :meth:`TaskRunner.sleep` when the runner shuts down during the wait."""


@dataclass(slots=True)
class _Outcome:
    task_id: int
    value: Any = None
    error: BaseException | None = None


@dataclass(slots=True)
class _Task:
    on_done: OnDone | None
    on_error: OnError | None
    name: Hashable | None = None
    on_settled: OnSettled | None = None
    wanted: bool = True  # False once superseded or forgotten: its answer is dropped


def _job(runner: TaskRunner, task_id: int, fn: Callable[[], Any], closed: threading.Event) -> None:
    """One task on a pool thread. A plain function, not a Python ``QRunnable`` subclass:
    the pool deleted those on its own thread when they were done, and a wrapper released
    there crashed the process now and then (SIGSEGV in Shiboken's releaseWrapper, a few
    hundred requests into the soak benchmark, whose pool threads come and go)."""
    try:
        outcome = _Outcome(task_id, value=fn())
    except BaseException as exc:  # delivered to on_error in the GUI thread
        outcome = _Outcome(task_id, error=exc)
    if closed.is_set():
        return  # the app is quitting: nobody is left to tell
    # RuntimeError: the runner was torn down while the PBX held this request.
    with contextlib.suppress(RuntimeError):
        runner._finished.emit(outcome)


class TaskRunner(QObject):
    """Runs callables on worker threads; callbacks run on the runner's (GUI) thread."""

    _finished = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 6) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        for lane, threads in ((NETWORK, max_threads), (KEYRING, 1)):
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
            # Idle workers go away quickly so a tray app at rest holds no threads.
            pool.setExpiryTimeout(10_000)
            self._pools[lane] = pool
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._named: dict[Hashable, int] = {}  # name -> the task id that answers for it
        self._closing = threading.Event()
        self._finished.connect(self._deliver)

    def set_idle_expiry(self, ms: int) -> None:
        """How long an idle worker thread lives (the soak benchmark shortens the day)."""
        for pool in self._pools.values():
            pool.setExpiryTimeout(ms)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    @property
    def closing(self) -> bool:
        return self._closing.is_set()

    def in_flight(self, name: Hashable) -> bool:
        """Whether a task run under ``name`` has not answered yet (nor been superseded)."""
        return name in self._named

    # -- running ------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        lane: str = NETWORK,
        on_settled: OnSettled | None = None,
        name: Hashable | None = None,
    ) -> int:
        """Run ``fn`` on a worker of ``lane``; 0 (and nothing runs) once shutting down.
        ``on_settled`` is called once when the task stops mattering: before its answer
        is delivered, or when it is superseded or forgotten. With ``name``, the task
        answers for that name and supersedes the one in flight (see :meth:`run_latest`).
        Every run, whatever its pattern, comes through here."""
        if self._closing.is_set():
            return 0
        if name is not None:
            self.forget(name)
        task_id = next(self._ids)
        task = _Task(on_done, on_error, name, on_settled)
        self._tasks[task_id] = task
        if name is not None:
            self._named[name] = task_id
        if len(self._tasks) == 1:
            self.busyChanged.emit(True)
        self._pools[lane].start(partial(_job, self, task_id, fn, self._closing))
        return task_id

    def run_once(
        self,
        name: Hashable,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        lane: str = NETWORK,
        on_settled: OnSettled | None = None,
    ) -> int:
        """Single-flight: run unless ``name`` is in flight (then drop this run: 0)."""
        if name in self._named:
            return 0
        return self.run(fn, on_done, on_error, lane=lane, on_settled=on_settled, name=name)

    def run_latest(
        self,
        name: Hashable,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        lane: str = NETWORK,
        on_settled: OnSettled | None = None,
    ) -> int:
        """Latest-wins: run, superseding the run of ``name`` in flight (never delivered)."""
        return self.run(fn, on_done, on_error, lane=lane, on_settled=on_settled, name=name)

    def forget(self, name: Hashable) -> None:
        """The answer of ``name`` in flight is no longer wanted (the work still ends)."""
        task_id = self._named.pop(name, None)
        task = self._tasks.get(task_id) if task_id is not None else None
        if task is not None and task.wanted:
            task.wanted = False
            self._settle(task)

    @staticmethod
    def _settle(task: _Task) -> None:
        settled, task.on_settled = task.on_settled, None
        if settled is not None:
            settled()

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        task = self._tasks.pop(outcome.task_id, None)
        if not self._tasks:
            self.busyChanged.emit(False)
        if task is None or self._closing.is_set():
            return
        if task.name is not None and self._named.get(task.name) == outcome.task_id:
            del self._named[task.name]  # before the callbacks: they may run it again
        if not task.wanted:
            return  # superseded or forgotten
        self._settle(task)
        if not _owner_alive(task.on_error if outcome.error is not None else task.on_done):
            return
        if outcome.error is not None:
            if task.on_error is not None:
                task.on_error(outcome.error)
            else:
                log.error("background task failed", exc_info=outcome.error)
        elif task.on_done is not None:
            task.on_done(outcome.value)

    # -- waiting and stopping -----------------------------------------------------------

    def sleep(self, seconds: float) -> None:
        """For workers: wait ``seconds``, or raise :class:`Cancelled` as soon as the runner
        shuts down (so quitting never waits out a back-off). Safe from any thread."""
        if self._closing.wait(max(0.0, seconds)):
            raise Cancelled

    def shutdown(self, wait_ms: int = 1500) -> bool:
        """Stop delivering, wake waiting workers, drop queued work, wait a bounded time.
        True if all finished."""
        self._closing.set()
        for pool in self._pools.values():
            pool.clear()
        return self.wait(wait_ms)

    def wait(self, wait_ms: int = 5000) -> bool:
        # One deadline for both lanes: the network lane first, the keyring with the rest.
        end = time.monotonic() + wait_ms / 1000
        finished = True
        for pool in self._pools.values():
            left = max(0, int((end - time.monotonic()) * 1000))
            finished = pool.waitForDone(left) and finished
        return finished


class TaskGroup(QObject):
    """One owner's tasks: :attr:`busy` while any answer of theirs is still wanted.

    A superseded or forgotten task stops counting at once, so a dialog that cancels its
    test is not left looking busy while the worker finishes unseen.
    """

    busyChanged = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._count = 0

    @property
    def busy(self) -> bool:
        return self._count > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        name: Hashable | None = None,
        latest: bool = False,
        lane: str = NETWORK,
    ) -> int:
        """:meth:`TaskRunner.run`, or with ``name`` single-flight (``run_once``), or with
        ``latest`` latest-wins (``run_latest``)."""
        # Counted first: a run that supersedes our own never shows as idle in between.
        self._count += 1
        if self._count == 1:
            self.busyChanged.emit(True)
        if name is None:
            task_id = self.runner.run(fn, on_done, on_error, lane=lane, on_settled=self._done)
        elif latest:
            task_id = self.runner.run_latest(
                name, fn, on_done, on_error, lane=lane, on_settled=self._done
            )
        else:
            task_id = self.runner.run_once(
                name, fn, on_done, on_error, lane=lane, on_settled=self._done
            )
        if not task_id:
            self._done()  # dropped: single-flight, or shutting down
        return task_id

    def hold(self) -> None:
        """Busy for work the group does not run itself (another object's task); pair
        with :meth:`release`."""
        self._count += 1
        if self._count == 1:
            self.busyChanged.emit(True)

    def release(self) -> None:
        self._done()

    def _done(self) -> None:
        self._count -= 1
        if self._count == 0:
            self.busyChanged.emit(False)
