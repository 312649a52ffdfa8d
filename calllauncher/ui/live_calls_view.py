"""The live calls panel: a row per call with its state, Transfer and Hang up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..callstate import QUEUED, SENDING
from ..controller.calls import BRIDGE
from ..controller.live_calls import LiveCall
from ..controller.names import display_number
from ..wording.calls import kind_name, record_text, row_state_text, withheld_text
from .plain import PlainLabel

ROW_STYLE = (
    "QFrame#callRow { border: 1px solid palette(mid); border-radius: 6px; }"
    "QLabel#who { font-weight: 600; }"
)


class CallRow(QFrame):
    hangUp = Signal(str)
    transfer = Signal(str)
    dismiss = Signal(str)
    cancel = Signal(str)

    def __init__(self, call_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call_id = call_id
        self.setObjectName("callRow")
        self.who = PlainLabel()
        self.who.setObjectName("who")
        self.who.setWordWrap(True)  # "Name · 067 123 4567 · Call" must not push the buttons out
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = PlainLabel()
        self.state.setAccessibleName(self.tr("Call state"))
        self.record = PlainLabel()  # what the PBX's record adds: withheld, queue, note
        self.record.setWordWrap(True)
        self.record.setStyleSheet("color: palette(placeholder-text);")
        self.record.hide()
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.transfer_button.setAccessibleName(self.tr("Transfer this call"))
        self.transfer_button.setToolTip(self.tr("Transfer to a colleague or another number"))
        self.hangup_button = QPushButton(self.tr("Hang up"))
        self.hangup_button.setAccessibleName(self.tr("Hang up this call"))
        self.hangup_button.setToolTip(self.tr("End this call (Ctrl+H ends the newest call)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel this call"))
        self.cancel_button.setToolTip(self.tr("Don't make this call"))
        self.cancel_button.clicked.connect(lambda: self.cancel.emit(self.call_id))
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Remove from the list"))
        self.dismiss_button.setAccessibleName(self.tr("Remove this call from the list"))
        self.transfer_button.clicked.connect(lambda: self.transfer.emit(self.call_id))
        self.hangup_button.clicked.connect(lambda: self.hangUp.emit(self.call_id))
        self.dismiss_button.clicked.connect(lambda: self.dismiss.emit(self.call_id))

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.who)
        text.addWidget(self.state)
        text.addWidget(self.record)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addLayout(text, 1)
        row.addWidget(self.transfer_button)
        row.addWidget(self.hangup_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.dismiss_button)

    label_for: Callable[[str], str] | None = None  # names (ui/live_wiring.py)

    def update_from(self, call: LiveCall) -> None:
        request = call.request
        who = request.who
        if self.label_for is not None and request.kind != BRIDGE:
            who = self.label_for(request.number)  # "Name · 067 123 4567"
        if not who and call.details is not None and call.details.number_withheld:
            who = withheld_text()  # never "Unknown", which reads like a number to call back
        self.who.setText(f"{who}  ·  {kind_name(request.kind)}")
        number = request.who if request.kind == BRIDGE else display_number(request.number)
        words = row_state_text(
            call.state, request.kind, number, request.extension, async_=request.async_
        )
        if call.cancelled:
            words = self.tr("cancelled: if your phone rings, the call is ended at once")
        if call.lost and not call.state.is_final:
            words += "  ·  " + self.tr("can't reach the PBX to follow this call; trying again")
        if call.transferred_to and not call.state.is_final:
            words += "  ·  " + self.tr("transferred to {target}").format(target=call.transferred_to)
        self.state.setText(words)
        record = record_text(call.details) if call.details is not None else ""
        self.record.setText(record)
        self.record.setVisible(bool(record))
        ended = call.state.is_final
        waiting = call.state.phase in (QUEUED, SENDING)  # no call id yet: nothing to act on
        self.transfer_button.setVisible(not ended and not waiting)
        self.hangup_button.setVisible(not ended and not waiting)
        self.cancel_button.setVisible(waiting and not call.cancelled)
        self.dismiss_button.setVisible(ended)
        self.transfer_button.setEnabled(not call.busy)
        self.hangup_button.setEnabled(not call.busy)
        spoken = f"{self.who.text()}: {words}" + (f". {record}" if record else "")
        self.setAccessibleName(spoken)


class LiveCallsView(QWidget):
    hangUp = Signal(str)
    transfer = Signal(str)
    dismiss = Signal(str)
    cancel = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ROW_STYLE)
        self.rows: dict[str, CallRow] = {}
        self.label_for: Callable[[str], str] | None = None
        title = PlainLabel(self.tr("Calls"))
        title.setStyleSheet("font-weight: 600;")
        self.empty = PlainLabel(self.tr("No calls yet. Started calls show here until they end."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._list)
        column.addWidget(self.empty)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)

    def upsert(self, call: LiveCall) -> None:
        row = self.rows.get(call.call_id)
        if row is None:
            row = CallRow(call.call_id)
            row.label_for = self.label_for
            row.hangUp.connect(self.hangUp)
            row.transfer.connect(self.transfer)
            row.dismiss.connect(self.dismiss)
            row.cancel.connect(self.cancel)
            self.rows[call.call_id] = row
            self._list.insertWidget(0, row)  # newest first
            self.empty.hide()
        row.update_from(call)

    def rename(self, old: str, new: str) -> None:
        """A waiting row became the call the PBX started: same row, the call's id."""
        row = self.rows.pop(old, None)
        if row is not None:
            row.call_id = new
            self.rows[new] = row

    def remove(self, call_id: str) -> None:
        row = self.rows.pop(call_id, None)
        if row is not None:
            row.deleteLater()
        self.empty.setVisible(not self.rows)
