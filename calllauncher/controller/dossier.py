"""One number's dossier: its company-wide calls from the PBX (``history-by-external-number``)
merged with this app's own attempts, the notes and tags on them, the recording of a call
(asked for only when wanted), and adding the number to Binotel's CRM.

Nothing here waits: every request runs on the TaskRunner's network lane and answers with a
signal. A recording's signed link is handed to the opener and dropped: it is never stored,
put in a signal or logged (it opens the recording for a quarter of an hour).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..binotel.customers import cabinet_add_contact_link, cabinet_history_link
from ..services.history import FAILED, INTERRUPTED, STARTING, Attempt, History
from ..services.tasks import TaskRunner
from ..wording import notes as words
from ..wording.failures import describe, signed_out
from .connection import Connection, NotSignedIn
from .names import NameLookup

if TYPE_CHECKING:
    from ..binotel import CallDetails, Client

IN, OUT = "in", "out"
HISTORY_LIMIT = 500  # the PBX cuts near this anyway (binotel-api.md)

Opener = Callable[[str], bool]  # opens a link in the desktop's player or browser


@dataclass(frozen=True, slots=True)
class DossierRow:
    """One call with the number: the PBX's record, this app's attempt, or both."""

    call_id: str  # the PBX's generalCallID ("" for an attempt the PBX never named)
    time: float  # Unix time
    direction: str  # IN, OUT or "" (not known)
    who: str  # who talked to them: "Олена Коваленко (901)", a queue, a mobile number
    disposition: str  # ANSWER, BUSY...; "" while unknown
    seconds: int | None  # talk time
    note: str = ""
    tag: str = ""
    attempt_id: int = 0  # this app's attempt row (0: a call the app did not make)
    has_recording: bool = False
    kind: str = ""  # the attempt's kind (call, bridge...), "" for a PBX-only call
    result: str = ""  # the attempt's result (failed, interrupted...)
    error: str = ""  # the attempt's stored failure


def _calls(client: Client, number: str) -> dict[str, CallDetails]:
    return client.stats.history_by_external_number([number])


class DossierController(QObject):
    changed = Signal()  # rows, loading state or status changed
    status = Signal(str, str)  # a sentence to show, its kind ("info", "error")
    customerRefused = Signal(str, str)  # the sentence, the cabinet's add-contact link

    def __init__(
        self,
        number: str,
        runner: TaskRunner,
        connection: Connection,
        history: History,
        names: NameLookup,
        my_extension: Callable[[], str],
        opener: Opener,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.number = number
        self._runner = runner
        self._connection = connection
        self._history = history
        self.names = names
        self._my_extension = my_extension
        self._opener = opener
        self._pbx: dict[str, CallDetails] = {}
        self.rows: list[DossierRow] = []
        self.loading = False
        self.failure = ""  # why the PBX's calls are missing ("" when they are not)
        self.creating = False
        names.nameFound.connect(self._name_found)

    # ----- what the dossier shows ------------------------------------------------------

    @property
    def name(self) -> str:
        return self.names.name(self.number)

    def label(self) -> str:
        return self.names.label(self.number)

    def description(self) -> str:
        known = self.names.known(self.number)
        return known.description if known is not None else ""

    def _client(self) -> Client | None:
        try:
            return self._connection.client()
        except NotSignedIn:
            self.failure = signed_out().sentence
        except Exception as exc:  # a setting the account refuses
            self.failure = describe(exc).sentence
        return None

    def load(self) -> None:
        """Show this app's attempts at once; ask the PBX for the company's calls."""
        self._merge()
        client = self._client()
        if client is None:
            self.loading = False
            self.changed.emit()
            return
        self.loading, self.failure = True, ""
        self.changed.emit()
        self._runner.run_latest(
            ("dossier", self.number),
            partial(_calls, client, self.number),
            self._loaded,
            self._load_failed,
        )

    def _loaded(self, calls: dict[str, CallDetails]) -> None:
        self._pbx = {cid: d for cid, d in calls.items() if d.external_number == self.number}
        self.loading = False
        self._merge()
        self.changed.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.failure = describe(exc).sentence
        self.changed.emit()

    def _who(self, details: CallDetails) -> str:
        ext = details.internal_number
        name = details.employee_name or (
            self.names.colleague(ext) if details.internal_kind == "extension" else ""
        )
        if name and ext and details.internal_kind == "extension":
            return f"{name} ({ext})"
        return name or ext

    def _own_who(self, attempt: Attempt) -> str:
        name = self.names.colleague(attempt.extension) if attempt.extension else ""
        return f"{name} ({attempt.extension})" if name else attempt.extension

    def _merge(self) -> None:
        own = self._history.attempts_for_number(self.number, HISTORY_LIMIT)
        notes = self._history.notes_for_number(self.number)
        by_call = {a.call_id: a for a in own if a.call_id}
        rows: list[DossierRow] = []
        for call_id, details in self._pbx.items():
            attempt = by_call.get(call_id)
            note = notes.get(call_id)
            rows.append(
                DossierRow(
                    call_id=call_id,
                    time=float(details.start_time or (attempt.time if attempt else 0)),
                    direction={"0": IN, "1": OUT}.get(details.call_type, ""),
                    who=self._who(details) or (self._own_who(attempt) if attempt else ""),
                    disposition=details.disposition,
                    seconds=details.billsec if details.is_final else None,
                    note=note.note if note else "",
                    tag=note.tag if note else "",
                    attempt_id=attempt.id if attempt else 0,
                    has_recording=details.has_recording,
                    kind=attempt.kind if attempt else "",
                    result=attempt.result if attempt else "",
                )
            )
        for attempt in own:
            if attempt.call_id and attempt.call_id in self._pbx:
                continue
            rows.append(
                DossierRow(
                    call_id=attempt.call_id,
                    time=attempt.time,
                    direction=OUT,
                    who=self._own_who(attempt),
                    disposition=attempt.disposition,
                    seconds=attempt.seconds,
                    note=attempt.note,
                    tag=attempt.tag,
                    attempt_id=attempt.id,
                    kind=attempt.kind,
                    result=attempt.result,
                    error=attempt.error,
                )
            )
        rows.sort(key=lambda r: r.time, reverse=True)
        self.rows = rows

    def _name_found(self, number: str) -> None:
        if number == self.number or any(number in row.who for row in self.rows):
            self._merge()
            self.changed.emit()

    # ----- notes -----------------------------------------------------------------------

    def set_note(self, row: DossierRow, note: str, tag: str) -> None:
        if row.attempt_id:
            self._history.set_note(row.attempt_id, note, tag)
        elif row.call_id:
            self._history.set_call_note(row.call_id, self.number, note, tag, at=row.time)
        self._merge()
        self.changed.emit()

    # ----- recordings ------------------------------------------------------------------

    def play(self, row: DossierRow) -> None:
        """Ask the PBX for the recording's signed link now, and open it when it comes."""
        if not row.has_recording or not row.call_id:
            return
        client = self._client()
        if client is None:
            self.status.emit(words.recording_failed(self.failure), "error")
            return
        self._runner.run_once(
            ("recording", row.call_id),
            partial(client.stats.call_record, row.call_id),
            self._open_recording,
            self._recording_failed,
        )

    def _open_recording(self, url: str) -> None:
        # Handed on and forgotten: not kept in an attribute, a signal or a log record.
        if not self._opener(url):
            self.status.emit(words.recording_not_opened(), "error")

    def _recording_failed(self, exc: BaseException) -> None:
        self.status.emit(words.recording_failed(describe(exc).sentence), "error")

    # ----- the web cabinet and the CRM -------------------------------------------------

    def open_in_binotel(self) -> None:
        self._opener(cabinet_history_link(self.number))

    def open_add_contact(self) -> None:
        self._opener(cabinet_add_contact_link(self.number))

    def suggested_name(self) -> str:
        return self.names.name(self.number, ask=False)

    def my_extension(self) -> str:
        return self._my_extension()

    def assignee_label(self) -> str:
        """ "901 — Олена Коваленко": who the new contact is assigned to ("" if nobody)."""
        ext = self._my_extension()
        name = self.names.colleague(ext) if ext else ""
        return f"{ext} — {name}" if name else ext

    def add_to_crm(self, name: str) -> bool:
        """``customers/create`` with the name, the number and my extension as the
        assignee; False (and a sentence) when there is nothing to send."""
        name = " ".join(name.split())
        if not name:
            self.status.emit(words.name_needed(), "error")
            return False
        client = self._client()
        if client is None:
            self.customerRefused.emit(
                words.customer_refused(self.failure), cabinet_add_contact_link(self.number)
            )
            return False
        self.creating = True
        self.changed.emit()
        self._runner.run_once(
            ("customer", self.number),
            partial(
                client.customers.create,
                name,
                [self.number],
                assigned_extension=self._my_extension(),
            ),
            partial(self._created, name),
            self._create_failed,
        )
        return True

    def _created(self, name: str, customer_id: str) -> None:
        self.creating = False
        self.names.remember(self.number, name)
        self.status.emit(words.customer_added(name), "info")
        self.changed.emit()

    def _create_failed(self, exc: BaseException) -> None:
        self.creating = False
        self.customerRefused.emit(
            words.customer_refused(describe(exc).sentence), cabinet_add_contact_link(self.number)
        )
        self.changed.emit()


def is_unsettled(row: DossierRow) -> bool:
    """An attempt whose outcome the app does not know (failed, starting, interrupted)."""
    return row.result in (FAILED, STARTING, INTERRUPTED)
