"""Looking for a secret where it must never be: files, logs, task errors, in every encoding."""

from __future__ import annotations

import base64
import logging
import traceback
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.services import logs
from calllauncher.services.tasks import TaskRunner


def forms(secret: str) -> list[bytes]:
    """The secret as it could end up in a file: raw in several encodings, escaped, or its
    distinctive ASCII start (which survives any escaping of the rest)."""
    raw = secret.encode("utf-8")
    return [
        raw,
        secret.encode("utf-16-le"),
        secret.encode("unicode_escape"),
        urllib.parse.quote(secret).encode(),
        base64.b64encode(raw),
        secret.split("-")[0].encode() + b"-" + secret.split("-")[1].encode(),
    ]


def holding(data: bytes | str, secret: str) -> bool:
    blob = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return any(needle in blob for needle in forms(secret))


@pytest.fixture
def folders(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Config, data (with logs), cache and state all under the test's own folder."""
    for name in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(isolated / name.lower()))
    return [isolated]


@pytest.fixture
def task_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Every exception raised by any task on a worker thread, as it was raised."""
    seen: list[BaseException] = []
    original = TaskRunner.run

    def watched_run(self: TaskRunner, fn: Callable[[], Any], *args: Any, **kw: Any) -> int:
        def watched() -> Any:
            try:
                return fn()
            except BaseException as exc:
                seen.append(exc)
                raise

        return original(self, watched, *args, **kw)

    monkeypatch.setattr(TaskRunner, "run", watched_run)
    return seen


class Raw(logging.Handler):
    """Keeps records as the app's loggers made them, before the file's redaction."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "".join(traceback.format_exception(*record.exc_info))
        self.texts.append(text)


@pytest.fixture
def debug_log(folders: list[Path]) -> Iterator[tuple[Path, Raw]]:
    app_logger = logging.getLogger("calllauncher")
    level = app_logger.level
    handler = logs.setup_logging(debug=True)
    raw = Raw()
    app_logger.handlers.insert(0, raw)  # sees each record before the redacting file does
    yield Path(getattr(handler, "baseFilename", "")), raw
    app_logger.removeHandler(raw)
    logs.stop_logging()
    app_logger.setLevel(level)


def dial(qtbot: QtBot, parts: AppParts, number: str) -> None:
    form = parts.window.form
    form.number.setText(number)  # not typed: the recent-numbers popup has no place offscreen
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
