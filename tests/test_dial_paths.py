"""Issue 14: every dial path of the real window is exact, and no click goes unanswered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import ANNOUNCE, BRIDGE, IVR
from calllauncher.fakepbx import FakePBX, Fault

EXT_TO_PHONE = "internal-number-to-external-number"
STARTS = (
    EXT_TO_PHONE,
    "external-number-to-external-number",
    "call-with-announcement",
    "call-with-interactive-voice-response",
)


def starts(pbx: FakePBX) -> int:
    return sum(len(pbx.requests_for(method)) for method in STARTS)


def type_number(qtbot: QtBot, parts: AppParts, text: str) -> None:
    field = parts.window.form.number
    field.clear()
    qtbot.keyClicks(field, text)


def wait_for_row(qtbot: QtBot, parts: AppParts, count: int = 1) -> None:
    qtbot.waitUntil(lambda: len(parts.window.calls_view.rows) >= count, timeout=5000)


# -- 1. the number field is ready for the next number ---------------------------------


def test_digits_typed_after_a_call_starts_are_the_next_number(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    form = parts.window.form
    type_number(qtbot, parts, "0671234567")
    qtbot.mouseClick(form.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    assert form.number.text() == "0671234567"  # still in sight
    qtbot.keyClicks(parts.window.focusWidget(), "0509876543")
    assert form.number.text() == "0509876543"  # replaced, not "06712345670509876543"


# -- 3. a call while signed out says so, and the sentence stays -----------------------


@pytest.fixture
def signed_out(qtbot: QtBot) -> Iterator[AppParts]:
    from calllauncher.app import build

    parts = build()
    qtbot.addWidget(parts.window)
    parts.window.show()
    yield parts
    parts.window.quitting = True
    parts.shutdown()


def test_call_while_signed_out_says_so_and_the_sentence_stays(
    qtbot: QtBot, signed_out: AppParts
) -> None:
    window = signed_out.window
    window.form.number.setText("0443334023")
    window.form.extension.setEditText("901")
    qtbot.mouseClick(window.form.call_button, Qt.MouseButton.LeftButton)
    assert window.banner.isVisible()
    assert "Sign in first" in window.banner.text
    qtbot.wait(50)
    assert "Sign in first" in window.banner.text


# -- 4. Enter dials from every field --------------------------------------------------


def _fields(parts: AppParts, kind: str) -> list[QWidget]:
    form = parts.window.form
    if kind == BRIDGE:
        return [form.number2, form.company]
    if kind == ANNOUNCE:
        return [form.voice_file]
    if kind == IVR:
        return [form.ivr]
    return [form.extension, form.company, form.ring_time, form.limit, form.show_as, form.async_]


@pytest.mark.parametrize("kind", ["call", BRIDGE, ANNOUNCE, IVR])
def test_enter_dials_from_every_field(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, kind: str
) -> None:
    parts.dialer.same_action_window = 0.0  # each Enter here is meant as a new call
    form = parts.window.form
    form.set_mode(kind)
    form.more.setChecked(True)
    type_number(qtbot, parts, "0443334023")
    form.number2.setText("0671234567")
    form.company.setEditText("0443334000")
    form.ivr.setEditText("Головне меню")
    for field in _fields(parts, kind):
        before = starts(pbx)
        field.setFocus()
        target = parts.window.focusWidget()
        assert target is not None and (target is field or field.isAncestorOf(target))
        qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda b=before: starts(pbx) > b, timeout=5000)
        qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)


def test_enter_in_the_number_field_sends_one_request(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.5, method=EXT_TO_PHONE)
    parts.dialer.same_action_window = 0.0  # only the busy guard keeps a double out
    type_number(qtbot, parts, "0443334023")
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not parts.dialer.busy, timeout=5000)
    qtbot.wait(100)
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1
