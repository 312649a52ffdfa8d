"""The call timeline under the form: finished calls of this app (its history) merged with
mine from the PBX (``stats/recent-calls-by-internal-number``, which also lists calls made on
the desk phone), one row per call, newest first, in two sections (today, earlier).

The history gives a bounded slice (:data:`SLICE_ROWS` attempts of :data:`SLICE_DAYS` days,
read off an index), so a long history costs the window nothing. The PBX is asked on a
worker, latest-wins, at start and then every :data:`REFRESH_SECONDS` while the window is
seen; every desk of a company shares one key's rate limit, so a 106 makes the next ask
wait as long as the PBX says (at least twice as long as usual).

A call the app started is on both lists under the same general call id: it is shown once,
from the history (which knows the exact request, to call again), with the PBX's outcome
where the history has none yet. Rows for one number collapse into one :class:`Group`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..binotel.errors import RateLimitError
from ..callkinds import BRIDGE, CALL
from ..callstate import ENDED, CallState
from ..services.tasks import TaskRunner
from .calls import CallRequest, request_from_record
from .connection import Connection
from .names import is_withheld

if TYPE_CHECKING:
    from ..binotel import CallDetails, Client
    from ..services.history import Attempt, History

SLICE_ROWS = 200  # newest attempts the timeline reads from the history
SLICE_DAYS = 14  # and no older than this (the PBX's own list covers two weeks too)
REFRESH_SECONDS = 300.0  # the PBX's list, while the window is seen
LONGEST_WAIT = 1800.0  # after 106s in a row, asked again at least this often
TASK = "timeline-recent"  # the run_latest name: one ask in flight

# Kinds of rows beyond the app's four (callkinds): a call that came in, and a call made
# from my extension that this app did not start (the desk phone, mostly).
INCOMING = "incoming"
DESK = "desk"

# Outcome classes (rows are coloured by them: ui/widgets/palette.OUTCOME_TEXT).
ANSWERED = "answered"
BUSY = "busy"
NO_ANSWER = "no_answer"
FAILED_OUTCOME = "failed"
MISSED = "missed"


@dataclass(frozen=True, slots=True)
class Entry:
    """One finished (or given-up) call on the timeline."""

    key: str  # "app:<row id>" or "pbx:<general call id>"
    at: float  # Unix time it started
    kind: str  # CALL, BRIDGE, ANNOUNCE, IVR, INCOMING or DESK
    number: str  # the customer's digits ("" when withheld)
    number2: str = ""  # a bridge's second number
    outcome: str = ""  # ANSWERED, BUSY, NO_ANSWER, FAILED_OUTCOME, MISSED, "" (unknown)
    disposition: str = ""  # the PBX's word, "" while unknown
    seconds: int = 0  # talk time
    failed: bool = False  # an app row the PBX refused (or that never left)
    interrupted: bool = False  # the app ended while it started: how it went is not known
    error: str = ""  # the stored failure of an app row
    call_id: str = ""
    company: str = ""  # the company number the customer called, or was called from
    answered_by: str = ""  # an incoming call a colleague took: who ("" when I did)
    attempt: Attempt | None = None  # the app's record: the exact request to call again

    @property
    def withheld(self) -> bool:
        return self.kind == INCOMING and is_withheld(self.number)

    @property
    def group_key(self) -> str:
        if self.withheld:
            return self.key  # nobody to call back: never lumped together
        return f"{self.number}↔{self.number2}" if self.kind == BRIDGE else self.number


@dataclass(slots=True)
class Group:
    """The rows of one number in one section, newest first."""

    entries: list[Entry] = field(default_factory=list)

    @property
    def newest(self) -> Entry:
        return self.entries[0]

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def key(self) -> str:
        return self.newest.group_key


def outcome_class(disposition: str, *, incoming: bool = False) -> str:
    """The colour class of a finished call's PBX disposition."""
    if not disposition:
        return ""
    state = CallState(ENDED, disposition)
    if incoming:
        return ANSWERED if state.outcome == ANSWERED else MISSED
    return state.outcome


