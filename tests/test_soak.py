"""A short soak (``benchmarks/soak.py``): window requests leave open files and threads
flat and memory growth under 10 MiB. ``make bench`` runs the full 2,000 requests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_short_soak_stays_flat() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLLAUNCHER_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.soak",
            "--requests",
            "400",
            "--warmup",
            "200",
            "--calls-every",
            "20",
            "--json",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(rows) == 3
    for row in rows:
        assert row["met"] == "yes", (row, done.stderr[-2000:])
