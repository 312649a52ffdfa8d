"""``calllauncher --self-check``: in process, as a real subprocess, and each way it fails."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from calllauncher import __version__, resources, selfcheck
from calllauncher.fakepbx import Fault

ROOT = Path(__file__).resolve().parents[1]
NAMES = [
    "version", "app modules", "Qt", "platform plugin", "local socket", "keyring", "resources",
    "translations", "certificates", "phone numbers", "PBX round trip",
]  # fmt: skip


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=os.path.dirname(sys.executable))
    assert found, "pyside6-lrelease comes with PySide6"
    return found


@pytest.fixture(scope="module")
def built_translations() -> None:
    """A checkout has only the .ts sources; compile each stale .qm next to it, as
    ``make translations`` does (the .qm files are build output, ignored by git)."""
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)


def run(**kwargs: object) -> tuple[int, str]:
    out = io.StringIO()
    code = selfcheck.run(out=out, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue()


def line(report: str, name: str) -> str:
    return next(text for text in report.splitlines() if f"  {name}  " in f"{text}  ")


@pytest.mark.usefixtures("built_translations")
def test_all_fine_in_process(qtbot: QtBot) -> None:
    code, report = run()
    assert code == 0, report
    assert report.startswith(f"CallLauncher {__version__} self-check\n")
    assert report.endswith("All checks passed.\n")
    for name in NAMES:
        assert line(report, name).lstrip().startswith("ok  "), report
    assert "MemoryKeyring" in line(report, "keyring")  # the backend in use is named
    assert "employees from an in-process PBX" in line(report, "PBX round trip")


@pytest.mark.usefixtures("built_translations")
@pytest.mark.parametrize("fault", [Fault.HTTP_403, Fault.WRONG_SHAPE])
def test_pbx_round_trip_failure_exits_1(qtbot: QtBot, fault: Fault) -> None:
    code, report = run(pbx_fault=fault)
    assert code == 1
    assert line(report, "PBX round trip").lstrip().startswith("FAIL")
    assert report.endswith("1 of 11 checks failed.\n")


def test_no_keyring_fails(qtbot: QtBot) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest restores the previous one
    code, report = run()
    assert code == 1
    assert "no keyring to keep the secret in" in line(report, "keyring")


def test_translations_without_qm_fail_and_with_qm_pass(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    checks = {check.name: check for check in selfcheck.collect()}
    assert checks["translations"].ok
    assert checks["translations"].detail == "none yet (no .ts files)"

    ts = folder / "calllauncher_uk.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="uk_UA"><context><name>App</name>'
        "<message><source>Call</source><translation>Дзвонити</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    checks = {check.name: check for check in selfcheck.collect()}
    assert not checks["translations"].ok
    assert checks["translations"].detail == "not compiled to .qm: calllauncher_uk.ts"

    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(folder / "calllauncher_uk.qm")])
    checks = {check.name: check for check in selfcheck.collect()}
    assert checks["translations"].ok, checks["translations"].detail
    assert checks["translations"].detail == "calllauncher_uk"

    (folder / "calllauncher_uk.qm").write_bytes(b"not a translation")
    checks = {check.name: check for check in selfcheck.collect()}
    assert checks["translations"].detail == "Qt can't load: calllauncher_uk.qm"


def test_missing_resources_fail(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    checks = {check.name: check for check in selfcheck.collect()}
    assert not checks["resources"].ok
    assert (
        "Missing resource: icons/hicolor/16x16/apps/calllauncher.png" in checks["resources"].detail
    )


def test_report_lines_up() -> None:
    checks = [selfcheck.Check("a", True, "fine"), selfcheck.Check("longer", False, "broken")]
    assert selfcheck.report(checks) == (
        "CallLauncher " + __version__ + " self-check\n"
        "  ok    a       fine\n"
        "  FAIL  longer  broken\n"
        "1 of 2 checks failed.\n"
    )


def _subprocess(backend: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND=backend)
    return subprocess.run(
        [sys.executable, "-m", "calllauncher", "--self-check"],
        cwd=ROOT,  # so the keyring backend below is importable as tests.support.memory_keyring
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.usefixtures("built_translations")
def test_subprocess_exits_0() -> None:
    done = _subprocess("tests.support.memory_keyring.MemoryKeyring")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.endswith("All checks passed.\n")
    assert done.stderr == ""


def test_subprocess_exits_1_without_a_keyring() -> None:
    done = _subprocess("keyring.backends.fail.Keyring")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL  keyring" in done.stdout
