"""Notes and outcome tags on calls: one line and one tag per call, on the app's own
attempt or, for a call the app did not make (a desk-phone call, an incoming one), kept by
the PBX's call id and the number. Part of the history file (:class:`CallNotes` is mixed
into :class:`~calllauncher.services.history.History`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

T = TypeVar("T")

CALL_BACK_TOMORROW = "call-back-tomorrow"
INTERESTED = "interested"
NOT_INTERESTED = "not-interested"
LEFT_MESSAGE = "left-message"
WRONG_NUMBER = "wrong-number"
TAGS = (CALL_BACK_TOMORROW, INTERESTED, NOT_INTERESTED, LEFT_MESSAGE, WRONG_NUMBER)
NOTE_MAX = 500  # characters: a note is one line, not a document


def fold(value: object) -> str:
    """What search compares: the text case-folded (stored beside it, indexed)."""
    return str(value or "").casefold()


@dataclass(frozen=True, slots=True)
class CallNote:
    """A note and tag on one call: on an attempt row (``attempt_id``) or on a call the
    app did not make (``attempt_id`` 0), known by the PBX's call id and the number."""

    call_id: str
    number: str
    note: str = ""
    tag: str = ""
    time: float = 0.0
    attempt_id: int = 0


def clean_note(note: str) -> str:
    """One line, trimmed, at most NOTE_MAX characters (a pasted paragraph becomes a line)."""
    return " ".join(note.split())[:NOTE_MAX]


def check_tag(tag: str) -> str:
    if tag and tag not in TAGS:
        raise ValueError(f"tag must be one of {TAGS} or empty, not {tag!r}")
    return tag


class CallNotes:
    """The note methods of the history file; ``_run`` is the file's one transaction."""

    if TYPE_CHECKING:

        def _run(
            self, work: Callable[[sqlite3.Connection], T], default: T, *, write: bool = False
        ) -> T: ...

    def set_note(self, row_id: int, note: str, tag: str = "") -> None:
        """The note and tag of attempt ``row_id`` (both empty: none)."""
        text, tag = clean_note(note), check_tag(tag)
        self._run(
            lambda c: c.execute(
                "UPDATE attempts SET note = ?, note_folded = ?, tag = ? WHERE id = ?",
                (text, fold(text), tag, row_id),
            ),
            None,
            write=True,
        )

    def set_call_note(
        self, call_id: str, number: str, note: str, tag: str = "", *, at: float = 0.0
    ) -> None:
        """The note and tag of the PBX's call ``call_id`` with ``number``: on the app's
        own attempt when it made that call, else kept by call id and number."""
        if not call_id:
            raise ValueError("a call without an id can't hold a note")
        text, tag = clean_note(note), check_tag(tag)

        def work(conn: sqlite3.Connection) -> None:
            own = conn.execute(
                "UPDATE attempts SET note = ?, note_folded = ?, tag = ? WHERE call_id = ?",
                (text, fold(text), tag, call_id),
            ).rowcount
            if own:
                conn.execute("DELETE FROM call_notes WHERE call_id = ?", (call_id,))
            elif text or tag:
                conn.execute(
                    "INSERT INTO call_notes (call_id, number, time, note, note_folded, tag) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (call_id, number) DO UPDATE SET "
                    "note = excluded.note, note_folded = excluded.note_folded, "
                    "tag = excluded.tag, time = max(call_notes.time, excluded.time)",
                    (call_id, number, float(at), text, fold(text), tag),
                )
            else:
                conn.execute(
                    "DELETE FROM call_notes WHERE call_id = ? AND number = ?", (call_id, number)
                )

        self._run(work, None, write=True)

    def notes_for_number(self, number: str) -> dict[str, CallNote]:
        """Every call id with ``number`` that has a note or tag -> that note."""

        def work(conn: sqlite3.Connection) -> dict[str, CallNote]:
            found: dict[str, CallNote] = {}
            for call_id, num, at, note, tag in conn.execute(
                "SELECT call_id, number, time, note, tag FROM call_notes WHERE number = ?",
                (number,),
            ):
                found[call_id] = CallNote(call_id, num, note, tag, at)
            for row_id, call_id, num, at, note, tag in conn.execute(
                "SELECT id, call_id, number, time, note, tag FROM attempts "
                "WHERE number = ? AND call_id != '' AND (note != '' OR tag != '')",
                (number,),
            ):
                found[call_id] = CallNote(call_id, num, note, tag, at, row_id)
            return found

        return self._run(work, {})

    def search_call_notes(
        self, text: str, limit: int = 200, *, tags: Collection[str] = ()
    ) -> list[CallNote]:
        """Notes on calls the app did not make whose text holds ``text`` or whose tag is
        one of ``tags`` (the tags whose words hold it), newest first."""
        folded = text.strip().casefold()
        if not folded:
            return []

        def work(conn: sqlite3.Connection) -> list[CallNote]:
            rows = conn.execute(
                "SELECT call_id, number, note, tag, time FROM call_notes "
                "WHERE instr(note_folded, ?) OR tag IN (SELECT value FROM json_each(?)) "
                "ORDER BY time DESC LIMIT ?",
                (folded, json.dumps(sorted(set(tags))), limit),
            )
            return [CallNote(r[0], r[1], r[2], r[3], r[4]) for r in rows]

        return self._run(work, [])
