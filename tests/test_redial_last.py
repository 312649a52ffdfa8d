"""Redial last: the tray's action and the window's Ctrl+R call the newest history row again,
exactly as it was (its stored request, as the history's "Call again" does), not what the
form holds now; with no history both are off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import BRIDGE, CALL, CallRequest
from calllauncher.fakepbx import FakePBX
from calllauncher.services.history import History
from calllauncher.ui.shell import Shell

EXT_TO_PHONE = "internal-number-to-external-number"
BRIDGE_METHOD = "external-number-to-external-number"

# A call with every option the form has, none of them the defaults.
FIRST = CallRequest(
    CALL,
    "0671234567",
    extension="903",
    company="0443334000",
    ring_time=45,
    limit=600,
    playback_waiting=False,
    show_as="CRM client",
)


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    shell = parts.start_shell(history=history)
    # The same-action guard (2 s) would refuse the same call again this soon; it is
    # tested on its own (test_same_action_guard.py).
    parts.dialer.same_action_window = 0.0
    yield shell
    history.close()


def redial_item(shell: Shell) -> object:
    shell.tray.menu.aboutToShow.emit()
    return {a.objectName(): a for a in shell.tray.menu.actions()}["redialLast"]


def call_and_wait(qtbot: QtBot, parts: AppParts, pbx: FakePBX, request: CallRequest) -> None:
    method = BRIDGE_METHOD if request.kind == BRIDGE else EXT_TO_PHONE
    before = len(pbx.requests_for(method))
    parts.window.dial_request(request)
    qtbot.waitUntil(lambda: len(pbx.requests_for(method)) == before + 1, timeout=5000)
    # Answered: the same call while its start is on its way is one action (the guard).
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)


def test_with_no_history_redial_last_is_off(shell: Shell) -> None:
    action = redial_item(shell)
    assert not action.isEnabled()  # type: ignore[attr-defined]
    assert not shell.redial_last_action.isEnabled()


def test_the_tray_redials_the_last_call_exactly(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    call_and_wait(qtbot, parts, pbx, FIRST)
    first = pbx.requests_for(EXT_TO_PHONE)[0].params
    form = parts.window.form
    form.number.setText("0501112233")  # typed since: not what is redialled
    form.ring_time.setValue(10)
    action = redial_item(shell)
    assert action.isEnabled()  # type: ignore[attr-defined]
    assert action.text() == "Redial last (0671234567)"  # type: ignore[attr-defined]
    assert action.shortcut() == QKeySequence("Ctrl+R")  # type: ignore[attr-defined]
    action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(pbx.requests_for(EXT_TO_PHONE)) == 2, timeout=5000)
    qtbot.wait(300)
    sent = pbx.requests_for(EXT_TO_PHONE)
    assert len(sent) == 2  # one request for one action
    assert sent[1].params == first
    assert first["internalNumber"] == "903" and first["externalNumber"] == "0671234567"


def test_ctrl_r_in_the_window_redials_the_last_call_exactly(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    call_and_wait(qtbot, parts, pbx, FIRST)
    stored = CallRequest(
        BRIDGE, "0671234567", "0443334000", company="0800300123", limit=45, playback_waiting=False
    )
    call_and_wait(qtbot, parts, pbx, stored)  # the last call: a two-number one
    first = pbx.requests_for(BRIDGE_METHOD)[0].params
    assert shell.redial_last_action.isEnabled()
    assert "Ctrl+R" in shell.redial_last_action.toolTip()
    assert "0671234567 ↔ 0443334000" in shell.redial_last_action.toolTip()
    parts.window.form.number.setText("0501112233")
    parts.window.activateWindow()
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(pbx.requests_for(BRIDGE_METHOD)) == 2, timeout=5000)
    qtbot.wait(300)
    assert len(pbx.requests_for(BRIDGE_METHOD)) == 2
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1  # the earlier call is not the last one
    assert pbx.requests_for(BRIDGE_METHOD)[1].params == first
