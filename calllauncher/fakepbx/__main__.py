"""``python -m calllauncher.fakepbx --port 8765``: run the simulated PBX on its own."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from calllauncher.fakepbx.server import FakePBX, is_loopback


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m calllauncher.fakepbx",
        description="Run a simulated Binotel PBX on a loopback address until interrupted.",
    )
    parser.add_argument("--port", type=int, default=8765, help="TCP port (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--key", default="demo", help="API key the PBX accepts")
    parser.add_argument("--secret", default="demo-secret", help="API secret the PBX accepts")
    parser.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="multiply every call-life timing by this (0.1 = ten times faster)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not is_loopback(args.host):
        parser.error(f"refusing to listen on {args.host!r}: only loopback addresses are allowed")
    if not args.time_scale > 0:
        parser.error("--time-scale must be positive")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    done = threading.Event()

    def _quit(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, _quit)
    try:
        pbx = FakePBX(
            key=args.key,
            secret=args.secret,
            host=args.host,
            port=args.port,
            time_scale=args.time_scale,
        ).start()
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    print(pbx.url, flush=True)
    print(f"key={args.key}  (Ctrl+C stops)", file=sys.stderr, flush=True)
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        pbx.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
