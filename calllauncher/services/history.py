"""Every call attempt and the favourite numbers, in sqlite (WAL) in the user data folder.

Threading: one :class:`History` belongs to the thread that made it, the GUI thread in the
app (sqlite refuses use from another thread). That is fine there: every operation is one
short transaction on a small local file (well under a millisecond to a few), never a
scan the size of the network. Don't call it from workers.

Never crashes the app (the mechanics are in :mod:`.sqlite_file`): a file that is not a
database or is damaged is moved aside as
``history.sqlite3.corrupt-<time>`` and a fresh one is made; a folder that can't be
written gives a history kept in memory for this session. Both leave a plain sentence in
:attr:`History.warning` (and call ``on_warning``) for the window to show.

Nothing secret is stored: numbers, extension, company number and call options only; an
option whose name looks like a credential is dropped.

Typical flow (the dialer)::

    row = history.add_attempt(CALL, "0443334023", extension="910", result=STARTING)
    ...the request leaves; the PBX answers...   history.mark_started(row, call_id)
    ...or fails...           history.mark_failed(row, "The PBX refused: ... (code 101)")
    ...call ends...          history.update_outcome(call_id, "ANSWER", 151)

The row is written before the request leaves, so a call the PBX may have started is in
history even when the app is quit, logged out or killed while the PBX holds the request.
At the next start :meth:`History.settle_interrupted` marks such rows "interrupted"
(whether the call went through is not known, and the row says so), and
:meth:`History.unfinished_calls` names calls that started but whose end was not seen,
for the app to ask the PBX about (``stats/call-details``).

A write that fails (a full disk, a file made read-only) is said in :attr:`History.warning`
and ``on_warning``, once until writing works again; never dropped silently. The file and
its -wal/-shm companions are readable by this user only (0600): they hold customers'
numbers.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..translation import translate
from . import paths
from .call_notes import CallNotes, fold
from .sqlite_file import ResilientFile

log = logging.getLogger(__name__)

FILE_NAME = "history.sqlite3"
DEMO_FILE_NAME = "demo-history.sqlite3"
# 2: attempts.pid; 3: attempts.error_folded and the search index; 4: notes and outcome tags
# (attempts.note, note_folded, tag; call_notes for calls the app did not make)
SCHEMA_VERSION = 4
STARTED = "started"
FAILED = "failed"
STARTING = "starting"  # written before the request left; the PBX's answer not seen yet
INTERRUPTED = "interrupted"  # the app ended before the PBX answered: outcome unknown
RESULTS = (STARTED, FAILED, STARTING, INTERRUPTED)
# The disposition of a call still live when the app quit: its end was not seen, so the
# next start asks the PBX (as for a call whose end was never seen at all).
LEFT_AT_QUIT = "LEFT_AT_QUIT"
DEFAULT_MAX_ROWS = 50_000  # about 10 MB; the oldest attempts go beyond this
# Outcome tags, stored by these ids (the wording layer words them in the user's language).
_SECRET_KEY = re.compile(r"secret|password|passwd|token|signature|\bkey\b|api_?key", re.I)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id          INTEGER PRIMARY KEY,
    time        REAL    NOT NULL,            -- Unix time the attempt was made
    kind        TEXT    NOT NULL,            -- call, bridge, announce, ivr
    number      TEXT    NOT NULL,            -- normalised digits
    number2     TEXT    NOT NULL DEFAULT '', -- second number of a bridge
    extension   TEXT    NOT NULL DEFAULT '',
    company     TEXT    NOT NULL DEFAULT '',
    options     TEXT    NOT NULL DEFAULT '{}',
    result      TEXT    NOT NULL,            -- starting, started, failed, interrupted
    call_id     TEXT    NOT NULL DEFAULT '', -- the PBX's generalCallID
    disposition TEXT    NOT NULL DEFAULT '', -- ANSWER, BUSY, ... once the call ended
    seconds     INTEGER,                     -- billsec once the call ended
    error       TEXT    NOT NULL DEFAULT '', -- the sentence shown when it failed
    pid         INTEGER NOT NULL DEFAULT 0,  -- the process that started it (see STARTING)
    error_folded TEXT   NOT NULL DEFAULT '', -- error, case-folded, for search
    note        TEXT    NOT NULL DEFAULT '', -- the person's one-line note on the call
    note_folded TEXT    NOT NULL DEFAULT '', -- note, case-folded, for search
    tag         TEXT    NOT NULL DEFAULT ''  -- one of TAGS, or ''
);
CREATE INDEX IF NOT EXISTS attempts_time ON attempts (time);
CREATE INDEX IF NOT EXISTS attempts_number ON attempts (number, time);
CREATE INDEX IF NOT EXISTS attempts_call_id ON attempts (call_id) WHERE call_id != '';
CREATE INDEX IF NOT EXISTS attempts_number2 ON attempts (number2, time) WHERE number2 != '';
-- Notes on calls the app did not make (a desk-phone call, a colleague's), by the PBX's
-- call id and the outside number; a call the app made keeps its note on its attempt row.
CREATE TABLE IF NOT EXISTS call_notes (
    call_id     TEXT NOT NULL,
    number      TEXT NOT NULL,
    time        REAL NOT NULL DEFAULT 0,     -- when the call was (Unix time), for order
    note        TEXT NOT NULL DEFAULT '',
    note_folded TEXT NOT NULL DEFAULT '',
    tag         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (call_id, number)
);
CREATE INDEX IF NOT EXISTS call_notes_number ON call_notes (number);
CREATE TABLE IF NOT EXISTS favourites (
    number TEXT PRIMARY KEY,
    name   TEXT NOT NULL DEFAULT '',
    added  REAL NOT NULL
);
"""

