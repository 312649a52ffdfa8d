"""My presence and the team's: who I am on the PBX, setting my state, and re-reading the
employee list (presence and busy lamps) within the shared rate budget.

Every desk shares one key's rate limit, so the team is re-read at most every
``VISIBLE_EVERY`` seconds while the window (or the team panel) is seen, every
``TRAY_EVERY`` seconds from the tray, and at least twice as long (or as long as the PBX
asks) after a 106. A list loaded for another reason (the window's own load, F5) counts
as a refresh: the next one is due that much later.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..binotel.errors import ConfigError, RateLimitError
from ..binotel.models import PRESENCE_STATES, Employee
from ..services.tasks import TaskRunner
from ..wording import failures as messages
from ..wording import team as words
from ..wording.failures import Failure
from .connection import ConnectedController, Connection, NotSignedIn

if TYPE_CHECKING:
    from ..binotel import Client

VISIBLE_EVERY = 60.0
TRAY_EVERY = 600.0


def _change(client: Client, employee_id: str, state: str) -> None:
    client.settings.change_employee_presence_state(employee_id, state)


def _employees(client: Client) -> list[Employee]:
    return client.settings.list_of_employees()


def find_me(employees: Sequence[Employee], extension: str) -> Employee | None:
    """The employee on my extension (a line without a user is nobody's presence)."""
    if not extension:
        return None
    return next((e for e in employees if e.extension == extension and e.has_user), None)


class PresenceController(ConnectedController):
    changed = Signal()  # the team, or my presence, is different now
    failed = Signal(object)  # Failure: my presence was not changed
    teamLoaded = Signal(list)  # list[Employee] re-read here (the app hands it on)
    busyChanged = Signal(bool)  # a change of my presence is on its way

    def __init__(
        self,
        runner: TaskRunner,
        connection: Connection,
        own_extension: Callable[[], str],
        parent: QObject | None = None,
        *,
        time_scale: float = 1.0,
    ) -> None:
        super().__init__(runner, connection, parent)
        self._own_extension = own_extension
        self.time_scale = time_scale  # tests shorten every wait by this factor
        self.employees: list[Employee] = []
        self.visible = True
        self._loaded_at = time.monotonic()  # the window loads the list as it opens
        self._wait_until = 0.0  # a 106's back-off: no refresh before this
        self._sending: str | None = None  # the state on its way
        self._wanted: str | None = None  # chosen while it was on its way
        self._confirmed: tuple[str, str, float] | None = None  # (id, state, when)
        self._handing_on = False  # teamLoaded may come back here through the dialer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self._schedule()

    def _task(self, what: str) -> tuple[int, str]:
        return (id(self), what)

    # -- my presence ----------------------------------------------------------------------

    def me(self) -> Employee | None:
        return find_me(self.employees, self._own_extension())

    @property
    def state(self) -> str:
        """My presence as the PBX last confirmed it ("" when unknown)."""
        me = self.me()
        return me.presence_state if me is not None else ""

    @property
    def busy(self) -> bool:
        return self._sending is not None

    def set_state(self, state: str) -> bool:
        """Ask the PBX to set my presence to ``state``; True if a request left. While one
        is on its way nothing more is sent: a different choice goes when it returns."""
        if state not in PRESENCE_STATES:
            raise ValueError(f"unknown presence state {state!r}")
        if self._sending is not None:
            self._wanted = None if state == self._sending else state
            return False
        if not self._connection.signed_in:
            self.failed.emit(Failure(words.presence_failed(messages.signed_out().sentence)))
            return False
        if state == self.state:
            return False  # already so: nothing to ask
        extension = self._own_extension()
        me = self.me()
        if me is None:
            sentence = words.no_employee(extension) if extension else words.no_extension()
            self.failed.emit(Failure(sentence))
            return False
        try:
            client = self._connection.client()
        except NotSignedIn:
            self.failed.emit(Failure(words.presence_failed(messages.signed_out().sentence)))
            return False
        except ConfigError as exc:
            self._fail(exc)
            return False
        self._sending = state
        self._runner.run_once(
            self._task("presence"),
            partial(_change, client, me.employee_id, state),
            on_done=partial(self._set, me.employee_id, state),
            on_error=self._not_set,
        )
        self.busyChanged.emit(True)
        return True

    def _set(self, employee_id: str, state: str, _result: Any) -> None:
        self._sending = None
        self._confirmed = (employee_id, state, time.monotonic())
        self.employees = [
            replace(e, presence_state=state) if e.employee_id == employee_id else e
            for e in self.employees
        ]
        self.busyChanged.emit(False)
        self.changed.emit()
        self._hand_on()  # the pickers' "901 — Olena (on a break)" too
        wanted, self._wanted = self._wanted, None
        if wanted is not None and wanted != state:
            self.set_state(wanted)  # the latest choice wins

    def _not_set(self, exc: BaseException) -> None:
        # A choice made meanwhile is dropped too: the sentence says the status stayed,
        # and the control shows it as it is; choosing again sends again.
        self._sending = self._wanted = None
        self.busyChanged.emit(False)
        self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        failure = messages.describe(exc)
        self.failed.emit(replace(failure, sentence=words.presence_failed(failure.sentence)))

    # -- the team ---------------------------------------------------------------------------

    def take(self, employees: list[Employee], *, asked_at: float | None = None) -> None:
        """A fresh employee list (loaded here or by the dialer): the next refresh is due
        one interval from now. ``asked_at``: when it was asked for, so an answer that left
        the PBX before my last change does not put the old state back."""
        if self._handing_on:
            return  # our own answer, handed on to the window and back
        now = time.monotonic()
        confirmed = self._confirmed
        if confirmed is not None and asked_at is not None and asked_at <= confirmed[2]:
            employee_id, state, _ = confirmed
            employees = [
                replace(e, presence_state=state) if e.employee_id == employee_id else e
                for e in employees
            ]
        self.employees = list(employees)
        self._loaded_at = now
        self._schedule()
        self.changed.emit()

    def forget(self) -> None:
        """Signed out or switched: the last account's team goes."""
        self.employees = []
        self._confirmed = None
        self._runner.forget(self._task("team"))
        self._loaded_at = time.monotonic()
        self._schedule()
        self.changed.emit()

    def set_visible(self, visible: bool) -> None:
        """The window or the team panel is seen (every minute) or not (the tray's pace)."""
        if visible != self.visible:
            self.visible = visible
            self._schedule()

    @property
    def every(self) -> float:
        return (VISIBLE_EVERY if self.visible else TRAY_EVERY) * self.time_scale

    def due_at(self) -> float:
        """The monotonic moment the next refresh may go."""
        return max(self._loaded_at + self.every, self._wait_until)

    def _schedule(self) -> None:
        wait = max(0.0, self.due_at() - time.monotonic())
        self._timer.start(int(wait * 1000) + 1)

    def refresh(self) -> None:
        """Re-read the team now if the budget allows (else when it does)."""
        now = time.monotonic()
        if now < self.due_at() or self._runner.in_flight(self._task("team")):
            self._schedule()
            return
        self._loaded_at = now  # the budget counts from the ask, answered or not
        try:
            client = self._connection.client()
        except (NotSignedIn, ConfigError):
            self._schedule()  # nothing to ask with; look again later
            return
        self._runner.run_once(
            self._task("team"),
            partial(_employees, client),
            on_done=partial(self._loaded, now),
            on_error=self._refresh_failed,
        )
        self._schedule()

    def _loaded(self, asked_at: float, employees: list[Employee]) -> None:
        self.take(employees, asked_at=asked_at)
        self._hand_on()

    def _hand_on(self) -> None:
        self._handing_on = True
        try:
            self.teamLoaded.emit(self.employees)
        finally:
            self._handing_on = False

    def _refresh_failed(self, exc: BaseException) -> None:
        # Quiet: the team shows what it last knew; a 106 pushes the next ask back.
        if isinstance(exc, RateLimitError):
            every = self.every
            self._wait_until = time.monotonic() + max(every * 2, exc.retry_after * self.time_scale)
        self._schedule()

    def stop(self) -> None:
        self._timer.stop()
