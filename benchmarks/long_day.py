"""Long day: eight hours of office traffic against the simulated PBX, sped up.

The real app (``build()``, the shell with its tray and history, the live parts listening
on the PBX's WebSocket) against an in-process ``FakePBX`` whose clock runs ``--seconds``
real seconds for the 8 simulated hours. Spread evenly over the day, in a seeded random
order: ``--calls`` calls started from the window (each to a new number, followed to its
end), ``--incoming`` customers ringing over the WebSocket (``--missed`` of them nobody
answers: they enter the call-back queue), and the WebSocket cut once an hour (the app
reconnects). Open files, threads and resident memory are read every 1/32 of the day:
the highest counts in the second half of the day against the highest in the first (the
pools fill at the first busy moment, whenever it comes), the memory at the end against
the memory after the first hour.

Then the window goes to the tray, the WebSocket stays open, and the process's CPU
(user + system, ``getrusage``) is measured over ``--idle`` seconds of nothing happening.
That figure includes the simulated PBX's own idle threads (same process): an upper bound.

    python -m benchmarks.long_day [--seconds 40] [--calls 1000] [--incoming 300]
                                  [--missed 50] [--idle 20] [--json]

Goals (issue 17): memory growth ≤ 10 MiB, no thread or file growth, idle CPU in the tray
with the WebSocket open ≤ 0.2 % of a core.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time
from dataclasses import asdict

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
from benchmarks.soak import GOAL_MIB, Reading, read_process

DAY = 8 * 3600.0  # simulated seconds
IDLE_CPU_GOAL = 0.2  # % of one core
READINGS = 32


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _thread_ticks() -> dict[str, int]:
    """utime + stime clock ticks of each thread, by name (verbose only)."""
    import os
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, int] = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = names.get(int(tid), f"qt-or-native-{tid}")
        out[name] = out.get(name, 0) + int(fields[11]) + int(fields[12])
    return out


def day(
    seconds: float,
    calls: int,
    incoming: int,
    missed: int,
    idle_seconds: float,
    verbose: bool = False,
) -> tuple[Reading, Reading, float, dict[str, int]]:
    """(after the first hour, at the end, idle CPU %, what happened)."""
    from calllauncher.controller.calls import CALL, CallRequest
    from calllauncher.fakepbx import FakePBX
    from calllauncher.services.live_feed import CONNECTED
    from calllauncher.services.settings import AppSettings, Key

    scale = seconds / DAY
    # The PBX's server wakes twice a second to notice stop() (tests: 50 times): its idle
    # CPU is in this process too, and not the app's.
    simulated = FakePBX(key=KEY, secret=SECRET, time_scale=scale, poll_interval=0.5)
    with isolated_process(), simulated as pbx:
        pbx.start_websocket(key=KEY, secret=SECRET)
        settings = AppSettings()
        settings.set(Key.LIVE_URL, pbx.ws_url)
        settings.sync()
        parts = build_app(pbx.url)
        parts.runner.set_idle_expiry(20)  # idle workers come and go, as between calls
        shell = parts.start_shell()
        who = parts.who
        if not wait_until(lambda: who.feed.status == CONNECTED, 10):
            raise RuntimeError("the live feed did not connect")
        dialer, live = parts.dialer, parts.live

        rng = random.Random(17)
        events = ["call"] * calls + ["incoming"] * (incoming - missed) + ["missed"] * missed
        rng.shuffle(events)
        hours = int(DAY // 3600)
        plan = sorted(
            [((i + 0.5) / len(events), kind) for i, kind in enumerate(events)]
            + [(h / hours, "reconnect") for h in range(1, hours)]
            + [(r / READINGS, "reading") for r in range(1, READINGS + 1)]
        )
        done = {"call": 0, "incoming": 0, "missed": 0, "reconnect": 0, "refused": 0}
        warm: list[Reading] = []
        later: list[Reading] = []
        started = time.monotonic()
        for n, (at, kind) in enumerate(plan):
            wait = started + at * seconds - time.monotonic()
            if wait > 0:
                idle(wait)
            if kind == "reading":
                # Read at rest: a worker and its socket in the middle of a request, or the
                # WebSocket between two connections, are not growth; a leak still shows.
                wait_until(lambda: not parts.runner.pending and who.feed.status == CONNECTED, 5)
                idle(0.1)  # the pool's idle workers expire (20 ms here)
                gc.collect()
                (warm if at <= 1 / hours + 1e-9 else later).append(read_process())
            elif kind == "call":
                number = f"067{2000000 + n:07d}"
                if dialer.dial(CallRequest(CALL, number, extension="901", async_=True)):
                    wait_until(lambda: not dialer.busy, 10)
                    wait_until(lambda: not live.live(), 10)
                    done["call"] += 1
                else:
                    done["refused"] += 1
            elif kind in ("incoming", "missed"):
                caller = f"050{3000000 + n:07d}"
                if kind == "missed":
                    pbx.incoming_call(caller, ring=("901",), ring_for=30)
                else:
                    pbx.incoming_call(
                        caller, ring=("901", "902"), answered_by="902", answer_after=8, talk=90
                    )
                done[kind] += 1
            elif kind == "reconnect" and pbx.live_server is not None:
                pbx.live_server.drop_clients()
                wait_until(lambda: who.feed.status != CONNECTED, 5)
                wait_until(lambda: who.feed.status == CONNECTED, 15)
                done["reconnect"] += 1
            if n % 200 == 199:  # the simulated PBX shares this process: its log is not ours
                pbx.clear_log()
        day_took = time.monotonic() - started
        log(f"long_day: the day took {day_took:.0f} s real; {done}")
        log(
            "  readings (files, threads, MiB): "
            + ", ".join(f"{r.files}/{r.threads}/{r.rss_mib:.0f}" for r in warm + later)
        )
        done["queue"] = len(who.queue.entries)
        if verbose:
            import threading

            log("  threads: " + ", ".join(sorted(t.name for t in threading.enumerate())))

        # The tray, the WebSocket open, nothing happening.
        shell.start_minimized()
        pbx.clear_log()
        idle(2.0)  # the last calls' tidying up
        gc.collect()
        connected = who.feed.status == CONNECTED
        ticks0 = _thread_ticks()
        cpu0, wall0 = _cpu_seconds(), time.monotonic()
        idle(idle_seconds)
        cpu = (_cpu_seconds() - cpu0) / (time.monotonic() - wall0) * 100
        if verbose:
            ticks = _thread_ticks()
            spent = {name: ticks[name] - ticks0.get(name, 0) for name in ticks}
            log(
                "  idle CPU ticks by thread: "
                + ", ".join(f"{n}={t}" for n, t in sorted(spent.items(), key=lambda x: -x[1]) if t)
            )
        if not connected or who.feed.status != CONNECTED:
            raise RuntimeError("the WebSocket was not open while idle")
        parts.window.quitting = True
        parts.shutdown()
        shell.history.close()
    # Threads and files are bounded by the pools (workers, kept connections), which a busy
    # moment fills: growth is the second half of the day's highest count (read at rest)
    # above the first half's. Memory: the end against the end of the first hour.
    readings = warm + later
    first, second = readings[: len(readings) // 2], readings[len(readings) // 2 :]
    baseline = Reading(max(r.files for r in first), max(r.threads for r in first), warm[-1].rss_mib)
    end = Reading(max(r.files for r in second), max(r.threads for r in second), later[-1].rss_mib)
    return baseline, end, cpu, done


def rows(baseline: Reading, end: Reading, cpu: float) -> list[Row]:
    grown = end.rss_mib - baseline.rss_mib
    title = "long day (8 h sped up)"
    return [
        Row(
            f"{title}: memory",
            f"{baseline.rss_mib:.0f} → {end.rss_mib:.0f} MiB",
            "flat",
            f"{grown:+.1f} MiB",
            f"≤ {GOAL_MIB:.0f} MiB",
            verdict(grown <= GOAL_MIB),
        ),
        Row(
            f"{title}: threads",
            f"{baseline.threads} → {end.threads}",
            "flat",
            f"+{max(0, end.threads - baseline.threads)}",
            "no growth",
            verdict(end.threads <= baseline.threads),
        ),
        Row(
            f"{title}: open files",
            f"{baseline.files} → {end.files}",
            "flat",
            f"+{max(0, end.files - baseline.files)}",
            "no growth",
            verdict(end.files <= baseline.files),
        ),
        Row(
            "idle in the tray, WebSocket open: CPU",
            f"{cpu:.3f} %",
            "0 %",
            "",
            f"≤ {IDLE_CPU_GOAL} % of a core",
            verdict(cpu <= IDLE_CPU_GOAL),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.long_day", description=__doc__)
    parser.add_argument("--seconds", type=float, default=40.0, help="real seconds for the day")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--incoming", type=int, default=300)
    parser.add_argument("--missed", type=int, default=50)
    parser.add_argument("--idle", type=float, default=20.0, help="seconds of idle CPU measured")
    parser.add_argument("--verbose", action="store_true", help="name the threads and files")
    add_common_args(parser)
    args = parser.parse_args(argv)
    baseline, end, cpu, done = day(
        args.seconds, args.calls, args.incoming, args.missed, args.idle, args.verbose
    )
    log(f"long_day: {done}; {asdict(baseline)} -> {asdict(end)}; idle CPU {cpu:.3f} %")
    emit(rows(baseline, end, cpu), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
