"""The double-start guard on a PBX that answers at once: the same action twice within the
window sends one request whatever the PBX's speed; a refused start can be retried at once;
a different number is a different action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import ANNOUNCE, BRIDGE, CALL, IVR
from calllauncher.fakepbx import FakePBX, Fault

METHODS = {
    CALL: "internal-number-to-external-number",
    BRIDGE: "external-number-to-external-number",
    ANNOUNCE: "call-with-announcement",
    IVR: "call-with-interactive-voice-response",
}


def prepare(qtbot: QtBot, parts: AppParts, kind: str) -> None:
    form = parts.window.form
    form.set_mode(kind)
    form.number.clear()
    qtbot.keyClicks(form.number, "0443334023")
    if kind == BRIDGE:
        qtbot.keyClicks(form.number2, "0671234567")
        form.company.setEditText("0443334000")
    elif kind == ANNOUNCE:
        form.voice_file.setCurrentIndex(1)
    elif kind == IVR:
        form.ivr.setEditText("main")
    elif kind == CALL:
        form.async_.setChecked(True)  # the PBX answers at once, without my pickup


def answered(pbx: FakePBX, kind: str, count: int = 1) -> bool:
    return len(pbx.requests_for(METHODS[kind])) >= count


@pytest.mark.parametrize("kind", [BRIDGE, ANNOUNCE, IVR])
def test_clicks_after_a_fast_answer_send_nothing_more(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, kind: str
) -> None:
    prepare(qtbot, parts, kind)
    form = parts.window.form
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    # The simulated PBX answers these at once: the first start is back before the next click.
    qtbot.waitUntil(lambda: not parts.dialer.busy and answered(pbx, kind), timeout=5000)
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert len(pbx.requests_for(METHODS[kind])) == 1


def test_a_link_opened_twice_dials_once(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    window = parts.window
    window.dial_number("0443334023")
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)
    window.dial_number("0443334023")
    qtbot.wait(200)
    assert len(pbx.requests_for(METHODS[CALL])) == 1
    window.dial_number("0671234567")  # another number is another action
    qtbot.waitUntil(lambda: answered(pbx, CALL, 2), timeout=5000)


def test_the_same_action_after_the_window_is_a_new_call(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    parts.dialer.same_action_window = 0.3
    prepare(qtbot, parts, IVR)
    form = parts.window.form
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not parts.dialer.busy and answered(pbx, IVR), timeout=5000)
    qtbot.wait(400)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: answered(pbx, IVR, 2), timeout=5000)


def test_a_refused_start_can_be_retried_at_once(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.ERROR, code=104, method=METHODS[IVR])
    prepare(qtbot, parts, IVR)
    form = parts.window.form
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(parts.window.banner.isVisible, timeout=5000)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: answered(pbx, IVR, 2), timeout=5000)


def test_a_start_that_may_have_rung_is_not_repeated_at_once(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.RESET, method=METHODS[IVR])
    prepare(qtbot, parts, IVR)
    form = parts.window.form
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(parts.window.banner.isVisible, timeout=5000)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert len(pbx.requests_for(METHODS[IVR])) == 1


def test_a_huge_106_keeps_the_banner_and_the_window_working(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.RATE_LIMIT, method=METHODS[IVR], delay=99999999999)
    prepare(qtbot, parts, IVR)
    form = parts.window.form
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(parts.window.banner.isVisible, timeout=5000)
    assert "Wait 600 seconds" in parts.window.banner.text
    prepare(qtbot, parts, CALL)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(parts.window.live.calls) >= 1, timeout=5000)


def test_a_huge_106_while_following_does_not_stop_following(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    parts.live.max_poll_wait = 0.3
    pbx.inject(Fault.RATE_LIMIT, method="call-details", delay=99999999999, count=2)
    prepare(qtbot, parts, CALL)
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(parts.window.live.calls) >= 1, timeout=5000)
    qtbot.waitUntil(lambda: not parts.live.live(), timeout=15000)  # the call's end is seen
