"""The real window shows the real PBX's shapes sensibly: colleagues keyed by e-mail, a
line with no user, busy lamps; call records with a withheld number, a queue, a note."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.binotel.models import Employee
from calllauncher.controller.calls import CALL, CallRequest
from calllauncher.fakepbx import FakePBX
from calllauncher.ui.transfer_dialog import TransferDialog
from calllauncher.wording.calls import employee_label


def picker_texts(parts: AppParts) -> dict[str, str]:
    box = parts.window.form.extension
    return {str(box.itemData(i)): box.itemText(i) for i in range(box.count())}


def test_employee_picker_shows_every_shape(parts: AppParts) -> None:
    shown = picker_texts(parts)
    assert shown["901"] == "901 — Олена Коваленко (available)"
    assert shown["902"] == "902 — Andrii Shevchenko (available, on a call)"
    assert shown["904"] == "904 — Maksym Tkachenko (available, ringing)"
    assert shown["908"] == "908 — Тарас Олійник (away, phone offline)"
    assert shown["907"] == "907 — Переговорна"  # notLinkedToUser_: no presence, its line name
    assert not any("fake-sip" in text or "sip73" in text for text in shown.values())


def test_a_line_without_any_name_says_so() -> None:
    bare = Employee(employee_id="", name="", extension="907")
    assert employee_label(bare) == "907 — line without a user"


def test_transfer_list_reaches_the_bare_line(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    field = parts.window.form.number
    qtbot.keyClicks(field, "0443334023")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(parts.window.live.calls), timeout=5000)
    row = next(iter(parts.window.calls_view.rows.values()))
    offered: list[str] = []

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TransferDialog)
        offered.extend(dialog.choice.itemText(i) for i in range(dialog.choice.count()))
        dialog.choice.setCurrentIndex(dialog.choice.findData("907"))
        dialog._accept()

    QTimer.singleShot(100, answer_dialog)
    qtbot.mouseClick(row.transfer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("attended-call-transfer")), timeout=5000)
    assert "907 — Переговорна" in offered
    assert "902 — Andrii Shevchenko (available, on a call)" in offered
    assert pbx.requests_for("attended-call-transfer")[0].params["externalNumber"] == "907"


def follow(parts: AppParts, call_id: str, number: str) -> None:
    parts.window.live.add(call_id, CallRequest(CALL, number, extension="901"), time.monotonic())


def test_call_rows_read_the_pbx_record(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    withheld = pbx.record_incoming_call("Unknown", "Очередь продаж", comment="Передзвонити")
    foreign = pbx.record_incoming_call(
        "0077011234567", "0671234567", disposition="ANSWER", talk=3.0
    )
    follow(parts, withheld, "")
    follow(parts, foreign, "77011234567")
    rows = parts.window.calls_view.rows
    qtbot.waitUntil(lambda: withheld in rows and rows[withheld].record.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: foreign in rows and rows[foreign].record.isVisible(), timeout=5000)
    text = rows[withheld].record.text()
    assert text == "Number withheld  ·  queue Очередь продаж  ·  note: Передзвонити"
    assert rows[withheld].who.text().startswith("Number withheld")
    assert "Unknown" not in rows[withheld].who.text() + text
    assert rows[withheld].state.text() == "ended: no answer"
    assert rows[foreign].record.text() == "forwarded to 0671234567"
    assert "Number withheld" in rows[withheld].accessibleName()
