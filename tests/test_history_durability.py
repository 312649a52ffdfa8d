"""History keeps every call (issue 11, item 9): the row is written before the request
leaves, so quitting, logging out or a kill while the PBX holds the request loses nothing;
the ends an earlier run did not see are filled in from call-details; a full disk is said;
the file is private to the user."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.binotel import Client
from calllauncher.controller.calls import CALL, CallRequest
from calllauncher.controller.history_recorder import record_request
from calllauncher.fakepbx import FakePBX
from calllauncher.services import sqlite_file
from calllauncher.services.history import INTERRUPTED, STARTED, STARTING, History
from tests.support.damaged_history import history_with_damaged_oldest_rows
from tests.support.values import KEY, SECRET

EXT_TO_PHONE = "internal-number-to-external-number"

# The real window in its own process, signed in to the test's PBX, dialling once.
APP = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from calllauncher.app import build
from calllauncher.services.account import Account
from calllauncher.ui.shell import Shell

parts = build(account=Account(os.environ["T_KEY"], sys.argv[1], "4.0", extension="901"),
              secret=os.environ["T_SECRET"])
shell = parts.start_shell()
parts.window.show()

def go():
    if not parts.window.employees:
        QTimer.singleShot(50, go)
        return
    parts.window.dial_number("0443334023")
    print("dialled", flush=True)

QTimer.singleShot(0, go)
sys.exit(app.exec())
"""


