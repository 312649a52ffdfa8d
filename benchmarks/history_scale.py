"""Cost as history grows: 1k / 10k / 100k calls in the sqlite history.

For each size a history file is filled (realistic mix: a few thousand distinct numbers,
favourites with names, failures with sentences) and then, through the app's own
``History``:

- **open** — ``History(path)`` on an existing file (what start-up pays);
- **recent** — ``recent(8)`` (what the tray menu reads each time it opens);
- **timeline** — ``attempts(200)`` (the history window's first page);
- **window** — ``timeline(200, two weeks ago)`` (the main window's call timeline slice);
- **search** — the median per keystroke of typing ``067 12`` and ``Петр`` (each prefix a
  query, as the search field sends them);
- **app start-up** — a fresh ``calllauncher --demo`` with that history in its data folder,
  launch → the shell up after the first frame (history open, tray, recent numbers),
  the median of alternating launches at the smallest and the largest size;
- **names** — ``NameCache.get`` of a known number in a cache of 100 and of 10,000 names
  (goal ≤ 1 ms).

The reference of each row is the same figure at 1k calls: the ratio is its scaling.

    python -m benchmarks.history_scale [--sizes 1000,10000,100000] [--json]

Goals (issue 17): open and recent independent of size (ratio ≈ 1); search ≤ 20 ms per
keystroke at 100k.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks._common import Row, add_common_args, emit, fmt_ratio, log, scratch_dir, verdict

SEARCH_GOAL_MS = 20.0
NAMES_GOAL_MS = 1.0
LAUNCHES = 3
NAMES = ["Петренко Іван", "Олена Коваленко", "ТОВ Ромашка", "Петров Сергій", "Ірина (склад)"]


def fill(path: Path, size: int) -> None:
    from calllauncher.services.history import History

    History(path, max_rows=size * 2).close()  # the app's own schema, indexes and modes
    rng = random.Random(size)
    numbers = [
        f"0{rng.choice('5679')}{rng.randrange(10**8):08d}" for _ in range(max(50, size // 20))
    ]
    now = time.time()
    rows = []
    for i in range(size):
        failed = rng.random() < 0.1
        rows.append(
            (
                now - (size - i) * 60.0,
                rng.choice(("call", "call", "call", "bridge", "announce", "ivr")),
                rng.choice(numbers),
                "901",
                "failed" if failed else "started",
                "" if failed else f"{10**9 + i}",
                "" if failed else rng.choice(("ANSWER", "ANSWER", "BUSY", "NOANSWER")),
                "Your phone did not answer or is offline." if failed else "",
            )
        )
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO attempts (time, kind, number, extension, result, call_id, disposition,"
            " error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO favourites (number, name, added) VALUES (?, ?, ?)",
            [(n, rng.choice(NAMES), now) for n in numbers[:40]],
        )
        # Filled as a version-2 file: the next open migrates it, as an update would.
        conn.execute("PRAGMA user_version=2")
    conn.close()
    History(path, max_rows=size * 2).close()


def timed(fn: Callable[[], object], repeats: int = 5) -> float:
    """Median milliseconds of ``repeats`` runs after one warm-up."""
    fn()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def per_keystroke(history: object, typed: str) -> float:
    search = history.search  # type: ignore[attr-defined]
    prefixes = [typed[: i + 1] for i in range(len(typed))]
    return statistics.median(timed(lambda p=p: search(p), 3) for p in prefixes)


def measure(size: int) -> dict[str, float]:
    from calllauncher.services.history import History

    with scratch_dir() as tmp:
        path = tmp / "history.sqlite3"
        fill(path, size)
        opened = timed(lambda: History(path, max_rows=size * 2).close())
        history = History(path, max_rows=size * 2)
        try:
            figures = {
                "open": opened,
                "recent": timed(lambda: history.recent(8)),
                "timeline": timed(lambda: history.attempts(200)),
                "window": timed(lambda: history.timeline(200, time.time() - 14 * 86400)),
                "search": max(per_keystroke(history, "067 12"), per_keystroke(history, "Петр")),
            }
        finally:
            history.close()
    return figures


def app_startups(sizes: list[int], launches: int = LAUNCHES) -> dict[int, float]:
    """Median ms from launch to the shell up, per history size (alternating launches)."""
    import shutil

    from benchmarks.startup import launch

    samples: dict[int, list[float]] = {size: [] for size in sizes}
    with scratch_dir() as tmp:
        files = {}
        for size in sizes:
            files[size] = tmp / f"history-{size}.sqlite3"
            fill(files[size], size)
        homes = {size: tmp / f"home-{size}" for size in sizes}
        for size, home in homes.items():
            (home / "data").mkdir(parents=True)
            shutil.copy(files[size], home / "data" / "history.sqlite3")
            launch("app", home, BENCH_UNTIL="shell")  # warm-up: byte-code, the first open
        for _ in range(launches):
            for size in sizes:
                samples[size].append(launch("app", homes[size], BENCH_UNTIL="shell").seconds)
    return {size: statistics.median(values) * 1000 for size, values in samples.items()}


def names_lookup(size: int) -> float:
    """Median ms of ``NameCache.get`` for a known number in a cache of ``size`` names."""
    from calllauncher.services.name_cache import KnownName, NameCache

    with scratch_dir() as tmp:
        path = tmp / "names.sqlite3"
        cache = NameCache(path)
        cache.get("0")  # creates the table
        cache.close()
        now = time.time()
        conn = sqlite3.connect(path)
        with conn:
            conn.executemany(
                "INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
                [(f"067{i:07d}", f"Клієнт {i}", "", "", str(i), now) for i in range(size)],
            )
        conn.close()
        cache = NameCache(path)
        rng = random.Random(size)
        wanted = [f"067{rng.randrange(size):07d}" for _ in range(200)]
        cache.get(wanted[0])  # opens the file
        samples = []
        for number in wanted:
            started = time.perf_counter()
            found = cache.get(number)
            samples.append((time.perf_counter() - started) * 1000)
            assert isinstance(found, KnownName)
        cache.close()
    return statistics.median(samples)


def extra_rows(sizes: list[int]) -> list[Row]:
    out = []
    ends = [sizes[0], sizes[-1]]
    started = app_startups(ends)
    scale = started[ends[1]] / started[ends[0]]
    out.append(
        Row(
            f"app start-up to tray ready, {ends[1] // 1000}k calls",
            f"{started[ends[1]]:.0f} ms",
            f"{started[ends[0]]:.0f} ms at {ends[0] // 1000}k",
            fmt_ratio(scale),
            "≈ 1× (size-free)",
            verdict(scale <= 1.15),
        )
    )
    small, big = names_lookup(100), names_lookup(10_000)
    out.append(
        Row(
            "names cache lookup, 10k names",
            f"{big:.3f} ms",
            f"{small:.3f} ms at 100",
            fmt_ratio(big / small if small > 0 else float("inf")),
            f"≤ {NAMES_GOAL_MS:.0f} ms",
            verdict(big <= NAMES_GOAL_MS),
        )
    )
    return out


def rows(results: dict[int, dict[str, float]]) -> list[Row]:
    sizes = sorted(results)
    base = results[sizes[0]]
    out = []
    titles = {
        "open": "history open (start-up)",
        "recent": "tray Recent (recent 8)",
        "timeline": "timeline first page (200)",
        "window": "window's call timeline (200 / 14 days)",
        "search": "search per keystroke",
    }
    for figure, title in titles.items():
        for size in sizes[1:]:
            value = results[size][figure]
            scale = value / base[figure] if base[figure] > 0 else float("inf")
            if figure == "search":
                goal, ok = f"≤ {SEARCH_GOAL_MS:.0f} ms", value <= SEARCH_GOAL_MS
            elif figure in ("open", "recent"):
                goal, ok = "≈ 1× (size-free)", scale <= 2.0
            else:
                goal, ok = "size-free", scale <= 2.0
            out.append(
                Row(
                    f"{title}, {size // 1000}k calls",
                    f"{value:.2f} ms",
                    f"{base[figure]:.2f} ms at {sizes[0] // 1000}k",
                    fmt_ratio(scale),
                    goal,
                    verdict(ok),
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.history_scale", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    add_common_args(parser)
    args = parser.parse_args(argv)
    results = {}
    for size in (int(s) for s in args.sizes.split(",")):
        log(f"history_scale: {size} calls")
        results[size] = measure(size)
        log(f"  {results[size]}")
    emit(rows(results) + extra_rows(sorted(results)), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
