"""Child for the CPU figure: ``python benchmarks/_follow.py live|idle URL SECONDS``.

Builds the real app against the PBX at URL (another process), shows the window and lets
it load its lists. ``live`` then starts 5 calls from the window (async, so each start
returns at once) and, from the moment the 5th is being followed, measures this process's
CPU time (all threads: GUI, workers) over SECONDS of wall time; ``idle`` measures the same
with no calls. Prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from benchmarks._common import NUMBER
from benchmarks._inproc import build_app, idle, wait_until

CALLS = 5


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    mode, url, seconds = argv[0], argv[1], float(argv[2])
    parts = build_app(url)
    window, live = parts.window, parts.live
    idle(1.0)  # let start-up settle (first paints, lists)
    if mode == "live":
        window.form.async_.setChecked(True)
        for i in range(CALLS):
            window.form.number.setText(NUMBER[:-1] + str(i + 4))  # 0443334024...28: answer
            QTest.mouseClick(window.form.call_button, Qt.MouseButton.LeftButton)
            if not wait_until(lambda n=i + 1: len(live.calls) >= n and not parts.dialer.busy):
                raise RuntimeError("a call did not start")
    rows = len(window.calls_view.rows)
    cpu0, wall0 = _cpu(), time.monotonic()
    idle(seconds)
    cpu1, wall1 = _cpu(), time.monotonic()
    states = [c.state.phase for c in live.calls.values()]
    print(
        json.dumps(
            {
                "cpu": cpu1 - cpu0,
                "wall": wall1 - wall0,
                "live_at_end": sum(1 for c in live.calls.values() if not c.state.is_final),
                "phases": states,
                "rows": rows,
            }
        ),
        flush=True,
    )
    parts.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
