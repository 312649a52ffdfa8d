from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from hypothesis import settings
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.binotel import Client
from calllauncher.fakepbx import FakePBX
from tests.support.memory_keyring import MemoryKeyring
from tests.support.values import FAST, KEY, SECRET

# The in-process command line (``cli``, ``signed_in``) for the CLI test modules.
pytest_plugins = ["tests.support.cli"]

# Property tests: a quick look locally, a thorough one in CI (.ci/run exports CI=true).
# HYPOTHESIS_PROFILE=ci runs CI's amount here. No deadline: a loaded machine (the suite
# shares it with builds) is slow, not wrong; a real hang meets pytest-timeout.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=1000, deadline=None, print_blob=True)
_ci = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _ci else "dev"))


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config, data and (absent) system preset folders."""
    for name, sub in (
        ("CALLLAUNCHER_CONFIG_DIR", "config"),
        ("CALLLAUNCHER_DATA_DIR", "data"),
        ("CALLLAUNCHER_SYSTEM_CONFIG", "system/calllauncher.ini"),
    ):
        monkeypatch.setenv(name, str(tmp_path / sub))
    monkeypatch.delenv("CALLLAUNCHER_API_URL", raising=False)
    monkeypatch.setenv("CALLLAUNCHER_DEMO_TIME_SCALE", str(FAST))
    monkeypatch.setenv("CALLLAUNCHER_LANGUAGE", "en")  # whatever the machine's locale
    return tmp_path


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    if request.node.get_closest_marker("keyring"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def pbx() -> Iterator[FakePBX]:
    with FakePBX(key=KEY, secret=SECRET, time_scale=FAST) as server:
        yield server


@pytest.fixture(params=["4.0", "2.0"])
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(pbx: FakePBX, version: str) -> Iterator[Client]:
    with Client(KEY, SECRET, base_url=pbx.url, api_version=version) as c:
        yield c


@pytest.fixture
def parts(qtbot: QtBot, pbx: FakePBX) -> Iterator[AppParts]:
    """The real window, signed in to the simulated PBX, its lists loaded."""
    from calllauncher.app import build
    from calllauncher.services.account import Account

    app_parts = build(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(app_parts.window)
    app_parts.window.show()
    qtbot.waitUntil(lambda: bool(app_parts.window.employees), timeout=5000)
    qtbot.waitUntil(lambda: app_parts.window.form.voice_file.count() > 0, timeout=5000)
    yield app_parts
    app_parts.window.quitting = True
    app_parts.shutdown()
