"""Text from outside is shown as typed, never rendered: a link's text and a PBX's error
message in the real window's banner, every label of every window and dialog, tool tips,
desktop notifications, and what the command line prints."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from calllauncher.__main__ import main
from calllauncher.app import AppParts
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import History
from calllauncher.services.single_instance import Message
from calllauncher.ui.history_view import HistoryView
from calllauncher.ui.plain import plain_notification, plain_tooltip
from calllauncher.ui.transfer_dialog import TransferDialog
from tests.support.values import KEY, SECRET

HOSTILE = "<h1 style='color:red'>Account suspended!</h1><img src='file:///etc/passwd'>"
EXT_TO_PHONE = "internal-number-to-external-number"
ANSI = "\x1b[2J\x1b]0;owned\x07\x1b[31mred\u202etxt.exe\nfake line"


def labels_in(widget: QWidget) -> list[QLabel]:
    return widget.findChildren(QLabel)


def assert_plain(labels: list[QLabel]) -> None:
    rich = [
        (label.objectName() or type(label.parent()).__name__, label.text())
        for label in labels
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == [], rich


def test_a_links_html_is_shown_as_text(qtbot: QtBot, parts: AppParts, tmp_path: Path) -> None:
    history = History(tmp_path / "history.sqlite3")
    shell = parts.start_shell(history=history)
    shell.handle(Message("link", "tel:" + HOSTILE))
    banner = parts.window.banner
    assert HOSTILE in banner.text  # every character, tags and all
    assert_plain(labels_in(banner))
    history.close()


def test_a_pbx_error_message_is_shown_as_text(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    pbx.inject(Fault.ERROR, code=199, message=HOSTILE, method=EXT_TO_PHONE)
    parts.window.dial_number("0443334023")
    banner = parts.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert HOSTILE in banner.text and HOSTILE in banner.details
    assert_plain(labels_in(banner))


def test_every_label_of_every_window_is_plain_text(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, tmp_path: Path
) -> None:
    window = parts.window
    history = History(tmp_path / "history.sqlite3")
    shell = parts.start_shell(history=history)
    parts.window.dial_number("0443334023")
    qtbot.waitUntil(lambda: bool(window.live.calls), timeout=5000)  # a live call row
    qtbot.waitUntil(lambda: history.count() == 1, timeout=5000)
    pbx.inject(Fault.ERROR, code=199, message=HOSTILE, method="list_of_employees")
    sign_in = parts.flows.open_sign_in()
    sign_in.key.setText(KEY)
    sign_in.secret.setText(SECRET)
    sign_in.advanced.setChecked(True)
    sign_in.url.setText(pbx.url)
    sign_in.test_button.click()  # its answer box quotes the PBX
    qtbot.waitUntil(lambda: HOSTILE in sign_in.answer.text, timeout=5000)
    welcome = parts.flows.show_welcome(HOSTILE)
    settings = parts.flows.open_settings()
    view: HistoryView = shell.open_history()
    transfer = TransferDialog(HOSTILE, [("902", HOSTILE)], "UA", window)

    for widget in (window, sign_in, welcome, settings, view, transfer):
        assert labels_in(widget), type(widget).__name__
        assert_plain(labels_in(widget))
    for dialog in (sign_in, welcome, settings, view, transfer):
        dialog.close()
    history.close()


def test_a_history_tooltip_quoting_the_pbx_reads_as_typed(
    qtbot: QtBot, parts: AppParts, tmp_path: Path
) -> None:
    history = History(tmp_path / "history.sqlite3")
    history.add_attempt("call", "0443334023", result="failed", error=HOSTILE)
    view = HistoryView(history, parts.window)
    tip = view.table.topLevelItem(0).toolTip(3)
    assert GuiQt.mightBeRichText(tip)  # so Qt won't guess: it is marked, and escaped
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == HOSTILE
    view.close()
    history.close()


@pytest.mark.parametrize("text", [HOSTILE, "a\nb & <c>", ""])
def test_tooltip_and_notification_helpers_keep_every_word(text: str) -> None:
    document = QTextDocument()
    document.setHtml(plain_tooltip(text))
    assert document.toPlainText() == text
    notified = plain_notification(text)
    assert "<" not in notified and ">" not in notified
    assert notified.replace("‹", "<").replace("›", ">") == text


# ----- the command line ------------------------------------------------------------------

Result = tuple[int, str, str]
Cli = Callable[..., Result]


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def assert_inert(text: str) -> None:
    controls = [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F]
    assert controls == [], repr(text)
    assert "\u202e" not in text


def test_the_cli_prints_a_pbx_message_without_its_escapes(cli: Cli, pbx: FakePBX) -> None:
    code, _, err = cli("--api-url", pbx.url, "login", "--key", KEY, stdin=SECRET)
    assert code == 0, err
    pbx.inject(Fault.ERROR, code=199, message=ANSI, method=EXT_TO_PHONE)

    code, out, err = cli("dial", "0443334023", "--ext", "901")

    assert code == 1
    assert_inert(out + err)
    assert err.count("\n") == 1  # one line: the message's newline can't fake another
    assert "\\x1b[31mred" in err and "\\u202e" in err  # still there for support


def test_the_cli_prints_names_without_their_escapes(cli: Cli, pbx: FakePBX) -> None:
    pbx.employees[0]["name"] = ANSI
    code, _, err = cli("--api-url", pbx.url, "login", "--key", KEY, stdin=SECRET)
    assert code == 0, err

    code, out, err = cli("employees")

    assert code == 0, err
    assert_inert(out + err)
    assert len(out.splitlines()) == len(pbx.employees)
