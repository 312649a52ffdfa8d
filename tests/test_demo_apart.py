"""The demo and a real account never mix: the demo's calls have a history of their own
(so none is redialled for real), and a company number picked to connect two numbers does
not become the ordinary calls' default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import BRIDGE
from calllauncher.fakepbx import FakePBX
from calllauncher.services.account import Account
from calllauncher.services.history import default_path
from calllauncher.services.settings import Key
from tests.support.values import KEY, SECRET


def test_demo_calls_are_kept_apart_from_the_real_history(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    shell = parts.start_shell()  # the app's own history files
    parts.window.dial_number("0443334023")
    qtbot.waitUntil(lambda: shell.history.count() == 1, timeout=5000)
    assert shell.history.path == default_path(False)

    parts.account.start_demo()  # "Try the demo" from the welcome
    qtbot.waitUntil(lambda: parts.connection.is_demo, timeout=10000)
    assert shell.history.path == default_path(True)
    assert shell.history.count() == 0  # no real call to redial in the demo
    shell.tray.menu.aboutToShow.emit()
    assert not shell.tray.actions_by_text()["Recent"].isEnabled()
    parts.window.dial_number("0671234567")
    qtbot.waitUntil(lambda: shell.history.count() == 1, timeout=5000)

    parts.connection.sign_in(Account(KEY, pbx.url, "4.0", extension="901"), SECRET)
    qtbot.waitUntil(lambda: shell.history.path == default_path(False), timeout=5000)
    assert [a.number for a in shell.history.attempts()] == ["0443334023"]
    shell.history.close()


def test_a_two_number_calls_company_number_is_not_the_ordinary_default(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    form = parts.window.form
    form.set_mode(BRIDGE)
    form.number.setText("0671234567")
    form.number2.setText("0443334023")
    form.company.setEditText("0443334000")
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(pbx.requests_for("external-number-to-external-number")), timeout=5000
    )
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)
    assert parts.settings.text(Key.COMPANY_NUMBER) == ""  # ordinary calls: the PBX default
    assert "0443334000" in parts.settings.strings(Key.COMPANY_NUMBERS)  # still offered