def from_attempt(attempt: Attempt, record: CallDetails | None = None) -> Entry:
    disposition, seconds = attempt.disposition, attempt.seconds or 0
    if (not disposition or disposition == "LEFT_AT_QUIT") and record is not None:
        disposition, seconds = record.disposition, record.billsec  # the PBX saw the end
    if attempt.failed:
        outcome = FAILED_OUTCOME
    elif attempt.interrupted:
        outcome = ""
    else:
        outcome = outcome_class(disposition)
    return Entry(
        key=f"app:{attempt.id}",
        at=attempt.time,
        kind=attempt.kind,
        number=attempt.number,
        number2=attempt.number2,
        outcome=outcome,
        disposition=disposition,
        seconds=seconds,
        failed=attempt.failed,
        interrupted=attempt.interrupted,
        error=attempt.error,
        call_id=attempt.call_id,
        company=attempt.company,
        attempt=attempt,
    )


def from_record(record: CallDetails, mine: str = "") -> Entry:
    """The PBX's record as a row; ``mine`` is my extension (a call a colleague answered
    says who did)."""
    incoming = record.call_type == "0"
    outcome = outcome_class(record.disposition, incoming=incoming)
    taker = record.internal_number
    answered_by = ""
    if incoming and outcome == ANSWERED and taker and taker != mine:
        answered_by = record.employee_name or taker
    return Entry(
        key=f"pbx:{record.general_call_id}",
        at=float(record.start_time or 0),
        kind=INCOMING if incoming else DESK,
        number="" if record.number_withheld else record.external_number,
        outcome=outcome,
        disposition=record.disposition,
        seconds=record.billsec,
        call_id=record.general_call_id,
        company=record.pbx_number,
        answered_by=answered_by,
    )


def merge(
    attempts: Iterable[Attempt],
    records: Iterable[CallDetails],
    *,
    live: Iterable[str] = (),
    since: float = 0.0,
    my_extension: str = "",
) -> list[Entry]:
    """The app's attempts and the PBX's records as one list, newest first: a call on both
    is the app's row; calls still live (``live``: their ids) and attempts still on their
    way are the live section's, not here."""
    from ..services.history import STARTING  # loaded by then: the shell opened the history

    live_ids = set(live)
    by_id = {r.general_call_id: r for r in records if r.general_call_id}
    entries: list[Entry] = []
    mine: set[str] = set()
    for attempt in attempts:
        if attempt.result == STARTING or (attempt.call_id and attempt.call_id in live_ids):
            continue
        if attempt.call_id:
            mine.add(attempt.call_id)
        entries.append(from_attempt(attempt, by_id.get(attempt.call_id)))
    for call_id, record in by_id.items():
        if call_id in mine or call_id in live_ids or not record.is_final:
            continue
        entries.append(from_record(record, my_extension))
    entries = [e for e in entries if e.at > since]
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries


def collapse(entries: Iterable[Entry]) -> list[Group]:
    """One group per number, placed where its newest call is."""
    groups: dict[str, Group] = {}
    for entry in entries:  # newest first
        groups.setdefault(entry.group_key, Group()).entries.append(entry)
    return list(groups.values())


def split_days(entries: Iterable[Entry], now: float) -> tuple[list[Entry], list[Entry]]:
    """(today's, earlier) by the local calendar day of ``now``."""
    today = datetime.fromtimestamp(now).date()
    mine: list[Entry] = []
    earlier: list[Entry] = []
    for entry in entries:
        (mine if datetime.fromtimestamp(entry.at).date() == today else earlier).append(entry)
    return mine, earlier


def _recent(client: Client, extension: str) -> dict[str, CallDetails]:
    return client.stats.recent_calls_by_internal_number(extension)


