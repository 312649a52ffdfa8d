"""Figure 4: longest GUI-thread stall while 20 requests are held 2 s by the PBX.

One process: the real app against an in-process ``FakePBX``. A 10 ms precise ``QTimer``
in the GUI thread notes every tick; the figure is the longest gap between two ticks
(10 ms when nothing ever blocks). App sample: ``pbx.inject(Fault.SLOW, count=20,
delay=2.0)``, then 20 list loads through the app's own ``TaskRunner`` (employees and voice
files alternately, each result delivered to the window through the dial controller's
signals, exactly as a real load), timed until every answer has been handled. Reference:
the same timer in the same idle app for the same length of time, no requests. Alternating,
median of the per-run maxima.

    python -m benchmarks.stall [--repeats 3] [--requests 20] [--hold 2.0] [--json]
"""

from __future__ import annotations

import argparse
import gc
import math
import time
from functools import partial
from typing import Any

from benchmarks._common import (
    KEY,
    SECRET,
    Row,
    add_common_args,
    alternate,
    emit,
    fmt_ratio,
    isolated_process,
    log,
    median,
    ratio,
    verdict,
)
from benchmarks._inproc import build_app, idle, wait_until

GOAL_MS = 20.0
PERIOD_MS = 10


def _employees(client: Any) -> Any:
    return client.settings.list_of_employees()


def _voice_files(client: Any) -> Any:
    return client.settings.list_of_voice_files()


class TickProbe:
    """A 10 ms precise timer in the GUI thread; ``gaps()`` are the intervals between ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PERIOD_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        self.ticks.append(time.perf_counter())
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]


class GcWatch:
    """Python's own collector pauses, in ms, while a run goes on (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, int]] = []  # (ms, generation)
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append(((time.perf_counter() - self._started) * 1000, info["generation"]))

    def close(self) -> None:
        gc.callbacks.remove(self._callback)


def full_collection_ms() -> float:
    """What one full (generation 2) collection of this process costs, median of 3."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        gc.collect()
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


Gaps = list[list[float]]
FACTS: dict[str, float] = {}


def measure(repeats: int, requests: int, hold: float) -> tuple[Gaps, Gaps]:
    from calllauncher.fakepbx import FakePBX, Fault

    with isolated_process(), FakePBX(key=KEY, secret=SECRET, time_scale=0.05) as pbx:
        parts = build_app(pbx.url)
        runner, dialer = parts.runner, parts.dialer
        client = parts.connection.client()
        probe = TickProbe()
        from calllauncher.services.tasks import NETWORK

        threads = runner._pools[NETWORK].maxThreadCount()  # the lane these requests use
        span = [hold * math.ceil(requests / max(1, threads)) + 0.3]

        def loaded(which: str, items: Any) -> None:
            signal = dialer.employeesLoaded if which == "employees" else dialer.voiceFilesLoaded
            signal.emit(items)

        def app_once() -> list[float]:
            pbx.inject(Fault.SLOW, count=requests, delay=hold)
            probe.start()
            started = time.monotonic()
            for i in range(requests):
                which, fn = ("employees", _employees) if i % 2 == 0 else ("voices", _voice_files)
                runner.run(partial(fn, client), on_done=partial(loaded, which))
            if not wait_until(lambda: runner.pending == 0, span[0] + 30, step_ms=50):
                raise RuntimeError("the held requests never came back")
            idle(0.1)
            span[0] = time.monotonic() - started
            return probe.stop()

        def ref_once() -> list[float]:
            probe.start()
            idle(span[0])
            return probe.stop()

        watch = GcWatch()
        try:
            idle(0.5)
            log(
                f"stall: {repeats} alternating runs of {requests} requests held {hold:g} s"
                f" ({threads} worker threads) vs none"
            )
            return alternate(repeats, ref_once, app_once)
        finally:
            watch.close()
            FACTS["gc_longest"] = max((ms for ms, _ in watch.pauses), default=0.0)
            FACTS["gc_full_runs"] = sum(1 for _, gen in watch.pauses if gen == 2)
            FACTS["gc_full_ms"] = full_collection_ms()
            parts.shutdown()


def rows(app: list[list[float]], ref: list[list[float]]) -> list[Row]:
    a = median([max(g) for g in app])
    r = median([max(g) for g in ref])
    over = sum(1 for g in app for x in g if x > GOAL_MS)
    return [
        Row(
            "longest GUI stall, 20 requests held 2 s",
            f"{a:.1f} ms",
            f"{r:.1f} ms",
            fmt_ratio(ratio(a, r)),
            f"≤ {GOAL_MS:.0f} ms",
            verdict(a <= GOAL_MS),
            f"gap between {PERIOD_MS} ms timer ticks; worst app {max(max(g) for g in app):.1f} ms,"
            f" worst idle {max(max(g) for g in ref):.1f} ms; app gaps > {GOAL_MS:.0f} ms: {over}"
            f" (n={len(app)}); Python GC: longest pause {FACTS.get('gc_longest', 0):.1f} ms,"
            f" {FACTS.get('gc_full_runs', 0):.0f} full collections, one full collection of"
            f" this app takes {FACTS.get('gc_full_ms', 0):.1f} ms",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stall", description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--hold", type=float, default=2.0, help="seconds the PBX holds each")
    add_common_args(parser)
    args = parser.parse_args(argv)
    emit(rows(*measure(args.repeats, args.requests, args.hold)), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
