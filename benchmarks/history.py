"""Figure: one history round (add a call, read the recent numbers, search) at its fullest.

In-process: the app's ``History`` filled to its row cap (``DEFAULT_MAX_ROWS``), then the
time of ``add_attempt`` + ``recent()`` + ``search("333")``, the three a call and a keystroke
in the history window cost. Reference: the same three statements on a bare sqlite file with
one table and no index, as small as such a store can be. Alternating, median.
(Was a timed assertion in tests/test_history.py; a wall clock in a test fails on a busy
machine, not on slow code.)

    python -m benchmarks.history [--repeats 20] [--json]
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

from benchmarks._common import (
    Row,
    add_common_args,
    alternate,
    emit,
    fmt_ratio,
    isolated_process,
    median,
    ratio,
    verdict,
)

GOAL_MS = 50.0


def _bare(folder: Path, rows: int) -> sqlite3.Connection:
    conn = sqlite3.connect(folder / "bare.sqlite3")
    conn.execute("CREATE TABLE IF NOT EXISTS calls (number TEXT, time REAL)")
    with conn:
        conn.executemany(
            "INSERT INTO calls VALUES (?, ?)", ((f"0443{i:06d}", i) for i in range(rows))
        )
    return conn


def measure(repeats: int) -> tuple[list[float], list[float], int]:
    from calllauncher.controller.calls import CALL
    from calllauncher.services.history import DEFAULT_MAX_ROWS, History

    with isolated_process() as tmp:
        history = History()
        for i in range(DEFAULT_MAX_ROWS):
            history.add_attempt(CALL, f"0443{i:06d}")
        bare = _bare(tmp, DEFAULT_MAX_ROWS)

        def app() -> float:
            began = time.perf_counter()
            history.add_attempt(CALL, "0443334023")
            history.recent()
            history.search("333")
            return (time.perf_counter() - began) * 1000

        def reference() -> float:
            began = time.perf_counter()
            with bare:
                bare.execute("INSERT INTO calls VALUES (?, ?)", ("0443334023", time.time()))
            bare.execute("SELECT DISTINCT number FROM calls ORDER BY time DESC LIMIT 8").fetchall()
            bare.execute("SELECT * FROM calls WHERE number LIKE '%333%' LIMIT 200").fetchall()
            return (time.perf_counter() - began) * 1000

        apps, refs = alternate(repeats, reference, app)
        history.close()
        bare.close()
    return apps, refs, DEFAULT_MAX_ROWS


def rows(apps: list[float], refs: list[float], count: int) -> list[Row]:
    a, r = median(apps), median(refs)
    return [
        Row(
            f"history round at {count} rows",
            f"{a:.1f} ms",
            f"{r:.1f} ms",
            fmt_ratio(ratio(a, r)),
            f"≤ {GOAL_MS:.0f} ms",
            verdict(a <= GOAL_MS),
            f"add + recent + search; worst app {max(apps):.1f} ms (n={len(apps)})",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.history", description=__doc__)
    parser.add_argument("--repeats", type=int, default=20)
    add_common_args(parser)
    args = parser.parse_args(argv)
    emit(rows(*measure(args.repeats)), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