class Timeline(QObject):
    """The model behind ``ui/timeline_view.py``: :meth:`today` and :meth:`earlier`."""

    changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        connection: Connection,
        my_extension: Callable[[], str],
        live_ids: Callable[[], Iterable[str]] = tuple,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._connection = connection
        self._my_extension = my_extension
        self._live_ids = live_ids
        self.history: History | None = None
        self.records: dict[str, CallDetails] = {}
        self.entries: list[Entry] = []
        self.cleared_at = 0.0  # "Clear finished": calls up to then are not shown
        self.asks = 0  # PBX asks sent, and answers or failures come back (tests)
        self.answers = 0
        self.wait = REFRESH_SECONDS  # until the next ask
        self._visible = False
        self._asked_at = 0.0  # monotonic
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    # ----- the app's history -------------------------------------------------------------

    def use_history(self, history: History) -> None:
        self.history = history
        self.reload()

    def reload(self) -> None:
        """Read the slice again (a call was made or ended) and merge."""
        self._merge()

    def _attempts(self) -> list[Attempt]:
        if self.history is None:
            return []
        return self.history.timeline(SLICE_ROWS, time.time() - SLICE_DAYS * 86400)

    def _merge(self) -> None:
        self.entries = merge(
            self._attempts(),
            self.records.values(),
            live=self._live_ids(),
            since=self.cleared_at,
            my_extension=self._my_extension(),
        )
        self.changed.emit()

    def today(self, now: float | None = None) -> list[Group]:
        return collapse(split_days(self.entries, time.time() if now is None else now)[0])

    def earlier(self, now: float | None = None) -> list[Group]:
        return collapse(split_days(self.entries, time.time() if now is None else now)[1])

    def has_call(self, call_id: str) -> bool:
        """Whether the call ``call_id`` has its row here (then its live row may go)."""
        return any(e.call_id == call_id for e in self.entries)

    def clear_finished(self) -> None:
        """Out of sight until newer calls come; the history window keeps every one."""
        self.cleared_at = time.time()
        self._merge()

    # ----- the PBX's list ------------------------------------------------------------------

    def forget_account(self) -> None:
        """Signed out or switched: the last account's calls go."""
        self._runner.forget(TASK)
        self.records = {}
        self._timer.stop()
        self._merge()

    def set_visible(self, visible: bool) -> None:
        """Asked every few minutes while seen; in the tray not at all (one ask at start)."""
        self._visible = visible
        if not visible:
            self._timer.stop()
            return
        if self._timer.isActive():
            return
        due = self._asked_at + self.wait - time.monotonic() if self._asked_at else 0.0
        if due <= 0:
            self.refresh()
        else:
            self._timer.start(int(due * 1000))

    def refresh(self) -> None:
        """Ask the PBX for my recent calls now (latest wins); the next ask is scheduled."""
        self._timer.stop()
        extension = self._my_extension()
        if not extension or not self._connection.signed_in:
            self._schedule()  # an extension chosen later is asked about then
            return
        try:
            client = self._connection.client()
        except Exception:  # a setting refused: the window says which
            self._schedule()
            return
        self.asks += 1
        self._asked_at = time.monotonic()
        self._runner.run_latest(
            TASK, partial(_recent, client, extension), self._fetched, self._fetch_failed
        )

    def _fetched(self, records: dict[str, CallDetails]) -> None:
        self.answers += 1
        self.wait = REFRESH_SECONDS
        self.records = dict(records)
        self._merge()
        self._schedule()

    def _fetch_failed(self, exc: BaseException) -> None:
        # Read-only and optional: nothing is said; the app's own calls are still shown.
        self.answers += 1
        if isinstance(exc, RateLimitError):
            self.wait = min(max(self.wait * 2, exc.retry_after), LONGEST_WAIT)
        self._schedule()

    def _schedule(self) -> None:
        if self._visible:
            self._timer.start(int(self.wait * 1000))

    # ----- calling again ---------------------------------------------------------------

    def request_for(
        self, entry: Entry, ordinary: Callable[[str], CallRequest | None]
    ) -> CallRequest | None:
        """The call a row's *Call again* makes: the app's call exactly as it was made; a
        desk-phone call as an ordinary call from my extension (``ordinary`` builds it with
        the saved defaults); an incoming one calls the caller back from the number they
        called. None when there is nobody to call (a withheld number)."""
        if entry.attempt is not None:
            return request_from_record(entry.attempt)
        if entry.withheld or not entry.number:
            return None
        request = ordinary(entry.number)
        if request is not None and entry.kind == INCOMING and entry.company:
            request = replace(request, company=entry.company)
        return request if request is None or request.kind == CALL else None
