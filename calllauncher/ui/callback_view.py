"""The call-back queue in the window: today's missed callers, one Call back each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..controller.callback_queue import Missed
from ..controller.names import display_number, name_label
from .plain import PlainLabel
from .widgets import styles

MAX_ROWS = 4  # the rest is counted in the title; the live calls keep their room

VIEW_STYLE = (
    "QFrame#missedRow { border: 1px solid palette(mid); border-radius: 6px; }"
    "QFrame#missedRow:focus { border: 2px solid palette(highlight); }"
    "QLabel#missedWho { font-weight: 600; }"
    "QLabel#missedQuiet { color: palette(placeholder-text); }"
)


class MissedRow(QFrame):
    callBack = Signal(str)

    def __init__(self, entry: Missed, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = entry.number
        self.setObjectName("missedRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the timeline's Up/Down/Enter
        self.who = PlainLabel(label)
        self.who.setObjectName("missedWho")
        self.facts = PlainLabel(self.facts_text(entry))
        self.facts.setWordWrap(True)
        styles.apply(self.facts, styles.outcome_style("missed"))  # the timeline's colours
        self.button = QPushButton(self.tr("Call back"))
        self.button.setToolTip(self.tr("Ring your phone, then {number}").format(number=label))
        self.button.setAccessibleName(self.tr("Call back {who}").format(who=label))
        self.button.clicked.connect(lambda: self.callBack.emit(self.number))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.who)
        text.addWidget(self.facts)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addLayout(text, 1)
        row.addWidget(self.button)
        self.setAccessibleName(f"{label}: {self.facts.text()}")

    def facts_text(self, entry: Missed) -> str:
        when = datetime.fromtimestamp(entry.last_at).strftime("%H:%M")
        if entry.tries > 1:
            parts = [self.tr("tries: {n}, last at {time}").format(n=entry.tries, time=when)]
        else:
            parts = [self.tr("at {time}").format(time=when)]
        if entry.pbx_number:
            company = entry.pbx_name or display_number(entry.pbx_number)
            parts.append(self.tr("called {company}").format(company=company))
        return " · ".join(parts)


class CallbackView(QWidget):
    callBack = Signal(str)  # number

    def __init__(
        self, label_for: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackView")
        self.setStyleSheet(VIEW_STYLE)
        self._label_for = label_for or (lambda number: name_label("", number))
        self.title = PlainLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.notice = PlainLabel()  # "067 123 4567 was reached by Ірина (903)"
        self.notice.setObjectName("missedQuiet")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(self._rows)
        layout.addWidget(self.notice)
        self.rows: dict[str, MissedRow] = {}
        self.show_entries([])

    def show_entries(self, entries: list[Missed]) -> None:
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows = {}
        for entry in entries[:MAX_ROWS]:
            row = MissedRow(entry, self._label_for(entry.number))
            row.callBack.connect(self.callBack)
            self._rows.addWidget(row)
            self.rows[entry.number] = row
        count = len(entries)
        self.title.setText(self.tr("To call back ({n})").format(n=count))
        self.title.setVisible(count > 0)
        self.setVisible(count > 0 or self.notice.isVisibleTo(self))

    def say_reached(self, number: str, who: str) -> None:
        self.notice.setText(
            self.tr("{caller} was reached by {who}.").format(
                caller=self._label_for(number), who=who
            )
        )
        self.notice.show()
        self.setVisible(True)
