"""The built-in demo PBX: a simulated Binotel PBX in this process, on 127.0.0.1."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fakepbx import FakePBX

DEMO_KEY = "demo"
DEMO_SECRET = "demo-secret"
DEMO_EXTENSION = "901"
# What the simulated PBX knows (calllauncher/fakepbx/data.py), offered in the pickers.
DEMO_COMPANY_NUMBERS = ["0443334023", "0675550101", "0800300123"]
DEMO_IVR_NAMES = ["main", "support", "Головне меню"]


def start_demo_pbx() -> FakePBX:
    from .fakepbx import FakePBX

    # Tests and benchmarks speed the simulated calls up; people get real time.
    scale = float(os.environ.get("CALLLAUNCHER_DEMO_TIME_SCALE", "1") or 1)
    # Idle in the tray all day: wake 4 times a second, not 50 (0.5 % of a core).
    return FakePBX(key=DEMO_KEY, secret=DEMO_SECRET, time_scale=scale, poll_interval=0.25).start()
