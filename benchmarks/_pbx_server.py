"""A simulated PBX in its own process, for the CPU figure (so its CPU isn't the app's).

``python benchmarks/_pbx_server.py --talk-for 600`` prints the API URL, serves until stdin
closes (or SIGTERM), then prints one JSON line: how many requests each method got. The
``python -m calllauncher.fakepbx`` command has no flag for the talk time, hence this.
"""

from __future__ import annotations

import argparse
import collections
import json
import signal
import sys
import threading

from calllauncher.fakepbx import FakePBX


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--talk-for", type=float, default=600.0, help="simulated seconds")
    parser.add_argument("--time-scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    pbx = FakePBX(key=args.key, secret=args.secret, time_scale=args.time_scale)
    pbx.talk_for = args.talk_for
    pbx.start()
    print(pbx.url, flush=True)
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    done.wait()
    counts = collections.Counter(entry.method for entry in pbx.log())
    pbx.stop()
    print(json.dumps(dict(counts)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
