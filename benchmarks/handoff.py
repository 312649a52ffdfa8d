"""Hot-key launch → call request at the PBX, against a fresh script doing the request itself.

One process holds the simulated PBX and the real app (``build()``, its window, the shell
and the single-instance server, as ``calllauncher`` runs them). App sample: the clipboard
gets a new number, then ``python -m calllauncher --dial-clipboard`` is spawned, as a
desktop shortcut does; the figure is the time from the spawn to the PBX receiving the
ext → phone request (both read on the same monotonic clock). Reference: a fresh
``python -c "import requests; requests.post(…)"`` sending the same request itself.
Alternating, median.

    python -m benchmarks.handoff [--repeats 7] [--json]

Goal (issue 17): ≤ 0.5× the reference.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from benchmarks._common import (
    EXTENSION,
    KEY,
    PYTHON,
    ROOT,
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
from benchmarks._inproc import build_app, wait_until

GOAL = 0.5
EXT_TO_PHONE = "internal-number-to-external-number"

REFERENCE = """
import sys, requests
requests.post(sys.argv[1], json={"key": sys.argv[2], "secret": sys.argv[3],
    "internalNumber": sys.argv[4], "externalNumber": sys.argv[5]}, timeout=10)
"""


def measure(repeats: int) -> tuple[list[float], list[float]]:
    from PySide6.QtGui import QGuiApplication

    from calllauncher.fakepbx import FakePBX
    from calllauncher.services.single_instance import InstanceServer, server_name

    with isolated_process() as tmp, FakePBX(key=KEY, secret=SECRET, time_scale=0.01) as pbx:
        parts = build_app(pbx.url)
        server = InstanceServer(server_name())
        if not server.listen():
            raise RuntimeError("the single-instance server did not listen")
        parts.serve(server)
        shell = parts.start_shell()
        env = dict(__import__("os").environ)
        counter = iter(range(1_000_000, 9_000_000))

        def requests_so_far() -> int:
            return len(pbx.requests_for(EXT_TO_PHONE))

        def one(command: list[str]) -> float:
            before = requests_so_far()
            started = time.monotonic()
            child = subprocess.Popen(command, cwd=ROOT, env=env)
            if not wait_until(lambda: requests_so_far() > before, 20):
                child.kill()
                raise RuntimeError(f"no request reached the PBX for {command[:3]}")
            seen = pbx.requests_for(EXT_TO_PHONE)[-1].received_at - started
            wait_until(lambda: child.poll() is not None, 20)
            wait_until(lambda: not parts.dialer.busy, 20)
            return seen * 1000

        def app() -> float:
            QGuiApplication.clipboard().setText(f"067{next(counter):07d}")
            return one([PYTHON, "-m", "calllauncher", "--dial-clipboard"])

        def reference() -> float:
            url = pbx.url + "4.0/calls/" + EXT_TO_PHONE + ".json"
            number = f"067{next(counter):07d}"
            return one([PYTHON, "-c", REFERENCE, url, KEY, SECRET, EXTENSION, number])

        app(), reference()  # warm both (byte-code, page cache)
        apps, refs = alternate(repeats, reference, app)
        del shell, tmp
        server.close()
        parts.window.quitting = True
        parts.shutdown()
    return apps, refs


def rows(apps: list[float], refs: list[float]) -> list[Row]:
    a, r = median(apps), median(refs)
    value = ratio(a, r)
    return [
        Row(
            "hot-key launch → request at PBX",
            f"{a:.0f} ms",
            f"{r:.0f} ms",
            fmt_ratio(value),
            f"≤ {GOAL}×",
            verdict(value <= GOAL),
            "reference: a fresh python -c 'import requests; requests.post(…)'",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.handoff", description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    add_common_args(parser)
    args = parser.parse_args(argv)
    apps, refs = measure(args.repeats)
    log(f"handoff: app {[round(x) for x in apps]} ms, reference {[round(x) for x in refs]} ms")
    emit(rows(apps, refs), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