# Search reads this index newest first and never the table (every column it matches is
# here), in C: a keystroke costs ~1 ms per 10k calls, not a Python call per row.
_SEARCH_INDEX = (
    "CREATE INDEX IF NOT EXISTS attempts_search ON attempts (time, id, number, number2, "
    "extension, company, result, disposition, error_folded, note_folded, tag)"
)
# What every start-up asks (settle_interrupted, unfinished_calls): rows still starting,
# calls whose end was not seen. A handful at most, however long the history.
_START_UP_INDEXES = (
    f"CREATE INDEX IF NOT EXISTS attempts_starting ON attempts (pid) WHERE result = '{STARTING}'",
    "CREATE INDEX IF NOT EXISTS attempts_unsettled ON attempts (time) "
    f"WHERE result = '{STARTED}' AND call_id != '' AND disposition IN ('', '{LEFT_AT_QUIT}')",
)
_COLUMNS = (
    "a.id, a.time, a.kind, a.number, a.number2, a.extension, a.company, a.options, "
    "a.result, a.call_id, a.disposition, a.seconds, a.error, coalesce(f.name, ''), "
    "a.note, a.tag"
)
_FROM = "attempts a LEFT JOIN favourites f ON f.number = a.number"
# The newest attempts first, from the search index alone: the distinct numbers are
# read off it until enough are found, so start-up does not read a long history whole.
RECENT_NUMBERS_SQL = (
    "SELECT number, number2 FROM attempts INDEXED BY attempts_search ORDER BY time DESC, id DESC"
)


@dataclass(frozen=True, slots=True)
class Attempt:
    """One call attempt, as stored."""

    id: int
    time: float  # Unix time
    kind: str
    number: str
    number2: str = ""
    extension: str = ""
    company: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    result: str = STARTED  # one of RESULTS
    call_id: str = ""
    disposition: str = ""  # the PBX's final disposition, "" until known
    seconds: int | None = None  # talk time (billsec), None until known
    error: str = ""
    name: str = ""  # the favourite's name for ``number``, if it is one
    note: str = ""  # the person's one-line note
    tag: str = ""  # one of TAGS, or ""

    @property
    def when(self) -> datetime:
        """Local time of the attempt."""
        return datetime.fromtimestamp(self.time).astimezone()

    @property
    def failed(self) -> bool:
        return self.result == FAILED

    @property
    def interrupted(self) -> bool:
        return self.result == INTERRUPTED


@dataclass(frozen=True, slots=True)
class RecentNumber:
    """A number from recent history, newest first; ``last_id`` is its latest attempt."""

    number: str
    name: str
    time: float
    last_id: int
    kind: str


@dataclass(frozen=True, slots=True)
class Favourite:
    number: str
    name: str
    added: float


