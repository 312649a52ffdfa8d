"""``make bench``: run every figure (each in its own process) and print one table.

    python -m benchmarks [--full] [--only startup,cpu] [--repeats N]

``--full`` follows the live calls for the issue's 60 s instead of 20 s. Each figure is
also runnable alone: ``python -m benchmarks.<name>``. Exit status 1 only when a figure
could not be measured; unmet goals are shown in the table, not as a failure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time

from benchmarks._common import PYTHON, ROOT, Row, format_table, log

FIGURES = (
    "startup",
    "memory",
    "latency",
    "handoff",
    "stall",
    "history",
    "cpu",
    "size",
    "soak",
    "history_scale",
    "long_day",
)
TITLES = {
    "startup": "start-up to first paint (--demo)",
    "memory": "peak memory at first paint",
    "latency": "click Call → request at PBX (median)",
    "stall": "longest GUI stall, 20 requests held 2 s",
    "history": "history round at the row cap",
    "cpu": "CPU following 5 live calls",
    "size": "frozen app size",
    "soak": "soak: 2,000 window requests",
    "handoff": "hot-key launch → request at PBX",
    "history_scale": "history of 1k/10k/100k calls",
    "long_day": "long day (8 h sped up)",
}


def run_figure(name: str, extra: list[str], timeout: float) -> list[Row]:
    try:
        done = subprocess.run(
            [PYTHON, "-m", f"benchmarks.{name}", "--json", *extra],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [Row(TITLES[name], "error", "", "", "", "n/a", f"timed out after {timeout:.0f} s")]
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("[")]
    if done.returncode != 0 or not lines:
        return [Row(TITLES[name], "error", "", "", "", "n/a", f"exit status {done.returncode}")]
    return [Row(**row) for row in json.loads(lines[-1])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--full", action="store_true", help="60 s of live calls, not 20 s")
    parser.add_argument("--only", default="", help="comma-separated figures: " + ",".join(FIGURES))
    parser.add_argument("--repeats", type=int, default=0, help="override each figure's repeats")
    args = parser.parse_args(argv)
    chosen = [f.strip() for f in args.only.split(",") if f.strip()] or list(FIGURES)
    unknown = sorted(set(chosen) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(unknown)}")
    cpu_seconds = 60.0 if args.full else 20.0
    repeats = ["--repeats", str(args.repeats)] if args.repeats > 0 else []
    plan: dict[str, tuple[list[str], float]] = {
        "startup": (repeats, 240),
        "memory": (repeats, 240),
        "latency": ([], 180),
        "stall": (repeats, 300),
        "history": (repeats, 300),
        "cpu": (
            ["--seconds", str(cpu_seconds), *repeats],
            (cpu_seconds + 40) * 2 * (args.repeats or 2) + 60,
        ),
        "size": ([], 2000),
        "handoff": (repeats, 240),
        "soak": ([], 1200),
        "history_scale": ([], 600),
        "long_day": ([], 1200),
    }
    rows: list[Row] = []
    started = time.monotonic()
    for name in chosen:
        extra, timeout = plan[name]
        rows += run_figure(name, extra, timeout)
    log(f"benchmarks took {time.monotonic() - started:.0f} s")
    print(format_table(rows))
    print()
    for row in rows:
        if row.detail:
            print(f"- {row.figure}: {row.detail}")
    return 1 if any(r.app == "error" for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
