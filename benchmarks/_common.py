"""Shared pieces: isolated environments, alternating runs, medians and the result table.

Every figure is a ratio against a bare reference measured in the same run, alternately
(reference, app, app, reference, ...), so a noisy neighbour hits both sides alike.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable

# Credentials the benchmark PBX accepts (never real ones).
KEY = "bench-key-0001"
SECRET = "bench-secret"
EXTENSION = "901"
NUMBER = "0443334023"
EXT_TO_PHONE = "internal-number-to-external-number"

T = TypeVar("T")


@dataclass
class Row:
    """One line of the table. ``app``/``reference`` are already formatted for people."""

    figure: str
    app: str
    reference: str
    ratio: str
    goal: str
    met: str
    detail: str = ""


COLUMNS = ("figure", "app", "reference", "ratio", "goal", "met?")


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("yes" if ok else "NO")


def ratio(app: float, reference: float) -> float:
    return app / reference if reference > 0 else float("inf")


def fmt_ratio(value: float) -> str:
    return "∞" if value == float("inf") else f"{value:.2f}×"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def format_table(rows: list[Row]) -> str:
    cells = [list(COLUMNS)] + [[r.figure, r.app, r.reference, r.ratio, r.goal, r.met] for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    out = [line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(c) for c in cells[1:]]
    return "\n".join(out)


def add_common_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print the rows as one JSON line (for make bench)"
    )


def emit(rows: list[Row], as_json: bool) -> None:
    if as_json:
        print(json.dumps([asdict(r) for r in rows]), flush=True)
        return
    print(format_table(rows))
    for r in rows:
        if r.detail:
            print(f"  {r.figure}: {r.detail}")


def log(message: str) -> None:
    """Progress goes to stderr so stdout stays the table (or the JSON line)."""
    print(message, file=sys.stderr, flush=True)


def alternate(
    repeats: int, reference: Callable[[], T], app: Callable[[], T]
) -> tuple[list[T], list[T]]:
    """Run both ``repeats`` times in the order R A A R R A A R ... and return (app, ref)."""
    apps: list[T] = []
    refs: list[T] = []
    for i in range(repeats):
        order = ((refs, reference), (apps, app))
        for results, fn in order if i % 2 == 0 else order[::-1]:
            results.append(fn())
    return apps, refs


def child_env(tmp: Path, **extra: str) -> dict[str, str]:
    """An environment for a child process: headless Qt, files in ``tmp``, loopback only.

    Byte-code is cached under ``tmp`` (``PYTHONPYCACHEPREFIX``), even where the shell says
    ``PYTHONDONTWRITEBYTECODE``: an installed app runs from .pyc files, so after the first
    (warm-up) launch neither side compiles source; the source tree stays untouched.
    """
    env = dict(os.environ)
    for name in (
        "CALLLAUNCHER_API_URL",
        "PYTHONDONTWRITEBYTECODE",
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
    ):
        env.pop(name, None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CALLLAUNCHER_CONFIG_DIR=str(tmp / "config"),
        CALLLAUNCHER_DATA_DIR=str(tmp / "data"),
        CALLLAUNCHER_SYSTEM_CONFIG=str(tmp / "system" / "calllauncher.ini"),
        NO_PROXY="127.0.0.1,localhost,::1",
        no_proxy="127.0.0.1,localhost,::1",
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
    )
    env.update(extra)
    return env


@contextmanager
def scratch_dir(prefix: str = "calllauncher-bench-") -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def isolated_process(prefix: str = "calllauncher-bench-") -> Iterator[Path]:
    """Point this process's Qt and file locations at a scratch folder (in-process figures)."""
    with scratch_dir(prefix) as tmp:
        saved = dict(os.environ)
        os.environ.update(child_env(tmp))
        try:
            yield tmp
        finally:
            os.environ.clear()
            os.environ.update(saved)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
