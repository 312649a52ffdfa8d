"""A simulated PBX in its own process (as a real PBX is), for the CPU and latency figures.

``python benchmarks/_pbx_server.py --key K --secret S [--talk-for 600] [--report]`` prints
the API URL, serves until stdin closes (or SIGTERM), then prints one JSON line: how many
requests each method got. The ``python -m calllauncher.fakepbx`` command has no flag for
the talk time, hence this.

``--report`` adds one JSON line per request as it is logged, before its answer is sent:
``{"request": {"method", "path", "body", "received_at"}}``. ``received_at`` is this
process's ``time.monotonic()``, which on Linux is ``CLOCK_MONOTONIC``, one clock for every
process on the machine, so the parent can subtract its own ``time.monotonic()`` from it.
The CPU figure does not ask for it (it never reads stdout until the end).
"""

from __future__ import annotations

import argparse
import collections
import json
import signal
import sys
import threading
from typing import Any

from calllauncher.fakepbx import FakePBX
from calllauncher.fakepbx.server import LoggedRequest


class _ReportingLog(list[LoggedRequest]):
    """The PBX's request log, also writing each entry to stdout as it is appended.

    The entry is appended (under the PBX's log lock) right after ``received_at`` is taken;
    writing it there, in this process, costs the app's process nothing.
    """

    def append(self, entry: LoggedRequest) -> None:
        super().append(entry)
        line = {
            "method": entry.method,
            "path": entry.path,
            "body": entry.body,
            "received_at": entry.received_at,
        }
        sys.stdout.write(json.dumps({"request": line}) + "\n")
        sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--talk-for", type=float, default=None, help="simulated seconds")
    parser.add_argument("--time-scale", type=float, default=1.0)
    parser.add_argument("--report", action="store_true", help="a JSON line per request")
    args = parser.parse_args(argv)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    pbx = FakePBX(key=args.key, secret=args.secret, time_scale=args.time_scale)
    if args.talk_for is not None:
        pbx.talk_for = args.talk_for
    if args.report:
        pbx._log = _ReportingLog()  # the benchmark's hook: no app code changed
    pbx.start()
    print(pbx.url, flush=True)
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    done.wait()
    counts: dict[str, Any] = dict(collections.Counter(entry.method for entry in pbx.log()))
    pbx.stop()
    print(json.dumps(counts), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
