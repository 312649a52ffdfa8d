"""Starting calls and filling the pickers. Every request goes through the TaskRunner."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..binotel.errors import AuthError, BinotelError, ConfigError
from ..services.tasks import TaskRunner
from ..wording import failures as messages
from .calls import CALL, CallRequest, start_call
from .connection import ConnectedController, Connection, NotSignedIn

if TYPE_CHECKING:
    from ..binotel import CallStarted, Client


# The same action (kind and numbers) again within this many seconds of its start is a
# double click, a double Enter, a link opened twice or the shortcut pressed twice: it sends
# nothing, however fast the PBX answered the first.
SAME_ACTION_WINDOW = 2.0
# A call start not yet written after this long (a slow name lookup or connect) gets its
# row in the window anyway: the row says it is on its way, and has its Cancel.
LEFT_FALLBACK_MS = 50


def _action(request: CallRequest) -> tuple[str, ...]:
    return (
        request.kind,
        request.number,
        request.number2,
        request.extension,
        request.company,
        request.voice_file_id,
        request.ivr_name,
    )


def _may_have_started(exc: BaseException) -> bool:
    """A timeout or a cut connection after the request left: the PBX may be ringing."""
    return isinstance(exc, BinotelError) and exc.may_have_started


def _rings_own_phone(request: CallRequest) -> bool:
    """Whether the desk phone rings first, so it is where a started call shows."""
    return request.kind == CALL


def _start(client: Client, request: CallRequest, written: Callable[[], None]) -> CallStarted:
    """On a worker: send the call start; ``written`` is called as soon as it is written."""
    from ..binotel.http import when_written  # requests stays off the start-up path

    with when_written(written):
        return start_call(client, request)


def _employees(client: Client) -> list[Any]:
    return client.settings.list_of_employees()


def _voice_files(client: Client) -> list[Any]:
    return client.settings.list_of_voice_files()


class DialController(ConnectedController):
    """Starts calls at most once per user action and loads employees and voice files."""

    # True with callLeft: the button's "Calling…" is display (the guard holds from the
    # click on, see busy), and laying the form out again held the GIL the worker needed.
    busyChanged = Signal(bool)
    callSending = Signal(object)  # CallRequest: emitted before it leaves (history row first)
    # CallRequest: written to the PBX, or still on its way LEFT_FALLBACK_MS later; always
    # before its answer. What only shows the call (the window's row, the busy button)
    # waits for this, so the GUI thread is not building widgets while the worker sends.
    callLeft = Signal(object)
    _written = Signal(object)  # from the worker: the call start is on the wire
    callQueued = Signal(object)  # CallRequest: another call is starting; this one waits
    queuedDropped = Signal(object)  # CallRequest: taken out of the queue, never sent
    keyRefused = Signal(str)  # the PBX said the key or secret is wrong (the sentence shown)
    againTooSoon = Signal(str)  # a call that may have started, asked for again at once
    callStarted = Signal(object, object, float)  # CallRequest, CallStarted, monotonic start
    callFailed = Signal(object, object)  # CallRequest, Failure
    employeesLoaded = Signal(list)
    voiceFilesLoaded = Signal(list)
    listFailed = Signal(str, object)  # which list, Failure

    def __init__(
        self, runner: TaskRunner, connection: Connection, parent: QObject | None = None
    ) -> None:
        super().__init__(runner, connection, parent)
        self._sending = False  # callSending's slots run before the start is queued
        self.same_action_window = SAME_ACTION_WINDOW
        self._sent_at: dict[tuple[str, ...], float] = {}  # action -> when it last left
        self._in_flight: tuple[str, ...] | None = None  # the action of the start on its way
        # Different calls asked for while one is starting, sent in turn as each start
        # returns: a second link or shortcut press is a new action, never dropped unseen.
        self.queued: list[CallRequest] = []
        self._unsure: set[tuple[str, ...]] = set()  # failed, but may have started
        self._unseen: CallRequest | None = None  # on its way, callLeft not emitted yet
        self._written.connect(self._left)  # queued: emitted on the worker

    def _task(self, what: str) -> tuple[int, str]:
        return (id(self), what)  # one runner may serve several controllers (tests)

    @property
    def busy(self) -> bool:
        """A call start is on its way (from just before ``callSending`` to its answer)."""
        return self._sending or self._runner.in_flight(self._task("dial"))

    def dial(self, request: CallRequest) -> bool:
        """Send ``request`` now; while another call start is on its way, queue it (the
        same action again sends nothing: the double-start guard). True if sent."""
        action = _action(request)
        if self.busy:
            waiting = [_action(q) for q in self.queued]
            if action != self._in_flight and action not in waiting:
                self.queued.append(request)
                self.callQueued.emit(request)
            return False
        now = time.monotonic()
        if now - self._sent_at.get(action, -1e9) < self.same_action_window:
            if action in self._unsure:  # not a double click: a retry after "may have started"
                self.againTooSoon.emit(
                    self.tr(
                        "The call to {who} may have started a moment ago, so it was not "
                        "sent again. Check first; if it did not start, try again in a "
                        "few seconds."
                    ).format(who=request.who)
                )
            return False  # the same action again at once: the first one already left
        try:
            client = self._connection.client()
        except NotSignedIn:
            self.callFailed.emit(request, messages.signed_out())
            return False
        except ConfigError as exc:  # a setting that can't be used: nothing was sent
            self.callFailed.emit(request, messages.describe(exc))
            return False
        started_at = now
        self._remember(action, now)
        self._in_flight = action
        self._sending = True  # the guard holds from here on
        try:
            # Direct connections run now: history has its row before the PBX sees anything.
            self.callSending.emit(request)
            queued = self._runner.run_once(
                self._task("dial"),
                partial(_start, client, request, partial(self._tell_written, request)),
                on_done=partial(self._on_started, request, started_at),
                on_error=partial(self._on_failed, request),
            )
        finally:
            self._sending = False
        if queued:
            self._unseen = request
            QTimer.singleShot(LEFT_FALLBACK_MS, self, partial(self._left, request))
        return True

    def _tell_written(self, request: CallRequest) -> None:
        # On the worker. RuntimeError: the controller was deleted while it was sending.
        with contextlib.suppress(RuntimeError):
            self._written.emit(request)

    def _left(self, request: CallRequest) -> None:
        if self._unseen is request:  # once, and never after its answer
            self._unseen = None
            self.busyChanged.emit(True)
            self.callLeft.emit(request)

    def cancel_queued(self, request: CallRequest) -> bool:
        """Take a waiting call out of the queue (its Cancel). True if it was waiting."""
        if request in self.queued:
            self.queued.remove(request)
            self.queuedDropped.emit(request)
            return True
        return False

    def _send_next(self) -> None:
        self._in_flight = None
        if self.queued:
            self.dial(self.queued.pop(0))

    def _remember(self, action: tuple[str, ...], now: float) -> None:
        window = self.same_action_window
        self._sent_at = {a: t for a, t in self._sent_at.items() if now - t < window}
        self._unsure &= set(self._sent_at)
        self._sent_at[action] = now

    def _answered(self, request: CallRequest) -> None:
        if self._unseen is request:  # answered before it was written: no row to show
            self._unseen = None

    def _on_started(self, request: CallRequest, started_at: float, result: CallStarted) -> None:
        self._answered(request)
        self.busyChanged.emit(False)
        self.callStarted.emit(request, result, started_at)
        self._send_next()

    def _on_failed(self, request: CallRequest, exc: BaseException) -> None:
        self._answered(request)
        if not _may_have_started(exc):
            # No call started, so trying again at once is a real retry, not a double click.
            self._sent_at.pop(_action(request), None)
        else:
            self._unsure.add(_action(request))
        self.busyChanged.emit(False)
        failure = messages.describe(exc, own_phone=_rings_own_phone(request))
        self.callFailed.emit(request, failure)
        if isinstance(exc, AuthError):
            self.keyRefused.emit(failure.sentence)
        self._send_next()

    def load_employees(self) -> None:
        self._load("employees", _employees, self.employeesLoaded)

    def load_voice_files(self) -> None:
        self._load("voice-files", _voice_files, self.voiceFilesLoaded)

    def _load(self, name: str, fn: Any, signal: Any) -> None:
        if self._runner.in_flight(self._task(name)):
            return  # single-flight: the answer on its way serves this ask too
        try:
            client = self._connection.client()
        except NotSignedIn:
            return
        except ConfigError as exc:
            self.listFailed.emit(name, messages.describe(exc))
            return

        def failed(exc: BaseException) -> None:
            self.listFailed.emit(name, messages.describe(exc))

        self._runner.run_once(self._task(name), partial(fn, client), signal.emit, failed)
