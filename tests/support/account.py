"""The app started and signed in as a person does: ``launch`` builds and shows the window
(shut down after the test), and helpers fill and press the sign-in dialog."""

from __future__ import annotations

import configparser
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts, build
from calllauncher.ui.sign_in_dialog import SignInDialog
from tests.support.values import KEY, SECRET

Launch = Callable[..., AppParts]


@pytest.fixture(autouse=True)
def fast_restore(monkeypatch: pytest.MonkeyPatch) -> None:
    """The keyring retries at start take seconds for people; milliseconds here."""
    monkeypatch.setattr("calllauncher.controller.account.RESTORE_DELAYS_MS", (30, 60, 90))


@pytest.fixture
def launch(qtbot: QtBot) -> Iterator[Launch]:
    """``build()`` and show, like starting the program; every copy is shut down after."""
    made: list[AppParts] = []

    def run(**kwargs: object) -> AppParts:
        parts = build(**kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(parts.window)
        parts.window.show()
        made.append(parts)
        return parts

    yield run
    for parts in made:
        parts.window.close()
        parts.shutdown()


def user_ini() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(os.environ["CALLLAUNCHER_CONFIG_DIR"]) / "calllauncher.ini", "utf-8")
    return parser


def files_holding(root: Path, secret: str) -> list[Path]:
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le"), secret[:7].encode("utf-8")]
    return [p for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_welcome(qtbot: QtBot, parts: AppParts) -> None:
    qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
    qtbot.waitUntil(parts.flows.welcome.isVisible, timeout=5000)


def fill(dialog: SignInDialog, *, key: str, secret: str, url: str, version: str = "4.0") -> None:
    dialog.key.setText(key)
    dialog.secret.setText(secret)
    dialog.version.setCurrentIndex(dialog.version.findData(version))
    dialog.advanced.setChecked(True)
    dialog.url.setText(url)


def press_test(qtbot: QtBot, dialog: SignInDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.kind in ("ok", "error"), timeout=10000)
    return dialog.answer.kind


def sign_in_through_the_dialog(
    qtbot: QtBot, parts: AppParts, url: str, *, key: str = KEY, secret: str = SECRET,
    extension: str = "902",
) -> None:  # fmt: skip
    dialog = parts.flows.open_sign_in()
    fill(dialog, key=key, secret=secret, url=url)
    assert press_test(qtbot, dialog) == "ok", dialog.answer.text
    dialog.extension.setCurrentIndex(dialog.extension.findData(extension))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.flows.sign_in_dialog is None, timeout=5000)  # closed
    assert parts.connection.account is not None and parts.connection.account.key == key