def default_path(demo: bool = False) -> Path:
    """The history file; the demo's calls have a file of their own, so a simulated call is
    never in a real account's history (nor redialled for real)."""
    return paths.data_dir() / (DEMO_FILE_NAME if demo else FILE_NAME)


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return False  # os.kill would end it there; a row of another live copy is rare
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, another user's: not ours to judge
    return True


def _clean_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in (options or {}).items():
        if _SECRET_KEY.search(str(key)):
            log.debug("history: option %r not stored", key)
            continue
        if value is None or value == "":
            continue
        clean[str(key)] = value if isinstance(value, (bool, int, float, str)) else str(value)
    return clean


def _sort_key(name: str) -> str:
    letters = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in letters if not unicodedata.combining(ch))


def _like(text: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


class History(ResilientFile, CallNotes):
    """The call history and favourites file. See the module text for threading."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        max_rows: int = DEFAULT_MAX_ROWS,
        on_warning: Callable[[str], None] | None = None,
    ) -> None:
        self.max_rows = max_rows
        # Rows of this session: this pid, written since now. (A restarted app may get the
        # dead one's pid again, in a container's own pid space for one.)
        self._opened_at = time.time()
        super().__init__(path or default_path(), on_warning=on_warning)

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.create_function("fold", 1, fold, deterministic=True)
        conn.executescript(_SCHEMA)
        if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return  # the usual open: nothing that reads the rows
        columns = {row[1] for row in conn.execute("PRAGMA table_info(attempts)")}
        if "pid" not in columns:  # a version-1 file
            conn.execute("ALTER TABLE attempts ADD COLUMN pid INTEGER NOT NULL DEFAULT 0")
        if "error_folded" not in columns:  # version 1 or 2
            conn.execute("ALTER TABLE attempts ADD COLUMN error_folded TEXT NOT NULL DEFAULT ''")
        for column in ("note", "note_folded", "tag"):  # version 1 to 3
            if column not in columns:
                conn.execute(f"ALTER TABLE attempts ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
        conn.execute(
            "UPDATE attempts SET error_folded = fold(error) WHERE error != '' AND error_folded = ''"
        )
        # The search index of version 3 lacks the note columns: made again with them.
        conn.execute("DROP INDEX IF EXISTS attempts_search")
        for index in (_SEARCH_INDEX, *_START_UP_INDEXES):
            conn.execute(index)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _unsaved_sentence(self, folder: Path) -> str:
        return translate(
            "History",
            "Call history can't be saved on this computer this time "
            "({folder} is not writable); it is kept until you quit.",
        ).format(folder=folder)

    def _damaged_sentence(self, kept_as: str) -> str:
        return translate(
            "History",
            "The call history file was damaged, so a new one was started. "
            "The old file was kept as {name}.",
        ).format(name=kept_as)

    def _write_failed_sentence(self, exc: sqlite3.Error, *, disk_full: bool) -> str:
        if disk_full:
            return translate(
                "History",
                "Call history can't be saved: the disk is full. Calls still go out, but they "
                "are not recorded until there is free space.",
            )
        return translate(
            "History",
            "Call history can't be saved ({reason}). Calls still go out, but they are "
            "not recorded.",
        ).format(reason=exc)

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- attempts ---------------------------------------------------------------------

    def add_attempt(
        self,
        kind: str,
        number: str,
        *,
        number2: str = "",
        extension: str = "",
        company: str = "",
        options: Mapping[str, Any] | None = None,
        result: str = STARTED,
        call_id: str = "",
        error: str = "",
        at: float | None = None,
    ) -> int:
        """Record an attempt; returns its row id (0 if it couldn't be stored)."""
        if result not in RESULTS:
            raise ValueError(f"result must be one of {RESULTS}, not {result!r}")
        values = (
            time.time() if at is None else at,
            kind,
            number,
            number2,
            extension,
            company,
            json.dumps(_clean_options(options), ensure_ascii=False, sort_keys=True),
            result,
            call_id,
            error,
            os.getpid(),
            fold(error),
        )

        def work(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                "INSERT INTO attempts (time, kind, number, number2, extension, company, "
                "options, result, call_id, error, pid, error_folded) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            row = int(cur.lastrowid or 0)
            if self.max_rows and row % 100 == 0:
                conn.execute(
                    "DELETE FROM attempts WHERE id <= "
                    "(SELECT id FROM attempts ORDER BY id DESC LIMIT 1 OFFSET ?)",
                    (self.max_rows,),
                )
            return row

        return self._run(work, 0, write=True)

    def mark_started(self, row_id: int, call_id: str) -> None:
        """The PBX accepted attempt ``row_id`` and named the call ``call_id``."""
        self._run(
            lambda c: c.execute(
                "UPDATE attempts SET result = ?, call_id = ?, error = '', error_folded = '' "
                "WHERE id = ?",
                (STARTED, call_id, row_id),
            ),
            None,
            write=True,
        )

    def mark_failed(self, row_id: int, error: str) -> None:
        """Attempt ``row_id`` failed; ``error`` is the sentence the person was shown."""
        self._run(
            lambda c: c.execute(
                "UPDATE attempts SET result = ?, error = ?, error_folded = ? WHERE id = ?",
                (FAILED, error, fold(error), row_id),
            ),
            None,
            write=True,
        )

    def update_outcome(self, call_id: str, disposition: str, seconds: int) -> bool:
        """The call ``call_id`` ended: store its disposition and talk time (billsec).

        Returns False if no attempt has that call id (e.g. the history was cleared).
        """
        if not call_id:
            return False
        changed = self._run(
            lambda c: (
                c.execute(
                    "UPDATE attempts SET disposition = ?, seconds = ? WHERE call_id = ?",
                    (disposition, max(0, int(seconds)), call_id),
                ).rowcount
            ),
            0,
            write=True,
        )
        return changed > 0

    def settle_interrupted(self) -> int:
        """Rows left "starting" by a copy of the app that is gone (quit, logout, a crash
        while the PBX held the request) become "interrupted": the PBX may or may not have
        started the call, and there is no call id to ask it with. Returns how many."""
        rows: list[tuple[int, int]] = self._run(
            lambda c: c.execute(
                # The literal lets sqlite use the small attempts_starting index.
                f"SELECT id, pid FROM attempts WHERE result = '{STARTING}'"
            ).fetchall(),
            [],
        )
        gone = [row_id for row_id, pid in rows if not _process_alive(pid)]
        if not gone:
            return 0
        note = translate(
            "History",
            "The app was closed while this call was being started, so whether it went "
            "through is not known.",
        )
        self._run(
            lambda c: c.executemany(
                "UPDATE attempts SET result = ?, error = ?, error_folded = ? "
                "WHERE id = ? AND result = ?",
                [(INTERRUPTED, note, fold(note), row_id, STARTING) for row_id in gone],
            ),
            None,
            write=True,
        )
        return len(gone)

    def _live_session(self, pid: int, at: float) -> bool:
        if pid == os.getpid():
            return at >= self._opened_at
        return _process_alive(pid)

    def unfinished_calls(self, limit: int = 50, max_age: float = 7 * 86400) -> list[str]:
        """Call ids of calls the PBX started whose end this copy did not see (the app was
        closed before they ended), newest first: ask ``stats/call-details`` about them."""
        rows: list[tuple[str]] = self._run(
            lambda c: c.execute(
                # Literals, so sqlite uses the small attempts_unsettled index (ends not seen,
                # or calls left live at quit).
                f"SELECT call_id FROM attempts WHERE result = '{STARTED}' AND call_id != '' "
                f"AND disposition IN ('', '{LEFT_AT_QUIT}') AND NOT (pid = ? AND time >= ?) "
                "AND time > ? ORDER BY time DESC LIMIT ?",
                (os.getpid(), self._opened_at, time.time() - max_age, limit),
            ).fetchall(),
            [],
        )
        return [row[0] for row in rows]

    def get(self, row_id: int) -> Attempt | None:
        rows = self._select(f"SELECT {_COLUMNS} FROM {_FROM} WHERE a.id = ?", (row_id,))
        return rows[0] if rows else None

    def attempts(self, limit: int | None = None, offset: int = 0) -> list[Attempt]:
        """All attempts, newest first (for the history view). Reading tens of thousands
        takes a noticeable moment: a view should fetch pages (``limit``/``offset``)."""
        return self._select(
            f"SELECT {_COLUMNS} FROM {_FROM} ORDER BY a.time DESC, a.id DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )

    def timeline(self, limit: int = 200, since: float = 0.0) -> list[Attempt]:
        """The newest ``limit`` attempts made at or after ``since``, newest first: the
        window's call timeline. The ids come from the search index alone (a bounded slice,
        however long the history); only those rows are read from the table."""
        if limit <= 0:
            return []
        sql = (
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE a.id IN ("
            "SELECT a.id FROM attempts a INDEXED BY attempts_search WHERE a.time >= ? "
            "ORDER BY a.time DESC, a.id DESC LIMIT ?) ORDER BY a.time DESC, a.id DESC"
        )
        return self._select(sql, (since, limit))

    def count(self) -> int:
        return int(self._run(lambda c: c.execute("SELECT count(*) FROM attempts").fetchone()[0], 0))

    def recent(self, limit: int = 8) -> list[RecentNumber]:
        """Distinct numbers called, newest first, named when they are favourites.

        Reads newest attempts only until ``limit`` numbers are found, so it stays quick
        with a long history (the tray menu asks every time it opens).
        """

        def work(conn: sqlite3.Connection) -> list[RecentNumber]:
            found: dict[str, RecentNumber] = {}
            cursor = conn.execute(
                "SELECT a.number, coalesce(f.name, ''), a.time, a.id, a.kind FROM attempts a "
                "LEFT JOIN favourites f ON f.number = a.number ORDER BY a.time DESC, a.id DESC"
            )
            for row in cursor:
                if len(found) >= limit:
                    break
                if row[0] not in found:
                    found[row[0]] = RecentNumber(row[0], row[1], row[2], row[3], row[4])
            cursor.close()
            return list(found.values())

        return self._run(work, []) if limit > 0 else []

    def recent_numbers(self, limit: int = 50) -> list[str]:
        """Distinct numbers called (either number of a bridge too), newest first: what the
        number field offers as it is typed. The history is their only keeper, so "Clear
        history…" leaves none behind."""
        if limit <= 0:
            return []

        def work(conn: sqlite3.Connection) -> list[str]:
            found: dict[str, None] = {}
            cursor = conn.execute(RECENT_NUMBERS_SQL)
            while len(found) < limit:
                rows = cursor.fetchmany(64)
                if not rows:
                    break
                for number, number2 in rows:
                    found.setdefault(number)
                    if number2:
                        found.setdefault(number2)
            cursor.close()
            return list(found)[:limit]

        return self._run(work, [])

    def search(
        self,
        text: str,
        limit: int = 200,
        *,
        results: Collection[str] = (),
        dispositions: Collection[str] = (),
        errors: Collection[str] = (),
        tags: Collection[str] = (),
    ) -> list[Attempt]:
        """Attempts whose number, second number, favourite name, extension, company,
        result, error or note contains ``text``, newest first. Number matching ignores
        spacing and punctuation, and "+380 44" finds "044..."; empty text gives all.

        ``results``, ``dispositions``, ``errors`` and ``tags`` are stored codes (and
        stored error facts) whose words in the user's language hold ``text``: the view
        words them, this file keeps no words."""
        text = text.strip()
        if not text:
            return self.attempts(limit)
        folded = text.casefold()
        # Every clause reads the search index only (see _SEARCH_INDEX), and only clauses
        # that can match are asked: favourite names are matched in the small favourites
        # table first, errors by their folded copy; the dispositions (ANSWER, BUSY...)
        # are ASCII words, where LIKE already ignores case.
        clauses = [
            "(a.error_folded != '' AND instr(a.error_folded, ?))",
            "(a.note_folded != '' AND instr(a.note_folded, ?))",
            "a.result = ?",
        ]
        params: list[Any] = [folded, folded, folded]
        for column, values in (
            ("a.result", results),
            ("a.disposition", dispositions),
            ("a.error_folded", [fold(v) for v in errors]),
            ("a.tag", [t for t in tags if t]),
        ):
            if values:
                clauses.append(f"{column} IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(sorted(set(values))))
        named = [f.number for f in self.favourites() if f.name and folded in fold(f.name)]
        if named:
            clauses.append("a.number IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(named))
        if text.isascii() and any(ch.isalpha() for ch in text):  # dispositions are words
            clauses.append("a.disposition LIKE ? ESCAPE '\\'")
            params.append(_like(text))
        digits = re.sub(r"\D", "", text) if re.fullmatch(r"[\d\s()+.\-/]+", text) else ""
        if digits:
            forms = {digits}
            if digits.startswith("380") and len(digits) >= 5:
                forms.add("0" + digits[3:])  # stored Ukrainian numbers are national
            for form in sorted(forms):
                clauses += [
                    "instr(a.number, ?)",
                    "instr(a.number2, ?)",
                    "a.extension = ?",
                    "instr(a.company, ?)",
                ]
                params += [form, form, form, form]
        # The ids come from the index alone, newest first; only the page found is read
        # from the table (and joined with the names).
        sql = (
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE a.id IN ("
            f"SELECT a.id FROM attempts a INDEXED BY attempts_search WHERE {' OR '.join(clauses)} "
            "ORDER BY a.time DESC, a.id DESC LIMIT ?) ORDER BY a.time DESC, a.id DESC"
        )
        return self._select(sql, (*params, limit))

    def attempts_for_number(self, number: str, limit: int = 500) -> list[Attempt]:
        """This app's attempts with ``number`` (either number of a bridge), newest first."""
        return self._select(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE a.id IN ("
            "SELECT id FROM attempts WHERE number = ? UNION "
            "SELECT id FROM attempts WHERE number2 = ? AND number2 != '') "
            "ORDER BY a.time DESC, a.id DESC LIMIT ?",
            (number, number, limit),
        )

    def stored_errors(self, limit: int = 1000) -> list[str]:
        """The distinct failures stored (facts or older sentences): few, however long
        the history, so the view can word each to search by its words."""

        def work(conn: sqlite3.Connection) -> list[str]:
            rows = conn.execute(
                "SELECT DISTINCT error FROM attempts WHERE error != '' LIMIT ?", (limit,)
            )
            return [str(r[0]) for r in rows]

        return self._run(work, [])

    def clear(self, *, favourites: bool = False) -> None:
        """Forget every attempt (and the favourites too, only if asked)."""

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM attempts")
            conn.execute("DELETE FROM call_notes")
            if favourites:
                conn.execute("DELETE FROM favourites")

        self._run(work, None, write=True)
        # Give the space back and leave no old rows in the WAL file.
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _select(self, sql: str, params: tuple[Any, ...]) -> list[Attempt]:
        rows: list[tuple[Any, ...]] = self._run(lambda c: c.execute(sql, params).fetchall(), [])
        return [self._attempt(row) for row in rows]

    @staticmethod
    def _attempt(row: tuple[Any, ...]) -> Attempt:
        try:
            options = json.loads(row[7])
        except (TypeError, ValueError):
            options = {}
        return Attempt(
            id=row[0],
            time=row[1],
            kind=row[2],
            number=row[3],
            number2=row[4],
            extension=row[5],
            company=row[6],
            options=options if isinstance(options, dict) else {},
            result=row[8],
            call_id=row[9],
            disposition=row[10],
            seconds=row[11],
            error=row[12],
            name=row[13],
            note=row[14],
            tag=row[15],
        )

    # --- favourites -------------------------------------------------------------------

    def add_favourite(self, number: str, name: str = "") -> None:
        """Make ``number`` a favourite, or rename it if it is one."""
        self._run(
            lambda c: c.execute(
                "INSERT INTO favourites (number, name, added) VALUES (?, ?, ?) "
                "ON CONFLICT (number) DO UPDATE SET name = excluded.name",
                (number, name.strip(), time.time()),
            ),
            None,
        )

    def remove_favourite(self, number: str) -> None:
        self._run(lambda c: c.execute("DELETE FROM favourites WHERE number = ?", (number,)), None)

    def is_favourite(self, number: str) -> bool:
        found = self._run(
            lambda c: c.execute("SELECT 1 FROM favourites WHERE number = ?", (number,)).fetchone(),
            None,
        )
        return found is not None

    def favourites(self) -> list[Favourite]:
        """Favourites by name (ignoring case and accents), unnamed ones after, by number."""
        rows: list[tuple[Any, ...]] = self._run(
            lambda c: c.execute("SELECT number, name, added FROM favourites").fetchall(), []
        )
        found = [Favourite(r[0], r[1], r[2]) for r in rows]
        return sorted(found, key=lambda f: (not f.name, _sort_key(f.name), f.number))

    def names(self) -> dict[str, str]:
        """number → favourite name, for labelling numbers shown elsewhere."""
        return {f.number: f.name for f in self.favourites() if f.name}
