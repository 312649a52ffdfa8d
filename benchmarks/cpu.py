"""Figure 5: CPU while following 5 live calls, against the idle app, same length of time.

The PBX runs in its own process (``_pbx_server.py``, talk time far longer than the
window) so only the app's CPU is counted. Each sample is a fresh app process
(``_follow.py``): ``live`` starts 5 calls and follows them; ``idle`` just sits there. Both
report their own CPU time (user + system, all threads) over the same wall time. The
figure is the extra share of one core the following costs. Alternating, median.

    python -m benchmarks.cpu [--seconds 20 | --full] [--repeats 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from dataclasses import dataclass
from typing import Any

from benchmarks._common import (
    HERE,
    KEY,
    PYTHON,
    ROOT,
    SECRET,
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

GOAL_PCT = 1.0
CALLS = 5


@dataclass
class Sample:
    percent: float  # of one core
    live_at_end: int
    polls_per_min: float


def sample(mode: str, seconds: float) -> Sample:
    with scratch_dir() as tmp:
        env = child_env(tmp)
        talk = ["--talk-for", str(seconds + 600.0)]
        server = subprocess.Popen(
            [PYTHON, str(HERE / "_pbx_server.py"), "--key", KEY, "--secret", SECRET, *talk],
            env=env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            if not url.startswith("http://127.0.0.1:"):
                raise RuntimeError(f"the PBX did not start: {url!r}")
            done = subprocess.run(
                [PYTHON, "-m", "benchmarks._follow", mode, url, str(seconds)],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=seconds + 60,
                check=False,
            )
            lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
            if done.returncode != 0 or not lines:
                raise RuntimeError(f"{mode} run failed: {done.stderr[-2000:]}")
            data: dict[str, Any] = json.loads(lines[-1])
        finally:
            out, _ = server.communicate("", timeout=15)
        counts: dict[str, int] = json.loads(out.strip().splitlines()[-1] or "{}")
        polls = counts.get("call-details", 0)
        return Sample(
            100.0 * data["cpu"] / data["wall"], int(data["live_at_end"]), polls * 60 / seconds
        )


def measure(seconds: float, repeats: int) -> tuple[list[Sample], list[Sample]]:
    log(f"cpu: {repeats} alternating {seconds:g} s runs: {CALLS} live calls vs idle app")
    return alternate(repeats, lambda: sample("idle", seconds), lambda: sample("live", seconds))


def rows(app: list[Sample], ref: list[Sample], seconds: float) -> list[Row]:
    a = median([s.percent for s in app])
    r = median([s.percent for s in ref])
    extra = a - r
    all_live = all(s.live_at_end == CALLS for s in app)
    return [
        Row(
            f"CPU following {CALLS} live calls, {seconds:g} s",
            f"{a:.2f} %",
            f"{r:.2f} %",
            fmt_ratio(ratio(a, r)),
            f"≤ {GOAL_PCT:g} % of a core above idle",
            verdict(extra <= GOAL_PCT and all_live),
            f"+{extra:.2f} % of one core; calls live at the end: "
            f"{[s.live_at_end for s in app]}; call-details polls/min "
            f"{median([s.polls_per_min for s in app]):.0f} (n={len(app)})",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cpu", description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--full", action="store_true", help="the issue's 60 s window")
    parser.add_argument("--repeats", type=int, default=2)
    add_common_args(parser)
    args = parser.parse_args(argv)
    seconds = 60.0 if args.full else args.seconds
    emit(rows(*measure(seconds, args.repeats), seconds), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
