"""Figure 3: click on Call to request received by the PBX, warm, median of 50.

What a user feels, from the moment the button is let go to the moment the PBX has the
request. The real app (``build()``, in this process) talks to a simulated PBX in **its
own process** (``_pbx_server.py --report``, through ``_pbx_process.py``), as a real PBX
is: in-process, the PBX took the app's GIL to read and parse each request before stamping
its arrival, which the idle reference did not pay the same way. The PBX writes each
request's ``received_at`` (its ``time.monotonic()``: ``CLOCK_MONOTONIC`` on Linux, one
clock for all processes) on a line the parent reads.

Each app sample **types** a new number into the field (``QTest.keyClicks``: the form
reads each keystroke, as it does for a user, so the click does not parse it again),
waits 300 ms (past the search's 250 ms pause, as a hand moves to the button), **presses**
Call, lets the event loop run for 100 ms (a real press comes about that long before its
release), then notes ``time.monotonic()`` just before the **release** (Qt emits
``clicked`` on the release) and takes the ``received_at`` the PBX reported for that
request, checking its number; then it waits until the call start is answered
(``dialer.busy`` false) before the next one. The reference sample lets the loop idle for
the same 400 ms, then notes ``time.monotonic()`` just before it hands the *same* JSON
body to a plain worker thread that posts it with a bare ``requests.Session`` to the same
PBX (the GUI thread waits in the same Qt event loop meanwhile). Both sides thus start
from the same quiet: the CPU waking from it costs each side alike (0.5–0.6 ms here),
which the ratio shares out; the detail line gives the difference, the app's own cost.
Samples alternate; both sides are warmed up first (imports, sessions, thread pool, a
kept-alive connection each: the PBX speaks HTTP/1.1).

    python -m benchmarks.latency [--samples 50] [--json]
"""

from __future__ import annotations

import argparse
import queue
import threading
import time
from typing import TYPE_CHECKING, Any

from benchmarks._common import (
    EXT_TO_PHONE,
    NUMBER,
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
from benchmarks._pbx_process import PbxProcess

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from calllauncher.ui.dialer_form import DialerForm

GOAL_RATIO = 1.5
GOAL_MS = 10.0
TIME_SCALE = 0.01  # the PBX answers a call start after 15 ms; calls end in ~0.3 s
PRESS_HOLD = 0.1  # s between a click's press and its release
PHONE_FIELD = "externalNumber"  # the number a call start asks for
SETTLE = 0.3  # s after the number is typed: past the search's 250 ms pause, as a hand moves


class BareWorker:
    """A thread with its own ``requests.Session`` posting whatever it is handed."""

    def __init__(self) -> None:
        import requests

        self._session = requests.Session()
        self._jobs: queue.Queue[tuple[str, dict[str, Any]] | None] = queue.Queue()
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bare-requests", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            url, body = job
            self._session.post(url, json=body, timeout=(6, 20)).close()
            self.done.set()

    def post(self, url: str, body: dict[str, Any]) -> None:
        self.done.clear()
        self._jobs.put((url, body))

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(5)
        self._session.close()


def type_and_press(form: DialerForm, number: str) -> QPushButton:
    """Type ``number`` into the field as a user does (the form reads each keystroke: the
    hint under the field, the search list), pause, press Call and hold it: the caller
    releases it (``QTest.mouseRelease``), which is when Qt emits ``clicked``."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    form.number.selectAll()  # as the window leaves it after a call
    QTest.keyClicks(form.number, number)
    idle(SETTLE)
    button = form.call_button
    QTest.mousePress(button, Qt.MouseButton.LeftButton)
    idle(PRESS_HOLD)
    return button


def measure(samples: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    with isolated_process() as tmp, PbxProcess(tmp, time_scale=TIME_SCALE) as pbx:
        parts = build_app(pbx.url)
        form, dialer = parts.window.form, parts.dialer
        bare = BareWorker()
        template: dict[str, Any] = {}

        def count() -> int:
            return len(pbx.arrivals(EXT_TO_PHONE))

        clicks = iter(range(1000))

        def app_once() -> float:
            before = count()
            # A new number each click: the same call again within 2 s is refused (the
            # same-action guard), as a double click must be.
            number = f"{NUMBER[:-3]}{next(clicks):03d}"
            button = type_and_press(form, number)
            if count() > before:
                raise RuntimeError("the press sent the request: Qt clicks on the release")
            t0 = time.monotonic()
            QTest.mouseRelease(button, Qt.MouseButton.LeftButton)
            if not wait_until(lambda: count() > before and not dialer.busy, 10):
                raise RuntimeError("the click sent no call request")
            logged = pbx.arrivals(EXT_TO_PHONE)[before]
            if logged.body.get(PHONE_FIELD) != number:
                raise RuntimeError(f"asked to call {number}, the PBX got {logged.body!r}")
            template.update(url=pbx.url.rstrip("/") + logged.path.removeprefix("/api"))
            template.update(body=logged.body)
            return logged.received_at - t0

        def ref_once() -> float:
            before = count()
            idle(SETTLE + PRESS_HOLD)  # the same quiet before t0 as the click has
            t0 = time.monotonic()
            bare.post(template["url"], template["body"])
            if not wait_until(lambda: count() > before and bare.done.is_set(), 10):
                raise RuntimeError("the bare post did not arrive")
            return pbx.arrivals(EXT_TO_PHONE)[before].received_at - t0

        try:
            log(f"latency: warm-up, then {samples} alternating clicks and bare posts")
            for _ in range(5):
                app_once()
                ref_once()
            return alternate(samples, ref_once, app_once)
        finally:
            bare.close()
            parts.shutdown()


def rows(app: list[float], ref: list[float]) -> list[Row]:
    a, r = median(app) * 1000, median(ref) * 1000
    q = ratio(a, r)
    p90 = sorted(app)[int(len(app) * 0.9)] * 1000
    return [
        Row(
            "click Call → request at PBX (median)",
            f"{a:.2f} ms",
            f"{r:.2f} ms",
            fmt_ratio(q),
            f"≤ {GOAL_RATIO}× and < {GOAL_MS:.0f} ms",
            verdict(q <= GOAL_RATIO and a < GOAL_MS),
            # The difference is the app's own cost: both sides also pay the CPU waking
            # from the same quiet, which the ratio shares out.
            f"app − bare {a - r:+.2f} ms; app p90 {p90:.2f} ms, bare p90 "
            f"{sorted(ref)[int(len(ref) * 0.9)] * 1000:.2f} ms (n={len(app)})",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.latency", description=__doc__)
    parser.add_argument("--samples", type=int, default=50)
    add_common_args(parser)
    args = parser.parse_args(argv)
    emit(rows(*measure(args.samples)), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
