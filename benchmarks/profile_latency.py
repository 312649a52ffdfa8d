"""Where the click's time goes: the latency figure's loop with a stamp at each step.

The same app, the same out-of-process PBX and the same typing, press … release as
``benchmarks.latency``; each step of the path is wrapped (before the app is built) to
note ``time.monotonic()`` the first time it is entered in a sample, and the table gives
the median of each step's time from t0 (the release), then the step-to-step differences.
The wrappers cost a little themselves (~1 µs each); the figure is ``benchmarks.latency``.

    python -m benchmarks.profile_latency [--samples 60] [--detail]
"""

from __future__ import annotations

import argparse
import functools
import time
from collections.abc import Callable
from typing import Any

from benchmarks._common import EXT_TO_PHONE, NUMBER, isolated_process, log, median
from benchmarks._inproc import build_app, idle, wait_until
from benchmarks._pbx_process import PbxProcess
from benchmarks.latency import TIME_SCALE, type_and_press

_stamps: dict[str, float] = {}


def _stamp(label: str) -> None:
    _stamps.setdefault(label, time.monotonic())


def _wrap(owner: Any, name: str, label: str, *, after: bool = False) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _stamp(label)
        try:
            return original(*args, **kwargs)
        finally:
            if after:
                _stamp(label + " returns")

    setattr(owner, name, wrapper)


def _instrument(detail: bool) -> None:
    import requests
    import urllib3.connectionpool
    from requests.adapters import HTTPAdapter

    from calllauncher.binotel import http, transport
    from calllauncher.controller import dialer
    from calllauncher.services import tasks
    from calllauncher.ui import main_window

    _wrap(main_window.MainWindow, "dial", "MainWindow.dial", after=True)
    _wrap(main_window.MainWindow, "_send", "MainWindow._send")
    _wrap(dialer.DialController, "dial", "DialController.dial", after=True)
    _wrap(tasks.TaskRunner, "run", "TaskRunner.run", after=True)
    _wrap(dialer, "_start", "worker: _start")
    _wrap(transport.Transport, "_post_once", "worker: Transport._post_once")
    _wrap(http.SessionPool, "lend", "worker: SessionPool.lend")
    _wrap(requests.Session, "request", "worker: Session.request")
    _wrap(requests.Session, "send", "worker: Session.send")
    _wrap(HTTPAdapter, "send", "worker: HTTPAdapter.send")
    _wrap(urllib3.connectionpool.HTTPConnectionPool, "urlopen", "worker: urlopen")
    _wrap(http._Watched, "request", "worker: conn.request", after=True)
    if not detail:
        return
    from PySide6.QtCore import QThreadPool

    from calllauncher import binotel
    from calllauncher.controller import form
    from calllauncher.ui import dialer_form

    _wrap(dialer_form.DialerForm, "take_match", "take_match")
    _wrap(dialer_form.DialerForm, "values", "values", after=True)
    _wrap(main_window, "build_request", "build_request", after=True)
    _wrap(form, "check_number", "check_number")
    _wrap(dialer.DialController, "_remember", "DialController._remember", after=True)
    _wrap(QThreadPool, "start", "QThreadPool.start", after=True)
    _wrap(binotel.Client, "request", "worker: Client.request")
    _wrap(transport.Transport, "post", "worker: Transport.post")
    _wrap(http.Watchdog, "arm", "worker: Watchdog.arm", after=True)
    _wrap(http, "post_json", "worker: post_json")
    _wrap(transport, "post_json", "worker: post_json")


def measure(samples: int, detail: bool = False) -> list[dict[str, float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    rows: list[dict[str, float]] = []
    with isolated_process() as tmp, PbxProcess(tmp, time_scale=TIME_SCALE) as pbx:
        _instrument(detail)
        parts = build_app(pbx.url)
        form, dialer = parts.window.form, parts.dialer

        def count() -> int:
            return len(pbx.arrivals(EXT_TO_PHONE))

        try:
            for i in range(samples + 5):
                before = count()
                button = type_and_press(form, f"{NUMBER[:-3]}{i:03d}")
                _stamps.clear()
                t0 = time.monotonic()
                QTest.mouseRelease(button, Qt.MouseButton.LeftButton)
                if not wait_until(lambda b=before: count() > b and not dialer.busy, 10):
                    raise RuntimeError("the click sent no call request")
                row = {k: (v - t0) * 1000 for k, v in _stamps.items()}
                row["PBX received_at"] = (
                    pbx.arrivals(EXT_TO_PHONE)[before].received_at - t0
                ) * 1000
                if i >= 5:
                    rows.append(row)
                idle(0.02)
        finally:
            parts.shutdown()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_latency")
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--detail", action="store_true", help="more steps, more overhead")
    args = parser.parse_args(argv)
    log(f"profile_latency: {args.samples} clicks, each step stamped")
    rows = measure(args.samples, args.detail)
    labels = sorted(
        {k for r in rows for k in r}, key=lambda k: median([r[k] for r in rows if k in r])
    )
    previous = 0.0
    print(f"{'step (first entered)':45} {'ms from t0':>10} {'Δ ms':>7}  n")
    for label in labels:
        at = median([r[label] for r in rows if label in r])
        n = sum(1 for r in rows if label in r)
        print(f"{label:45} {at:10.3f} {at - previous:7.3f}  {n}")
        previous = at
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
