"""Nothing heavy before the first frame (benchmarks/README.md): the window module, and the
start-up path until the window's first paint, leave requests, phonenumbers and keyring
unloaded. Together they are a third of the app's import time, and the keyring may wait on
D-Bus; all three are for after the window is seen. Each check runs in a fresh interpreter
(this one has loaded everything long ago)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calllauncher.services.settings import AppSettings
from tests.support.values import KEY

HEAVY = ("requests", "phonenumbers", "keyring")
ROOT = Path(__file__).resolve().parent.parent


def loaded_after(code: str) -> list[str]:
    """Which of HEAVY a clean interpreter has loaded after running ``code``."""
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.splitlines()[-1]))


def loaded_at_first_frame(*args: str, watch: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of ``watch`` the app has loaded (``module:Class``: made) when its main
    window paints the first time."""
    env = {**os.environ, "FIRST_FRAME_WATCH": ",".join(watch), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.first_frame", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_the_probe_sees_a_heavy_import() -> None:
    assert loaded_after("import calllauncher.binotel.client") == ["requests"]
    assert "phonenumbers" in loaded_after("import calllauncher.phone")


def test_importing_the_window_loads_none_of_them() -> None:
    assert loaded_after("import calllauncher.ui.main_window") == []


def test_the_entry_point_loads_none_of_them() -> None:
    assert loaded_after("import calllauncher.__main__, calllauncher.startup") == []


@pytest.mark.parametrize("args", [(), ("--demo",)], ids=["welcome", "demo"])
def test_nothing_heavy_before_the_first_frame(args: tuple[str, ...]) -> None:
    assert loaded_at_first_frame(*args) == []


def test_no_qtnetwork_nor_live_parts_before_the_first_frame() -> None:
    """The single-instance server (QtNetwork) and the live calls' feed, names and card
    are made after the window is seen; the hand-off before it is the stdlib's."""
    later = ("PySide6.QtNetwork", "calllauncher.ui.live_wiring", "calllauncher.binotel.ws")
    assert loaded_at_first_frame("--demo", watch=later) == []


# What the first frame does not show loads after it: the call timeline (its sections,
# rows, history model and clock), the names cache with sqlite3, importlib.resources,
# OpenSSL (hashlib), the models of the PBX's answers; a plain launch needs no argparse
# parser (the command line's module); PySide6 makes ``Qt`` and its ~100 enums after it
# (ui/widgets/props.py), and QFont's 8 (the rarer modes' bold title). The account's
# controller and the CallLauncher menu's actions come just after it (application.py).
LATER = (
    "PySide6.QtCore:Qt",
    "sqlite3",
    "_hashlib",
    "calllauncher.binotel.models",
    "calllauncher.cli.parser",
    "calllauncher.controller.account",
    "calllauncher.services.account",
    "socket",
    "calllauncher.ui.account_flows",
    "PySide6.QtGui:QFont",
    "datetime",
    "importlib.resources",
    "calllauncher.controller.timeline",
    "calllauncher.controller.names",
    "calllauncher.services.name_cache",
    "calllauncher.ui.timeline_view",
    "calllauncher.ui.live_calls_view",
)


@pytest.mark.parametrize("args", [(), ("--demo",)], ids=["welcome", "demo"])
def test_the_timeline_and_names_load_after_the_first_frame(args: tuple[str, ...]) -> None:
    assert loaded_at_first_frame(*args, watch=LATER) == []


def test_a_saved_account_reads_the_keyring_after_the_first_frame() -> None:
    settings = AppSettings()  # the test's own config folder, which the child inherits
    settings.set("account/key", KEY)
    settings.sync()
    assert loaded_at_first_frame() == []


def test_pyside6_reads_none_of_our_sources_before_the_first_frame() -> None:
    """PySide6's import hook reads each new module's source unless its feature table
    names it (services/qt_import_hook.py): 6–11 ms of every start, kept in linecache."""
    # The probe loads PySide6 before the entry point, whose own few modules it then reads;
    # a real start loads them before PySide6. The window's modules come after the table.
    window = ("source:calllauncher/ui", "source:calllauncher/controller")
    assert loaded_at_first_frame("--demo", watch=window) == []


def test_the_feature_table_gets_every_module_of_the_package() -> None:
    from calllauncher.services.qt_import_hook import module_names

    names = set(module_names())
    assert {"calllauncher", "calllauncher.ui.main_window", "calllauncher.services"} <= names
    assert not any("__pycache__" in name or name.endswith("__init__") for name in names)
    on_disk = {p for p in (ROOT / "calllauncher").rglob("*.py") if "__pycache__" not in p.parts}
    assert len(names) == len(on_disk)
