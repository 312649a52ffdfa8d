"""Notes and outcome tags on calls in the history file (schema 4): on the app's attempts and
on calls it did not make, kept over a restart, found by search; a version-3 file upgraded in
place with every row kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from calllauncher.services import history as history_module
from calllauncher.services.call_notes import (
    CALL_BACK_TOMORROW,
    INTERESTED,
    NOT_INTERESTED,
    TAGS,
    WRONG_NUMBER,
    CallNote,
)
from calllauncher.services.history import FAILED, History

# The schema of version 3, as the app of round 3 wrote it.
SCHEMA_V3 = """
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY, time REAL NOT NULL, kind TEXT NOT NULL, number TEXT NOT NULL,
    number2 TEXT NOT NULL DEFAULT '', extension TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '', options TEXT NOT NULL DEFAULT '{}',
    result TEXT NOT NULL, call_id TEXT NOT NULL DEFAULT '',
    disposition TEXT NOT NULL DEFAULT '', seconds INTEGER, error TEXT NOT NULL DEFAULT '',
    pid INTEGER NOT NULL DEFAULT 0, error_folded TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attempts_time ON attempts (time);
CREATE INDEX attempts_number ON attempts (number, time);
CREATE INDEX attempts_call_id ON attempts (call_id) WHERE call_id != '';
CREATE INDEX attempts_number2 ON attempts (number2, time) WHERE number2 != '';
CREATE TABLE favourites (number TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',
    added REAL NOT NULL);
CREATE INDEX attempts_search ON attempts
    (time, id, number, number2, extension, company, result, disposition, error_folded);
CREATE INDEX attempts_starting ON attempts (pid) WHERE result = 'starting';
PRAGMA user_version=3;
"""


def v3_file(path: Path, rows: int) -> None:
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA_V3)
        conn.executemany(
            "INSERT INTO attempts (time, kind, number, extension, result, call_id, disposition,"
            " seconds, error, error_folded) VALUES (?, 'call', ?, '901', ?, ?, ?, ?, ?, ?)",
            [
                (
                    1_700_000_000 + i,
                    f"06712{i % 97:05d}",
                    FAILED if i % 10 == 0 else "started",
                    "" if i % 10 == 0 else str(3_049_000_000 + i),
                    "" if i % 10 == 0 else "ANSWER",
                    None if i % 10 == 0 else i % 300,
                    "Лінія зайнята" if i % 10 == 0 else "",
                    "лінія зайнята" if i % 10 == 0 else "",
                )
                for i in range(rows)
            ],
        )
        conn.execute("INSERT INTO favourites VALUES ('0671200005', 'Петро', 1)")
    conn.close()


def test_a_version_3_file_is_upgraded_in_place_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    v3_file(path, 1234)
    with sqlite3.connect(path) as before:
        old = before.execute("SELECT * FROM attempts ORDER BY id").fetchall()
    before.close()

    with History(path) as upgraded:
        assert upgraded.count() == 1234
        assert upgraded.favourites()[0].name == "Петро"
        newest = upgraded.attempts(1)[0]
        assert newest.note == "" and newest.tag == ""
        upgraded.set_note(newest.id, "передзвонити після обіду", CALL_BACK_TOMORROW)
        assert [a.id for a in upgraded.search("ОБІДУ")] == [newest.id]
        assert len(upgraded.search("лінія")) == 124  # the old failures still found
    with sqlite3.connect(path) as after:
        assert after.execute("PRAGMA user_version").fetchone()[0] == 4
        assert after.execute("PRAGMA user_version").fetchone()[0] == history_module.SCHEMA_VERSION
        kept = after.execute(
            "SELECT id, time, kind, number, number2, extension, company, options, result,"
            " call_id, disposition, seconds, error, pid, error_folded FROM attempts ORDER BY id"
        ).fetchall()
        index = after.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'attempts_search'"
        ).fetchone()[0]
    after.close()
    assert kept == old  # every row, every column, as it was
    assert "note_folded" in index and "tag" in index


def test_notes_on_attempts_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with History(path) as history:
        row = history.add_attempt("call", "0671234567", extension="901", call_id="3049000001")
        history.set_note(row, "  wants a quote\nby Friday  ", INTERESTED)
    with History(path) as again:
        attempt = again.get(row)
        assert attempt is not None
        assert attempt.note == "wants a quote by Friday"  # one line
        assert attempt.tag == INTERESTED
        assert again.notes_for_number("0671234567") == {
            "3049000001": CallNote(
                "3049000001",
                "0671234567",
                "wants a quote by Friday",
                INTERESTED,
                attempt.time,
                row,
            )
        }
        again.set_note(row, "", "")
        assert again.notes_for_number("0671234567") == {}


def test_a_call_the_app_did_not_make_keeps_its_note_by_call_id_and_number(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    with History(path) as history:
        history.set_call_note("3049000777", "0509876543", "desk phone call", WRONG_NUMBER, at=5.0)
        assert history.count() == 0  # not an attempt of this app
    with History(path) as again:
        assert again.notes_for_number("0509876543") == {
            "3049000777": CallNote("3049000777", "0509876543", "desk phone call", WRONG_NUMBER, 5.0)
        }
        assert [n.call_id for n in again.search_call_notes("DESK")] == ["3049000777"]
        assert [n.call_id for n in again.search_call_notes("x", tags=[WRONG_NUMBER])] == [
            "3049000777"
        ]
        again.set_call_note("3049000777", "0509876543", "", "")
        assert again.notes_for_number("0509876543") == {}


def test_a_note_by_call_id_lands_on_the_apps_own_attempt(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        row = history.add_attempt("call", "0671234567", call_id="3049000001")
        history.set_call_note("3049000001", "0671234567", "reached", NOT_INTERESTED)
        attempt = history.get(row)
        assert attempt is not None and (attempt.note, attempt.tag) == ("reached", NOT_INTERESTED)
        assert history.search_call_notes("reached") == []


def test_search_finds_note_text_and_tags_given_by_their_words(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        first = history.add_attempt("call", "0671234567")
        second = history.add_attempt("call", "0509876543")
        history.add_attempt("call", "0443334023")
        history.set_note(first, "Петро просив рахунок")
        history.set_note(second, "", CALL_BACK_TOMORROW)
        assert [a.id for a in history.search("рахунок")] == [first]
        assert [a.id for a in history.search("РАХУНОК")] == [first]
        # the view passes the tags whose words hold the text ("call back" -> the tag)
        assert [a.id for a in history.search("call back", tags=[CALL_BACK_TOMORROW])] == [second]
        assert history.search("call back") == []


def test_a_tag_must_be_one_of_the_set(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        row = history.add_attempt("call", "0671234567")
        with pytest.raises(ValueError):
            history.set_note(row, "x", "maybe")
        assert len(TAGS) == 5


def test_clearing_the_history_forgets_notes_too(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        history.set_call_note("3049000777", "0509876543", "desk phone call")
        history.clear()
        assert history.notes_for_number("0509876543") == {}