@pytest.fixture
def holding_pbx() -> Iterator[FakePBX]:
    """A PBX that holds the call-starting request: the employee takes a minute to pick up."""
    with FakePBX(key=KEY, secret=SECRET, time_scale=1.0) as server:
        server.ext_answer_after = 60.0
        server.ring_timeout = 120.0
        yield server


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "kill-9"])
def test_a_held_call_interrupted_by_a_signal_stays_in_history(
    holding_pbx: FakePBX, how: signal.Signals
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "T_KEY": KEY, "T_SECRET": SECRET}
    app = subprocess.Popen(
        [sys.executable, "-c", APP, holding_pbx.url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline() == "dialled\n", app.communicate()[1]
        deadline = time.monotonic() + 10
        while not holding_pbx.requests_for(EXT_TO_PHONE):
            assert time.monotonic() < deadline, "the request never reached the PBX"
            time.sleep(0.02)
        time.sleep(0.2)  # held there now
        app.send_signal(how)
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()

    with History() as after:
        rows = after.attempts()
        assert len(rows) == 1
        assert (rows[0].number, rows[0].extension, rows[0].result) == (
            "0443334023",
            "901",
            STARTING,
        )
        # The next start: that copy is gone, so the row says honestly what is known.
        assert after.settle_interrupted() == 1
        row = after.attempts()[0]
        assert row.result == INTERRUPTED and row.interrupted
        assert "whether it went through is not known" in row.error


def test_an_end_not_seen_is_filled_in_from_call_details_after_a_restart(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, tmp_path: Path
) -> None:
    path = tmp_path / "history.sqlite3"
    with Client(KEY, SECRET, base_url=pbx.url) as client:
        started = client.calls.ext_to_phone(ext_number="901", phone_number="0443331111")  # busy
    call_id = started.general_call_id
    assert call_id
    # The earlier run: it saw the call start, then was closed before the call ended.
    earlier = History(path)
    request = CallRequest(kind=CALL, number="0443331111", extension="901")
    earlier.mark_started(record_request(earlier, request, result=STARTING), call_id)
    earlier.close()
    qtbot.waitUntil(lambda: bool((pbx.call_state(call_id) or {}).get("disposition")), timeout=8000)
    qtbot.wait(1500)  # the simulated call ends (busy) a moment later

    history = History(path)
    shell = parts.start_shell(history=history)
    qtbot.waitUntil(lambda: history.attempts()[0].disposition == "BUSY", timeout=8000)
    row = history.attempts()[0]
    assert (row.result, row.call_id) == (STARTED, call_id)
    assert pbx.requests_for("call_details")
    assert shell.history is history
    history.close()


def test_a_dial_writes_its_row_before_the_request_leaves(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, tmp_path: Path
) -> None:
    history = History(tmp_path / "history.sqlite3")
    parts.start_shell(history=history)
    pbx.ext_answer_after = 200.0  # scaled: held ~10 s
    parts.window.dial_number("0443334023")
    assert [a.result for a in history.attempts()] == [STARTING]  # nothing answered yet
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    assert history.count() == 1
    history.close()


# ----- a full disk -------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 512 KiB file system (tmpfs), filled up by the test."""
    if not hasattr(os, "getuid") or os.getuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # ENOSPC: full
    finally:
        os.close(fd)


def test_a_full_disk_is_said_to_the_person(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, tiny_disk: Path
) -> None:
    history = History(tiny_disk / "history.sqlite3")
    assert history.warning is None
    parts.start_shell(history=history)
    _fill(tiny_disk)
    for _ in range(40):  # enough to need new pages past what sqlite already holds
        parts.window.dial_number("0443334023")
        qtbot.waitUntil(lambda: not parts.window.dialer.busy, timeout=5000)
        qtbot.wait(60)
        if history.write_failing:
            break
    assert history.write_failing, "the disk never filled"
    banner = parts.window.banner
    qtbot.waitUntil(lambda: "disk is full" in banner.text, timeout=3000)
    assert banner.isVisible()
    assert "Call history can't be saved: the disk is full" in banner.text
    assert history.warning is not None and "disk is full" in history.warning
    history.close()


# ----- a private file -----------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="Unix permissions")
def test_the_history_file_is_private(tmp_path: Path) -> None:
    history = History(tmp_path / "fresh" / "history.sqlite3")
    history.add_attempt(CALL, "0443334023")
    for name in ("history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"):
        assert _mode(history.path.with_name(name)) == 0o600, name
    assert _mode(history.path.parent) == 0o700
    history.close()

    # A file an older version left readable by everyone is closed up when opened.
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    old.chmod(0o644)
    with History(old) as reopened:
        reopened.add_attempt(CALL, "0443334023")
        assert _mode(old) == 0o600
        assert reopened.count() == 1


def test_a_version_1_file_is_upgraded_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    # Version 1's table, as it shipped: no pid, no error_folded.
    schema_v1 = (
        "CREATE TABLE attempts (id INTEGER PRIMARY KEY, time REAL NOT NULL, kind TEXT NOT NULL,"
        " number TEXT NOT NULL, number2 TEXT NOT NULL DEFAULT '',"
        " extension TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '',"
        " options TEXT NOT NULL DEFAULT '{}', result TEXT NOT NULL,"
        " call_id TEXT NOT NULL DEFAULT '', disposition TEXT NOT NULL DEFAULT '',"
        " seconds INTEGER, error TEXT NOT NULL DEFAULT '');"
        "CREATE INDEX attempts_time ON attempts (time);"
        "CREATE TABLE favourites (number TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
        " added REAL NOT NULL);"
    )
    with sqlite3.connect(path) as conn:
        conn.executescript(schema_v1)
        conn.execute(
            "INSERT INTO attempts (time, kind, number, result) "
            "VALUES (1, 'call', '0443334023', 'started')"
        )
        conn.execute(
            "INSERT INTO attempts (time, kind, number, result, error) "
            "VALUES (2, 'call', '0671112233', 'failed', 'Телефон не відповів')"
        )
        conn.execute("PRAGMA user_version=1")
    conn.close()
    with History(path) as upgraded:
        assert [a.number for a in upgraded.attempts()] == ["0671112233", "0443334023"]
        # The upgrade folds the old rows' sentences once, so search finds their words.
        assert [a.number for a in upgraded.search("ТЕЛЕФОН")] == ["0671112233"]
        assert upgraded.settle_interrupted() == 0
        upgraded.add_attempt(CALL, "0501234567", result=STARTING)
        assert upgraded.count() == 3


def test_a_long_history_opens_without_reading_every_page_and_is_checked_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    history_with_damaged_oldest_rows(path)
    # As if the file were past the size checked whole at open.
    monkeypatch.setattr(sqlite_file, "CHECK_AT_OPEN_MAX_BYTES", 4096)
    warnings: list[str] = []

    opened = History(path, on_warning=warnings.append)
    assert opened.recovered_from is None and not warnings  # start-up did not read it all
    check = opened.full_check()  # what the shell runs on a worker
    assert check != "ok"
    opened.damage_found(check)
    assert opened.recovered_from is not None and opened.recovered_from.exists()
    assert warnings and "damaged" in warnings[0]
    assert opened.count() == 0
    opened.add_attempt(CALL, "0443334023")
    assert opened.count() == 1
    assert opened.full_check() == "ok"
    opened.damage_found("ok")  # a clean check changes nothing
    assert opened.count() == 1
    opened.close()
