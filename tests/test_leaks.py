"""The secret appears nowhere but the keyring: after a scripted run (sign in through the
window, calls, PBX errors, a wrong secret, the command line, a restart, sign out) with
detailed logging on, no file under the config, data, cache and log folders holds it, nor
stdout/stderr, nor any log record, Qt message, banner, or exception from any task."""

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
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services import logs
from calllauncher.services.credentials import SERVICE
from tests.support import account as shared
from tests.support.account import Launch, fill, press_test, sign_in_through_the_dialog
from tests.support.boxes import answer_next_box
from tests.support.leaks import Raw, debug_log, dial, folders, holding, task_errors
from tests.support.memory_keyring import MemoryKeyring
from tests.support.values import FAST, KEY

launch = shared.launch
fast_restore = shared.fast_restore
__all__ = ["debug_log", "fast_restore", "folders", "launch", "task_errors"]

CANARY = "LEAK-canary-7f3a9c-Секрет-🔑-end"
WRONG = "WRONG-canary-51d0e2-value"
EXT_TO_PHONE = "internal-number-to-external-number"


def test_the_secret_leaks_nowhere(
    qtbot: QtBot,
    launch: Launch,
    memory_keyring: MemoryKeyring,
    folders: list[Path],
    debug_log: tuple[Path, Raw],
    task_errors: list[BaseException],
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log_file, raw = debug_log
    caplog.set_level(logging.DEBUG)  # every record of every logger (urllib3 too)
    shown: list[str] = []  # every sentence and detail the window showed
    with FakePBX(key=KEY, secret=CANARY, time_scale=FAST) as pbx:
        parts = launch()
        qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
        parts.flows.welcome.reject()

        # A wrong secret first, then the right one; both tested over HTTP.
        dialog = parts.flows.open_sign_in()
        fill(dialog, key=KEY, secret=WRONG, url=pbx.url)
        assert press_test(qtbot, dialog) == "error"
        shown += [dialog.answer.text, dialog.answer.details.text()]
        dialog.reject()
        sign_in_through_the_dialog(qtbot, parts, pbx.url, secret=CANARY, extension="901")
        assert memory_keyring.items == {(SERVICE, KEY): CANARY}
        qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)

        # Calls that work, and calls the PBX or the network spoil.
        dial(qtbot, parts, "0443334023")
        qtbot.waitUntil(lambda: len(parts.window.live.calls) == 1, timeout=5000)
        row = next(iter(parts.window.calls_view.rows.values()))
        qtbot.mouseClick(row.hangup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(pbx.requests_for("hangup-call")), timeout=5000)
        faults: list[tuple[Fault, dict[str, Any]]] = [
            (Fault.HTTP_500, {}),
            (Fault.RESET, {}),
            (Fault.NOT_JSON, {}),
            (Fault.HTTP_403, {}),
            (Fault.RATE_LIMIT, {}),
            (Fault.ERROR, {"code": 121, "message": "Wrong key or secret"}),
            (Fault.ERROR, {"code": 104, "message": "bad value"}),
        ]
        parts.dialer.same_action_window = 0  # the same number again at once, on purpose
        for fault, extra in faults:
            pbx.inject(fault, method=EXT_TO_PHONE, **extra)
            dial(qtbot, parts, "0443334023")
            qtbot.waitUntil(parts.window.banner.isVisible, timeout=5000)
            shown += [parts.window.banner.text, parts.window.banner.details]
            parts.window.banner.hide()
        pbx.inject(Fault.HTTP_500, method="list_of_employees", count=3)
        parts.window.refresh_lists()
        qtbot.waitUntil(parts.window.banner.isVisible, timeout=8000)
        shown += [parts.window.banner.text, parts.window.banner.details]

        # The command line, with the same saved account, working and failing.
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        assert main(["employees"]) == 0
        pbx.inject(Fault.HTTP_403, method="list_of_employees")  # not retried: one is enough
        assert main(["employees"]) == 3
        assert main(["dial", "0443331111", "--async"]) == 0

        # A restart reads the keyring; then sign out.
        parts.window.close()
        parts.shutdown()
        again = launch()
        qtbot.waitUntil(lambda: again.connection.signed_in, timeout=5000)
        qtbot.waitUntil(lambda: bool(again.window.employees), timeout=5000)
        answer_next_box()  # "Sign out and delete the secret…?" Yes
        again.flows.sign_out_action.trigger()
        qtbot.waitUntil(lambda: not again.connection.signed_in, timeout=5000)
        assert memory_keyring.items == {}
        logging.getLogger("calllauncher").debug("a line that quotes %s by mistake", CANARY)
        for handler in logging.getLogger("calllauncher").handlers:
            handler.flush()

    # The log file was written, in detail, and redacted.
    log_text = log_file.read_text("utf-8")
    assert "DEBUG" in log_text and "list-of-employees" in log_text
    assert '"secret": "***"' in log_text
    assert "a line that quotes *** by mistake" in log_text
    assert not holding(log_text, CANARY)

    # Files.
    checked = [p for root in folders for p in root.rglob("*") if p.is_file()]
    assert log_file in checked and any(p.suffix == ".ini" for p in checked)
    for secret in (CANARY, WRONG):
        assert [p for p in checked if holding(p.read_bytes(), secret)] == []

    # stdout / stderr (at the file-descriptor level, so Qt's and C code's too).
    out, err = capfd.readouterr()
    # Everything the window showed, and every exception any task raised.
    assert len(task_errors) >= len(faults)
    exception_texts = [
        "".join(traceback.format_exception(exc)) + repr(exc) + str(getattr(exc, "details", ""))
        for exc in task_errors
    ]
    # Every log record as the loggers made it, before redaction (but the deliberate one).
    records = [t for t in raw.texts if "by mistake" not in t]
    records += [r.getMessage() for r in caplog.records if "by mistake" not in r.getMessage()]
    assert any("list-of-employees" in t for t in records)
    for secret in (CANARY, WRONG):
        for text in [out, err, *shown, *exception_texts, *records]:
            assert not holding(text, secret), text


# ----- the redaction itself ---------------------------------------------------------------


def test_registered_secrets_and_secret_fields_are_masked() -> None:
    logs.register_secret("hunter2-registered")

    text = logs.redact_text(
        """sent hunter2-registered; {"secret": "abc", "signature": "d41d8c"} password=x1 """
        "secret: 'q'"
    )

    assert text == (
        """sent ***; {"secret": "***", "signature": "***"} password=*** secret: '***'"""
    )


def test_the_filter_masks_tracebacks(tmp_path: Path) -> None:
    app_logger = logging.getLogger("calllauncher")
    level = app_logger.level
    handler = logs.setup_logging(directory=tmp_path)
    logs.register_secret("tb-secret-0042")
    try:
        raise ValueError("went wrong with tb-secret-0042 inside")
    except ValueError:
        logging.getLogger("calllauncher.test").exception("failed for %s", "tb-secret-0042")
    handler.flush()
    logs.stop_logging()
    app_logger.setLevel(level)
    written = (tmp_path / logs.LOG_NAME).read_text("utf-8")
    assert "failed for ***" in written and "went wrong with *** inside" in written
    assert "tb-secret-0042" not in written
