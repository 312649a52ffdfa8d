"""Soak: a day of window requests — do open files, threads and memory stay flat?

The real app (``build()``, window shown) against an in-process ``FakePBX`` sends
``--requests`` requests through its own controllers: list refreshes (employees, voice
files) and call starts to ever new numbers (each followed to its end), in the mix a
receptionist's day has. Open files (``/proc/self/fd``), threads (``/proc/self/task``) and
resident memory are read every 50 requests: the highest counts after a warm-up of
``--warmup`` requests (every pool thread and kept connection exists by then) against the
highest during it, and the memory at the end against the memory after the warm-up.
Reference: zero growth.

    python -m benchmarks.soak [--requests 2000] [--warmup 200] [--json]

Goals (issue 11): open files and threads flat, memory growth under 10 MiB.
``tests/test_soak.py`` runs it with a short setting in CI.
"""

from __future__ import annotations

import argparse
import gc
import os
from dataclasses import asdict, dataclass

from benchmarks._common import (
    KEY,
    SECRET,
    Row,
    add_common_args,
    emit,
    isolated_process,
    log,
    verdict,
)
from benchmarks._inproc import build_app, idle, wait_until

GOAL_MIB = 10.0


@dataclass(frozen=True)
class Reading:
    files: int
    threads: int
    rss_mib: float


def read_process() -> Reading:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return Reading(
        files=len(os.listdir("/proc/self/fd")),
        threads=len(os.listdir("/proc/self/task")),
        rss_mib=pages * os.sysconf("SC_PAGE_SIZE") / 2**20,
    )


def soak(requests: int, warmup: int, calls_every: int = 10) -> tuple[Reading, Reading, int]:
    """(after warm-up, at the end, requests the PBX saw)."""
    from calllauncher.controller.calls import CALL, CallRequest
    from calllauncher.fakepbx import FakePBX

    with isolated_process(), FakePBX(key=KEY, secret=SECRET, time_scale=0.01) as pbx:
        parts = build_app(pbx.url)
        dialer, live = parts.dialer, parts.live
        # A day compressed: between bursts the pool's idle threads expire and new ones
        # start, as they do between a receptionist's calls (each new thread is where a
        # thread-local HTTP session used to leak).
        parts.runner.set_idle_expiry(20)
        loaded = {"n": 0}
        dialer.employeesLoaded.connect(lambda _: loaded.__setitem__("n", loaded["n"] + 1))
        dialer.voiceFilesLoaded.connect(lambda _: loaded.__setitem__("n", loaded["n"] + 1))
        warm: list[Reading] = []
        later: list[Reading] = []
        seen = 0
        for i in range(requests):
            if i % 50 == 0 and i:
                gc.collect()
                (warm if i <= warmup else later).append(read_process())
            if calls_every and i % calls_every == calls_every - 1:
                number = f"067{1000000 + i:07d}"
                request = CallRequest(CALL, number, extension="901", async_=True)
                if dialer.dial(request):
                    wait_until(lambda: not dialer.busy, 10)
                    wait_until(lambda: not live.live(), 10)
            else:
                before = loaded["n"]
                (dialer.load_employees if i % 2 else dialer.load_voice_files)()
                wait_until(lambda before=before: loaded["n"] > before, 10)  # type: ignore[misc]
            if i % 10 == 9:
                idle(0.03)
            if i % 100 == 99:  # the simulated PBX shares this process: its log is not ours
                seen += len(pbx.log())
                pbx.clear_log()
        gc.collect()
        later.append(read_process())
        seen += len(pbx.log())
        parts.window.quitting = True
        parts.shutdown()
    # Open files and threads are bounded by the pools (connections kept, worker threads):
    # the figure is the highest count after the warm-up against the highest during it.
    # Memory: the end against the end of the warm-up.
    baseline = Reading(max(r.files for r in warm), max(r.threads for r in warm), warm[-1].rss_mib)
    end = Reading(max(r.files for r in later), max(r.threads for r in later), later[-1].rss_mib)
    return baseline, end, seen


def rows(baseline: Reading, end: Reading, requests: int) -> list[Row]:
    grown = end.rss_mib - baseline.rss_mib
    return [
        Row(
            f"soak, {requests} window requests: open files",
            f"{baseline.files} → {end.files}",
            "flat",
            f"+{end.files - baseline.files}",
            "no growth",
            verdict(end.files <= baseline.files),
        ),
        Row(
            f"soak, {requests} window requests: threads",
            f"{baseline.threads} → {end.threads}",
            "flat",
            f"+{end.threads - baseline.threads}",
            "no growth",
            verdict(end.threads <= baseline.threads),
        ),
        Row(
            f"soak, {requests} window requests: memory",
            f"{baseline.rss_mib:.0f} → {end.rss_mib:.0f} MiB",
            "flat",
            f"{grown:+.1f} MiB",
            f"< {GOAL_MIB:.0f} MiB",
            verdict(grown < GOAL_MIB),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak", description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument(
        "--calls-every", type=int, default=10, help="one call start per N requests (0: none)"
    )
    add_common_args(parser)
    args = parser.parse_args(argv)
    log(f"soak: {args.requests} requests, readings after {args.warmup} and at the end")
    baseline, end, seen = soak(args.requests, args.warmup, args.calls_every)
    log(f"soak: the PBX saw {seen} requests; {asdict(baseline)} -> {asdict(end)}")
    emit(rows(baseline, end, args.requests), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
