"""The live calls panel: a row per call with its state, Transfer and Hang up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
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
from .widgets import styles

ROW_STYLE = (
    "QFrame#callRow { border: 1px solid palette(mid); border-radius: 6px; }"
    "QFrame#callRow:focus { border: 2px solid palette(highlight); }"
    "QLabel#who { font-weight: 600; }"
)


class CallRow(QFrame):
    hangUp = Signal(str)
    transfer = Signal(str)
    dismiss = Signal(str)
    cancel = Signal(str)
    redial = Signal(str)

    def __init__(self, call_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call_id = call_id
        self.setObjectName("callRow")
        self.who = PlainLabel()
        self.who.setObjectName("who")
        self.who.setWordWrap(True)  # "Name · 067 123 4567 · Call" must not push the buttons out
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = PlainLabel()
        self.state.setWordWrap(True)  # a long state must not push the buttons out either
        self.state.setAccessibleName(self.tr("Call state"))
        self._outcome = ""
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
        self.redial_button = QPushButton(self.tr("Call again"))
        self.redial_button.setAccessibleName(self.tr("Call this number again"))
        self.redial_button.setToolTip(self.tr("Make the same call again"))
        self.redial_button.clicked.connect(lambda: self.redial.emit(self.call_id))
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Remove from the list"))
        self.dismiss_button.setAccessibleName(self.tr("Remove this call from the list"))
        self.transfer_button.clicked.connect(lambda: self.transfer.emit(self.call_id))
        self.hangup_button.clicked.connect(lambda: self.hangUp.emit(self.call_id))
        self.dismiss_button.clicked.connect(lambda: self.dismiss.emit(self.call_id))

        self.text_box = text = QVBoxLayout()  # the compact window adds its buttons here
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
        row.addWidget(self.redial_button)
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
        self.redial_button.setVisible(ended)
        self.dismiss_button.setVisible(ended)
        outcome = call.state.outcome
        if outcome != self._outcome:
            self._outcome = outcome
            styles.apply(
                self.state, styles.outcome_style(outcome) if outcome else styles.plain_style
            )
        self.transfer_button.setEnabled(not call.busy)
        self.hangup_button.setEnabled(not call.busy)
        spoken = f"{self.who.text()}: {words}" + (f". {record}" if record else "")
        self.setAccessibleName(spoken)


class LiveCallsView(QWidget):
    """The live calls. Standalone it has its title, Clear finished and a scroll area;
    ``embedded`` (the call timeline's live section) it is the bare column of rows, and its
    owner gives it the Clear finished button and scrolls it."""

    hangUp = Signal(str)
    transfer = Signal(str)
    dismiss = Signal(str)
    cancel = Signal(str)
    redial = Signal(str)
    clearFinished = Signal()
    rowsChanged = Signal()  # a row came, went or finished

    def __init__(self, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        super().__init__(parent)
        self.setStyleSheet(ROW_STYLE)
        self.rows: dict[str, CallRow] = {}
        # The rows as shown, newest first. Kept here, never read back from the layout: a
        # layout item Python has seen (itemAt) keeps a wrapper after Qt deletes the item,
        # and that stale wrapper crashed the process when a row was deleted later.
        self._order: list[CallRow] = []
        self.label_for: Callable[[str], str] | None = None
        self.embedded = embedded
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        if embedded:
            self.clear_button = QToolButton(self)  # replaced by the owner's
            self.clear_button.hide()
            self.empty = PlainLabel("", self)
            self.empty.hide()
            self.list_area: QScrollArea | None = None  # the owner's, which it sets
            self._least = self._two_rows()
            self._list.setContentsMargins(0, 0, 0, 0)
            self.setLayout(self._list)
            return
        title = PlainLabel(self.tr("Calls"))
        title.setStyleSheet("font-weight: 600;")
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear finished"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Remove every finished call from the list"))
        self.clear_button.clicked.connect(self.clearFinished)
        self.clear_button.hide()
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.clear_button)
        self.empty = PlainLabel(self.tr("No calls yet. Started calls show here until they end."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._list)
        column.addWidget(self.empty)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Rows wrap their words to the width there is; they never scroll sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        self.list_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        # Room for two whole rows whatever the form above takes (More options open):
        # the window grows instead of squeezing the list to a row and a half.
        self._least = self._two_rows()
        scroll.setMinimumHeight(self._least)

    @staticmethod
    def _two_rows() -> int:
        probe = CallRow("")  # a row whose name wraps once (a narrow window, long words)
        probe.who.setText("0\n0")
        probe.state.setText("0")
        least = 2 * probe.sizeHint().height() + 12
        probe.deleteLater()
        return least

    def upsert(self, call: LiveCall) -> None:
        row = self.rows.get(call.call_id)
        if row is None:
            row = CallRow(call.call_id)
            row.label_for = self.label_for
            row.hangUp.connect(self.hangUp)
            row.transfer.connect(self.transfer)
            row.dismiss.connect(self.dismiss)
            row.cancel.connect(self.cancel)
            row.redial.connect(self.redial)
            self.rows[call.call_id] = row
            self._order.insert(0, row)
            self._list.insertWidget(0, row)  # newest first
            self.empty.hide()
        row.update_from(call)
        self._finished_changed()

    def ordered(self) -> list[CallRow]:
        """The rows as shown, newest first."""
        return list(self._order)

    def has_finished(self) -> bool:
        return any(r.dismiss_button.isVisibleTo(r) for r in self.rows.values())

    def _fit(self) -> None:
        # The two newest rows, as tall as their words wrap at this width, always fit.
        if self.list_area is None:
            return  # the owner scrolls
        width = self.list_area.viewport().width()
        need = 12
        for row in self._order[:2]:
            hint = row.heightForWidth(width) if row.hasHeightForWidth() else -1
            need += hint if hint > 0 else row.sizeHint().height()
        self.list_area.setMinimumHeight(max(self._least, need))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _finished_changed(self) -> None:
        self._fit()
        if not self.embedded:
            self.clear_button.setVisible(self.has_finished())
        self.rowsChanged.emit()

    def rename(self, old: str, new: str) -> None:
        """A waiting row became the call the PBX started: same row, the call's id."""
        row = self.rows.pop(old, None)
        if row is not None:
            row.call_id = new
            self.rows[new] = row

    def remove(self, call_id: str) -> None:
        row = self.rows.pop(call_id, None)
        if row is not None:
            self._order.remove(row)
            self._list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.empty.setVisible(not self.rows and not self.embedded)
        self._finished_changed()
