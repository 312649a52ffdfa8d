"""A SIP password (and login) in the employees response appears nowhere after a session
with detailed logging on: not in the log file nor any log record before redaction, not in
stdout/stderr, the history database, the settings files, a picker or an exception."""

from __future__ import annotations

import io
import logging
import traceback
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.__main__ import main
from calllauncher.fakepbx import FakePBX
from tests.support import account as shared
from tests.support.account import Launch, fill, press_test
from tests.support.leaks import Raw, debug_log, dial, folders, holding, task_errors
from tests.support.memory_keyring import MemoryKeyring
from tests.support.values import FAST, KEY, SECRET

launch = shared.launch
fast_restore = shared.fast_restore
__all__ = ["debug_log", "fast_restore", "folders", "launch", "task_errors"]

SIP_PASSWORD = "SIPcanary-3e9b1d-Пароль-end"
SIP_LOGIN = "SIPlogin-77c2aa-canary"


def canary_employees(pbx: FakePBX) -> None:
    for employee in pbx.employees:
        endpoint: dict[str, Any] = employee["endpointData"]
        endpoint["password"] = SIP_PASSWORD
        endpoint["login"] = SIP_LOGIN


@pytest.mark.parametrize("version", ["4.0", "2.0"])
def test_the_sip_password_leaks_nowhere(
    qtbot: QtBot,
    launch: Launch,
    memory_keyring: MemoryKeyring,
    folders: list[Path],
    debug_log: tuple[Path, Raw],
    task_errors: list[BaseException],
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    version: str,
) -> None:
    log_file, raw = debug_log
    caplog.set_level(logging.DEBUG)
    with FakePBX(key=KEY, secret=SECRET, time_scale=FAST) as pbx:
        canary_employees(pbx)
        parts = launch()
        qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
        parts.flows.welcome.reject()
        dialog = parts.flows.open_sign_in()
        fill(dialog, key=KEY, secret=SECRET, url=pbx.url, version=version)
        assert press_test(qtbot, dialog) == "ok", dialog.answer.text  # Test connection
        shown = [dialog.extension.itemText(i) for i in range(dialog.extension.count())]
        shown += [dialog.answer.text, dialog.answer.details.text()]
        dialog.extension.setCurrentIndex(dialog.extension.findData("901"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: parts.flows.sign_in_dialog is None, timeout=5000)
        assert parts.connection.account is not None
        assert parts.connection.account.api_version == version
        qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
        shown += [label for _, label in parts.window.colleagues()]
        shown += [repr(e) for e in parts.window.employees]
        dial(qtbot, parts, "0443334023")
        qtbot.waitUntil(lambda: len(parts.window.live.calls) == 1, timeout=5000)
        parts.window.refresh_lists()
        qtbot.waitUntil(lambda: len(pbx.requests_for("list_of_employees")) >= 3, timeout=5000)
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        assert main(["employees"]) == 0  # the command line lists them too
        parts.window.quitting = True
        parts.window.close()
        parts.shutdown()
        for handler in logging.getLogger("calllauncher").handlers:
            handler.flush()
        assert any(r.body.get("key") == KEY for r in pbx.requests_for("list_of_employees"))

    log_text = log_file.read_text("utf-8")
    assert "DEBUG" in log_text and "list-of-employees" in log_text
    checked = [p for root in folders for p in root.rglob("*") if p.is_file()]
    assert log_file in checked and any(p.suffix == ".ini" for p in checked)
    out, err = capfd.readouterr()
    assert "901" in out  # the employees command printed the list
    exception_texts = ["".join(traceback.format_exception(exc)) for exc in task_errors]
    records = raw.texts + [r.getMessage() for r in caplog.records]
    for canary in (SIP_PASSWORD, SIP_LOGIN):
        assert [p for p in checked if holding(p.read_bytes(), canary)] == []
        for text in [log_text, out, err, *shown, *exception_texts, *records]:
            assert not holding(text, canary), text
