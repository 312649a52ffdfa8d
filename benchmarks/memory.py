"""Figure 2: peak memory when the main window is first painted (``--demo``).

Same fresh-process launches as the start-up figure (``_launch.py``): the child reads its
own ``VmHWM`` (peak resident set) from ``/proc/self/status`` at the end of the first
frame. The reference is the smallest PySide6 program showing a window.

    python -m benchmarks.memory [--repeats 7] [--json]
"""

from __future__ import annotations

import argparse

from benchmarks._common import Row, add_common_args, emit, fmt_ratio, median, ratio, verdict
from benchmarks.startup import Launch, launches

GOAL = 1.3


def rows(app: list[Launch], ref: list[Launch]) -> list[Row]:
    a = median([float(s.peak_kb) for s in app]) / 1024
    r = median([float(s.peak_kb) for s in ref]) / 1024
    q = ratio(a, r)
    peaks = [s.peak_kb / 1024 for s in app]
    spread = f"app {min(peaks):.0f}–{max(peaks):.0f}"
    held = median([float(s.linecache_kb) for s in app]) / 1024
    held_ref = median([float(s.linecache_kb) for s in ref]) / 1024
    return [
        Row(
            "peak memory at first paint",
            f"{a:.0f} MiB",
            f"{r:.0f} MiB",
            fmt_ratio(q),
            f"≤ {GOAL}×",
            verdict(q <= GOAL),
            f"VmHWM, {spread} MiB (n={len(app)}); source text PySide6's import hook left in"
            f" linecache: app {held:.1f} MiB, reference {held_ref:.1f} MiB",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    add_common_args(parser)
    args = parser.parse_args(argv)
    emit(rows(*launches(args.repeats)), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
