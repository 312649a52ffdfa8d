"""Call history and favourites in sqlite: round trips, restarts, damage, WAL."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from calllauncher.controller.calls import BRIDGE, CALL, IVR, CallRequest
from calllauncher.controller.history_recorder import record_request
from calllauncher.services import history as history_module
from calllauncher.services import paths, sqlite_file
from calllauncher.services.history import STARTED, Attempt, History


@pytest.fixture
def history() -> History:
    return History()


def test_file_lives_in_the_data_folder_in_wal_mode(history: History) -> None:
    assert history.path == paths.data_dir() / "history.sqlite3"
    assert history.path.exists()
    assert history.journal_mode == "wal"
    assert history.warning is None and history.recovered_from is None
    assert not history.in_memory
    with sqlite3.connect(history.path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert other.execute("PRAGMA user_version").fetchone()[0] == history_module.SCHEMA_VERSION
    other.close()
    history.close()


def test_attempt_round_trip(history: History) -> None:
    row = history.add_attempt(
        CALL,
        "0443334023",
        extension="910",
        company="0441112233",
        options={"ring_time": 30, "playback_waiting": False, "show_as": "", "limit": None},
        at=1_700_000_000.5,
    )
    assert row > 0
    history.mark_started(row, "4433221100")
    assert history.update_outcome("4433221100", "ANSWER", 151)
    assert history.get(row) == Attempt(
        id=row,
        time=1_700_000_000.5,
        kind=CALL,
        number="0443334023",
        extension="910",
        company="0441112233",
        options={"ring_time": 30, "playback_waiting": False},  # empty ones dropped
        result="started",
        call_id="4433221100",
        disposition="ANSWER",
        seconds=151,
    )
    assert history.get(row + 1) is None


def test_failed_attempt_keeps_its_reason(history: History) -> None:
    row = history.add_attempt(CALL, "0443334023", extension="910")
    history.mark_failed(row, "The PBX refused the call: the extension is not online (code 214).")
    attempt = history.get(row)
    assert attempt is not None and attempt.failed
    assert attempt.error.endswith("(code 214).")
    assert attempt.call_id == "" and attempt.seconds is None
    # Failed from the start, without a separate update.
    other = history.add_attempt(IVR, "0501234567", result="failed", error="No network.")
    assert history.get(other) == Attempt(
        id=other,
        time=history.get(other).time,  # type: ignore[union-attr]
        kind=IVR,
        number="0501234567",
        result="failed",
        error="No network.",
    )
    with pytest.raises(ValueError):
        history.add_attempt(CALL, "0443334023", result="ringing")


def test_outcome_for_an_unknown_call_is_ignored(history: History) -> None:
    assert history.update_outcome("nope", "BUSY", 0) is False
    assert history.update_outcome("", "BUSY", 0) is False


def test_add_request_reads_a_call_request(history: History) -> None:
    request = CallRequest(
        kind=BRIDGE,
        number="0443334023",
        number2="4915112345678",
        company="0441112233",
        limit=120,
        playback_waiting=False,
    )
    attempt = history.get(record_request(history, request, call_id="77"))
    assert attempt is not None
    assert (attempt.kind, attempt.number, attempt.number2, attempt.company) == (
        BRIDGE,
        "0443334023",
        "4915112345678",
        "0441112233",
    )
    assert attempt.options == {"limit": 120, "playback_waiting": False}
    assert attempt.call_id == "77"
    quick = history.get(record_request(history, CallRequest(CALL, "901", async_=True)))
    assert quick is not None and quick.options == {"async_": True}


def test_secrets_are_never_stored(history: History) -> None:
    history.add_attempt(
        CALL,
        "0443334023",
        options={"secret": "s3cr3t", "api_key": "k", "Password": "p", "token": "t", "limit": 5},
    )
    history.close()
    raw = b"".join(
        p.read_bytes() for p in history.path.parent.iterdir() if p.name.startswith("history")
    )
    for word in (b"s3cr3t", b'"api_key"', b"Password", b"token"):
        assert word not in raw
    assert History().attempts()[0].options == {"limit": 5}


def test_history_survives_a_restart() -> None:
    first = History()
    row = first.add_attempt(CALL, "0443334023", extension="910", options={"ring_time": 20})
    first.mark_started(row, "99")
    first.add_favourite("0443334023", "Київ office")
    first.close()

    second = History()
    assert second.warning is None
    assert [a.number for a in second.attempts()] == ["0443334023"]
    assert second.attempts()[0].name == "Київ office"
    assert second.update_outcome("99", "NOANSWER", 0)
    second.close()

    third = History()
    attempt = third.attempts()[0]
    assert (attempt.disposition, attempt.seconds, attempt.options) == (
        "NOANSWER",
        0,
        {"ring_time": 20},
    )
    assert third.is_favourite("0443334023")
    third.close()


def test_recent_is_distinct_newest_first_with_names(history: History) -> None:
    for i, number in enumerate(
        ["0443334023", "0501234567", "0443334023", "901", "4915112345678", "0501234567"]
    ):
        history.add_attempt(CALL, number, at=1000.0 + i)
    history.add_favourite("0501234567", "Olena")
    recent = history.recent()
    assert [(r.number, r.name) for r in recent] == [
        ("0501234567", "Olena"),
        ("4915112345678", ""),
        ("901", ""),
        ("0443334023", ""),
    ]
    assert recent[0].time == 1005.0
    latest = history.get(recent[-1].last_id)
    assert latest is not None and latest.time == 1002.0
    assert [r.number for r in history.recent(2)] == ["0501234567", "4915112345678"]
    assert history.recent(0) == []


def test_recent_orders_by_time_not_insertion(history: History) -> None:
    history.add_attempt(CALL, "0443334023", at=2000.0)
    history.add_attempt(CALL, "0501234567", at=1000.0)  # e.g. clock set back
    assert [r.number for r in history.recent()] == ["0443334023", "0501234567"]


def test_recent_numbers_are_distinct_newest_first_with_both_numbers_of_a_bridge(
    history: History,
) -> None:
    history.add_attempt(CALL, "0443334023", at=1000.0)
    history.add_attempt(BRIDGE, "0501234567", number2="0671234567", at=1001.0)
    history.add_attempt(CALL, "0443334023", at=1002.0)
    history.add_attempt(CALL, "901", at=999.0)
    assert history.recent_numbers() == ["0443334023", "0501234567", "0671234567", "901"]
    assert history.recent_numbers(2) == ["0443334023", "0501234567"]
    assert history.recent_numbers(0) == []
    history.clear()
    assert history.recent_numbers() == []


def test_recent_numbers_read_the_indexes_not_the_table(history: History) -> None:
    """Newest first off the search index: a long history stays quick to offer."""
    plan = [
        row[3]
        for row in history._conn.execute("EXPLAIN QUERY PLAN " + history_module.RECENT_NUMBERS_SQL)
    ]
    scans = [step for step in plan if step.startswith("SCAN") and "attempts" in step]
    assert scans and all("COVERING INDEX" in step for step in scans), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan  # no sort of every row


def _steps(history: History, ask: Callable[[], object]) -> int:
    """sqlite virtual-machine steps (in thousands) that ``ask`` takes: a count, not a time."""
    counted = [0]

    def tick() -> int:
        counted[0] += 1
        return 0

    history._conn.set_progress_handler(tick, 1000)
    try:
        ask()
    finally:
        history._conn.set_progress_handler(None, 0)
    return counted[0]


@pytest.mark.parametrize(
    "ask",
    [
        lambda h: h.recent_numbers(50),
        lambda h: h.recent(8),
        lambda h: h.settle_interrupted(),
        lambda h: h.unfinished_calls(),
        lambda h: h.attempts(200),
    ],
    ids=["recent_numbers", "recent", "settle_interrupted", "unfinished_calls", "attempts"],
)
def test_what_start_up_asks_does_not_grow_with_the_history(
    tmp_path: Path, ask: Callable[[History], object]
) -> None:
    def filled(name: str, size: int) -> History:
        history = History(tmp_path / name, max_rows=0)
        rows = [
            (float(i), "call", f"067{i:07d}", STARTED, f"c{i}", "ANSWER", os.getpid())
            for i in range(size)
        ]
        with history._conn:
            history._conn.executemany(
                "INSERT INTO attempts (time, kind, number, result, call_id, disposition, pid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return history

    small, big = filled("small.sqlite3", 1_000), filled("big.sqlite3", 30_000)
    assert _steps(big, lambda: ask(big)) <= _steps(small, lambda: ask(small)) + 2
    small.close()
    big.close()


def test_search(history: History) -> None:
    history.add_attempt(CALL, "0443334023", extension="910", at=1.0)
    history.add_attempt(BRIDGE, "0501234567", number2="4915112345678", company="0441112233", at=2.0)
    failed = history.add_attempt(CALL, "0671112233", at=3.0)
    history.mark_failed(failed, "The line is busy_now 100% (code 5).")
    history.add_favourite("0443334023", "Зірка Ltd")

    def found(text: str) -> list[str]:
        return [a.number for a in history.search(text)]

    assert found("") == ["0671112233", "0501234567", "0443334023"]
    assert found("333") == ["0443334023"]
    assert found("044 333-40") == ["0443334023"]
    assert found("+380 44 333") == ["0443334023"]  # typed internationally, stored national
    assert found("+49 151") == ["0501234567"]  # the second number of a bridge
    assert found("0441112233") == ["0501234567"]  # the company number
    assert found("910") == ["0443334023"]  # the extension
    assert found("зірка") == ["0443334023"]  # favourite names, any case, any script
    assert found("ЗІРКА") == ["0443334023"]
    assert found("busy") == ["0671112233"]  # the error
    assert found("failed") == ["0671112233"]
    assert found("100%") == ["0671112233"]  # LIKE wildcards are literal
    assert found("_") == ["0671112233"]
    assert found("nobody") == []
    assert len(history.search("0", limit=2)) == 2


def test_all_rows_for_the_view(history: History) -> None:
    for i in range(5):
        history.add_attempt(CALL, f"044333402{i}", at=float(i))
    assert history.count() == 5
    assert [a.number[-1] for a in history.attempts()] == ["4", "3", "2", "1", "0"]
    assert [a.number[-1] for a in history.attempts(limit=2, offset=1)] == ["3", "2"]


def test_favourites(history: History) -> None:
    history.add_favourite("0443334023", "  zoe  ")
    history.add_favourite("0501234567", "Anna")
    history.add_favourite("901")
    history.add_favourite("0671112233", "ánne")
    assert [(f.number, f.name) for f in history.favourites()] == [
        ("0501234567", "Anna"),
        ("0671112233", "ánne"),
        ("0443334023", "zoe"),
        ("901", ""),
    ]
    history.add_favourite("0443334023", "Zoe (office)")  # rename, not a duplicate
    assert history.names()["0443334023"] == "Zoe (office)"
    assert len(history.favourites()) == 4
    history.remove_favourite("0443334023")
    history.remove_favourite("0000000000")  # not there: fine
    assert not history.is_favourite("0443334023")
    assert history.is_favourite("901")
    assert "0443334023" not in history.names()


def test_clear_keeps_favourites_unless_asked(history: History) -> None:
    history.add_attempt(CALL, "0443334023")
    history.add_favourite("0443334023", "Office")
    history.clear()
    assert history.attempts() == [] and history.recent() == []
    assert history.is_favourite("0443334023")
    history.clear(favourites=True)
    assert history.favourites() == []
    history.close()
    assert History().count() == 0


def test_oldest_rows_go_beyond_the_cap() -> None:
    history = History(max_rows=150)
    for i in range(300):
        history.add_attempt(CALL, "0443334023", at=float(i))
    assert 150 <= history.count() < 250
    assert history.attempts()[0].time == 299.0


def test_garbage_file_is_set_aside_and_recreated(isolated: Path) -> None:
    path = paths.data_dir() / "history.sqlite3"
    path.parent.mkdir(parents=True)
    garbage = b"this is not sqlite\x00\xff" * 300
    path.write_bytes(garbage)
    warnings: list[str] = []

    history = History(on_warning=warnings.append)
    assert history.recovered_from is not None
    assert history.recovered_from.name.startswith("history.sqlite3.corrupt-")
    assert history.recovered_from.read_bytes() == garbage  # kept for support
    assert history.warning == warnings[0]
    assert "damaged" in warnings[0] and history.recovered_from.name in warnings[0]
    assert history.journal_mode == "wal"
    row = history.add_attempt(CALL, "0443334023")
    assert history.get(row) is not None
    history.close()

    again = History()  # the new file is fine: no warning next time
    assert again.warning is None and again.count() == 1
    again.close()


def test_damaged_pages_are_set_aside(isolated: Path) -> None:
    history = History()
    for i in range(200):
        history.add_attempt(CALL, f"0443334{i:03d}", error="x" * 200)
    history.close()
    with sqlite3.connect(history.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(history.path.read_bytes())
    page = 4096
    data[2 * page : 6 * page] = b"\xa5" * (4 * page)  # scribble over table pages
    history.path.write_bytes(bytes(data))

    recovered = History()
    assert recovered.recovered_from is not None
    assert recovered.warning is not None
    assert recovered.count() == 0
    recovered.add_attempt(CALL, "0443334023")
    assert recovered.count() == 1


def test_two_damaged_files_in_one_second_both_kept(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_file, "_stamp", lambda: "20240101-000000")
    path = paths.data_dir() / "history.sqlite3"
    path.parent.mkdir(parents=True)
    asides = []
    for _ in range(2):
        path.write_bytes(b"garbage" * 1000)
        h = History()
        assert h.recovered_from is not None
        asides.append(h.recovered_from.name)
        h.close()
    assert asides == [
        "history.sqlite3.corrupt-20240101-000000",
        "history.sqlite3.corrupt-20240101-000000-1",
    ]


def test_damage_found_while_running_is_recovered(history: History) -> None:
    history.add_attempt(CALL, "0443334023")
    # Another program replaces the file under us.
    history._conn.close()
    history.path.write_bytes(b"\x00garbage" * 2000)
    for name in ("history.sqlite3-wal", "history.sqlite3-shm"):
        history.path.with_name(name).unlink(missing_ok=True)
    history._conn = sqlite3.connect(history.path)
    history._conn.create_function("fold", 1, history_module.fold)
    row = history.add_attempt(CALL, "0501234567")  # no exception
    assert row > 0
    assert history.recovered_from is not None
    assert [a.number for a in history.attempts()] == ["0501234567"]


def test_unwritable_folder_keeps_history_in_memory(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = isolated / "blocked"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("CALLLAUNCHER_DATA_DIR", str(blocker / "data"))
    warnings: list[str] = []
    history = History(on_warning=warnings.append)
    assert history.in_memory
    assert warnings and "can't be saved" in warnings[0]
    row = history.add_attempt(CALL, "0443334023")
    assert history.get(row) is not None
    assert history.recovered_from is None


def test_bad_options_json_in_a_row_does_not_break_reading(history: History) -> None:
    row = history.add_attempt(CALL, "0443334023", options={"limit": 5})
    with history._conn:
        history._conn.execute("UPDATE attempts SET options = '{oops' WHERE id = ?", (row,))
    attempt = history.get(row)
    assert attempt is not None and attempt.options == {}


def test_options_are_plain_json(history: History) -> None:
    row = history.add_attempt(CALL, "0443334023", options={"path": Path("/x"), "n": 1})
    stored = history._conn.execute("SELECT options FROM attempts WHERE id = ?", (row,)).fetchone()
    assert json.loads(stored[0]) == {"n": 1, "path": "/x"}


def test_belongs_to_its_thread(history: History) -> None:
    errors: list[BaseException] = []

    def elsewhere() -> None:
        try:
            history._conn.execute("SELECT 1")
        except sqlite3.ProgrammingError as exc:
            errors.append(exc)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert errors, "sqlite must refuse use from another thread"
