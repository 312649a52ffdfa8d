"""One fault, one sentence: the window's banner, the tray's notification and the command
line's stderr all say what the wording layer says, in the user's language."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calllauncher import translation
from calllauncher.app import AppParts
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import History
from calllauncher.ui.i18n import install_translators, remove_translators
from calllauncher.ui.shell import Shell
from tests.support.values import KEY, SECRET

EXT_TO_PHONE = "internal-number-to-external-number"
NUMBER = "0443334023"


@pytest.fixture(params=["en", "uk"])
def language(
    request: pytest.FixtureRequest, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    code = str(request.param)
    monkeypatch.setenv(translation.ENV, code)
    assert install_translators(qapp) == code
    yield code
    remove_translators(qapp)


@pytest.fixture
def window(language: str, qtbot: QtBot, pbx: FakePBX) -> Iterator[AppParts]:
    """The real window (built after the translators are in, as the app does)."""
    from calllauncher.app import build
    from calllauncher.services.account import Account

    parts = build(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(parts.window)
    parts.window.show()
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
    yield parts
    parts.window.quitting = True
    parts.shutdown()


@pytest.fixture
def shell(window: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield window.start_shell(history=history)
    history.close()


def in_the_window(qtbot: QtBot, window: AppParts) -> str:
    banner = window.window.banner
    banner.clear()
    window.window.dial_number(NUMBER)
    qtbot.waitUntil(lambda: bool(banner.text), timeout=5000)
    return banner.text


def in_the_tray(qtbot: QtBot, shell: Shell, window: AppParts) -> str:
    said: list[tuple[str, str]] = []
    shell.tray.notifying.connect(lambda title, text: said.append((title, text)))
    shell.tray.dialRequested.emit(NUMBER)  # Recent ▸ the number (it shows the window)
    # Put away before the PBX answered (its answer comes through the event loop, which
    # has not run yet): the banner is not seen, so the tray says it.
    window.window.hide()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    return said[-1][1]


def on_the_command_line(
    pbx: FakePBX, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    from calllauncher.__main__ import main

    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET))
    assert main(["--api-url", pbx.url, "login", "--key", KEY, "--ext", "901"]) == 0
    capsys.readouterr()
    code = main(["dial", NUMBER])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("fault", "code", "exit_code", "words"),
    [
        (Fault.ERROR, 121, 1, {"en": "key or secret is wrong", "uk": "ключ або секрет"}),
        (Fault.HTTP_403, None, 3, {"en": "IP address", "uk": "IP-адрес"}),
    ],
    ids=["pbx-code-121", "403-html-page"],
)
def test_window_tray_and_command_line_say_the_same_sentence(
    qtbot: QtBot,
    window: AppParts,
    shell: Shell,
    language: str,
    pbx: FakePBX,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fault: Fault,
    code: int | None,
    exit_code: int,
    words: dict[str, str],
) -> None:
    faults = {"code": code} if code is not None else {}
    pbx.inject(fault, method=EXT_TO_PHONE, count=3, **faults)

    banner = in_the_window(qtbot, window)
    tray = in_the_tray(qtbot, shell, window)
    status, stderr = on_the_command_line(pbx, monkeypatch, capsys)

    assert words[language].lower() in banner.lower(), banner
    assert tray == banner
    assert status == exit_code
    assert stderr.startswith(f"calllauncher: {banner} ("), stderr  # then the facts for support
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 3  # one each, none retried
