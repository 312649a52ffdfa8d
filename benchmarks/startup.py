"""Figure 1: launch to first painted main window (``calllauncher --demo``).

Each sample is a fresh ``python benchmarks/_launch.py app|ref`` under the offscreen Qt
platform: from the parent's clock just before spawning to the end of the first frame of
the main window (see ``_launch.py`` for how that is caught without touching app code).
One warm-up launch of each is thrown away (cold disk cache, byte-code), then the app and
the smallest PySide6 window alternate.

    python -m benchmarks.startup [--repeats 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks._common import (
    HERE,
    PYTHON,
    Row,
    add_common_args,
    alternate,
    child_env,
    emit,
    fmt_ratio,
    log,
    median,
    ratio,
    scratch_dir,
    verdict,
)

GOAL = 1.3
LAUNCHER = HERE / "_launch.py"


@dataclass
class Launch:
    seconds: float  # spawn -> first frame painted
    peak_kb: int  # VmHWM at that moment
    marks: dict[str, float]
    linecache_kb: int = 0  # source text PySide6's import hook left in linecache
    linecache_files: int = 0


def launch(mode: str, tmp: Path, timeout: float = 60.0, **extra: str) -> Launch:
    env = child_env(tmp, **extra)
    started = time.time()
    env["BENCH_T0"] = repr(started)
    env["BENCH_TIMEOUT"] = str(timeout)
    done = subprocess.run(
        [PYTHON, str(LAUNCHER), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout + 5,
        check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{mode} launch failed ({done.returncode}): {done.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(lines[-1])
    return Launch(
        data["marks"].get("shell_ready") or data["marks"]["painted"],
        int(data["hwm_kb"]),
        data["marks"],
        int(data.get("linecache_kb", 0)),
        int(data.get("linecache_files", 0)),
    )


def launches(repeats: int) -> tuple[list[Launch], list[Launch]]:
    """(app, reference) samples, alternating, after one discarded warm-up of each."""
    with scratch_dir() as tmp:
        log(f"start-up: warm-up, then {repeats} alternating launches of each")
        launch("ref", tmp)
        launch("app", tmp)
        return alternate(repeats, lambda: launch("ref", tmp), lambda: launch("app", tmp))


def phases(samples: list[Launch]) -> str:
    """Median time of each mark, e.g. ``qapplication 0.26s, shown 0.71s``."""
    names = ["interpreter", "qapplication", "shown", "painted"]
    parts = []
    for name in names:
        values = [s.marks[name] for s in samples if name in s.marks]
        if values:
            parts.append(f"{name} {median(values) * 1000:.0f}")
    return ", ".join(parts) + " ms"


def rows(app: list[Launch], ref: list[Launch]) -> list[Row]:
    a = median([s.seconds for s in app])
    r = median([s.seconds for s in ref])
    q = ratio(a, r)
    return [
        Row(
            "start-up to first paint (--demo)",
            f"{a * 1000:.0f} ms",
            f"{r * 1000:.0f} ms",
            fmt_ratio(q),
            f"≤ {GOAL}×",
            verdict(q <= GOAL),
            f"app: {phases(app)}; reference: {phases(ref)} (n={len(app)})",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    add_common_args(parser)
    args = parser.parse_args(argv)
    emit(rows(*launches(args.repeats)), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
