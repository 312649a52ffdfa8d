"""The built-in demo PBX: a simulated Binotel PBX in this process, on 127.0.0.1."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fakepbx import FakePBX

DEMO_KEY = "demo"
DEMO_SECRET = "demo-secret"
DEMO_EXTENSION = "901"
DEMO_COMPANY_NUMBERS = ["0443334000", "0673334000"]


def start_demo_pbx() -> FakePBX:
    from .fakepbx import FakePBX

    # Tests and benchmarks speed the simulated calls up; people get real time.
    scale = float(os.environ.get("CALLLAUNCHER_DEMO_TIME_SCALE", "1") or 1)
    return FakePBX(key=DEMO_KEY, secret=DEMO_SECRET, time_scale=scale).start()
