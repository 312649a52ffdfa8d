"""The one call timeline under the form, newest first: live calls (the live-call rows of
``live_calls_view``), missed calls to call back (``callback_view``), then today's and
earlier calls (``controller/timeline.py``), one row per number with a count.

Keyboard: Ctrl+J (or Tab) reaches it, Up/Down move between rows, Enter makes the row's
call again (calls back a missed caller), Space opens the number (its calls).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..callkinds import BRIDGE
from ..callstate import clock
from ..controller.names import display_number, name_label
from ..controller.timeline import (
    ANSWERED,
    DESK,
    INCOMING,
    MISSED,
    Entry,
    Group,
)
from ..wording.calls import kind_name, outcome, withheld_text
from ..wording.failures import stored_sentence
from .live_calls_view import CallRow, LiveCallsView
from .plain import PlainLabel, plain_tooltip
from .widgets import styles

if TYPE_CHECKING:  # the call-back queue's parts come after the first frame (live_wiring)
    from .callback_view import CallbackView

ASK_NAMES = 20  # rows whose names are looked up in the CRM (the rest: names already known)
SHOWN_ROWS = 100  # rows of finished calls at most; the history window has the rest
SHORTCUT = "Ctrl+J"
TOOLTIP_CALLS = 5  # calls of a collapsed row listed in its tooltip

VIEW_STYLE = (
    "QFrame#timelineRow { border: 1px solid palette(mid); border-radius: 6px; }"
    "QFrame#timelineRow:focus { border: 2px solid palette(highlight); }"
    "QLabel#timelineWho { font-weight: 600; }"
    "QLabel#timelineWhen { color: palette(placeholder-text); }"
    "QLabel#sectionTitle { font-weight: 600; color: palette(placeholder-text); }"
)


def _whole(number: str) -> str:
    return display_number(number).replace(" ", "\u00a0") if number else ""


def _time(at: float, today: bool) -> str:
    when = datetime.fromtimestamp(at)
    return when.strftime("%H:%M") if today else when.strftime("%d.%m %H:%M")


class TimelineRow(QFrame):
    """A number's finished calls in one section: the newest, and how many."""

    callAgain = Signal(object)  # the Entry to make again
    openRequested = Signal(str)  # the number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Up/Down/Enter/Space: see the view
        self.group = Group()
        self.who = PlainLabel()
        self.who.setObjectName("timelineWho")
        self.who.setWordWrap(True)
        self.facts = PlainLabel()
        self.facts.setWordWrap(True)
        self.when = PlainLabel()  # on the name's line, like a phone's call log
        self.when.setObjectName("timelineWhen")
        self.count = QToolButton()
        self.count.setAutoRaise(True)
        self.count.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space on the row does the same
        self.count.setToolTip(self.tr("Show every call with this number (Space)"))
        self.count.clicked.connect(self.open)
        self.button = QPushButton(self.tr("Call again"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter on the row does the same
        self.button.clicked.connect(self.call_again)
        self._outcome = "-"
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.who, 1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.when, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(top)
        text.addWidget(self.facts)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addLayout(text, 1)
        row.addWidget(self.button)

    @property
    def number(self) -> str:
        return self.group.newest.number if self.group.entries else ""

    def show_group(self, group: Group, label: str, today: bool, callable_: bool) -> None:
        self.group = group
        entry = group.newest
        self.who.setText(label)
        words = self.facts_text(entry)
        self.facts.setText(words)
        self.when.setText(_time(entry.at, today))
        self.count.setText(f"×\u00a0{group.count}")
        self.count.setVisible(group.count > 1)
        self.count.setAccessibleName(
            self.tr("Calls with this number: {n}. Show them").format(n=group.count)
        )
        if self._outcome != entry.outcome:
            self._outcome = entry.outcome
            recipe = styles.outcome_style(entry.outcome) if entry.outcome else styles.plain_style
            styles.apply(self.facts, recipe)
        self.button.setEnabled(callable_)
        if callable_:
            tip = (
                self.tr("Call {who} back (Enter)").format(who=label)
                if entry.kind == INCOMING
                else self.tr("Make the same call again (Enter)")
            )
        else:
            tip = self.tr("The number was withheld: there is nobody to call back")
        self.button.setToolTip(tip)
        self.button.setAccessibleName(self.tr("Call {who} again").format(who=label))
        lines = [f"{_time(e.at, today)}  {self.outcome_text(e)}" for e in group.entries]
        extra = group.count - TOOLTIP_CALLS
        more = [self.tr("and {n} more").format(n=extra)] if extra > 0 else []
        shown = lines[:TOOLTIP_CALLS] + more
        failure = stored_sentence(entry.error) if entry.failed or entry.interrupted else ""
        hint = self.tr("Enter: call again · Space: every call with this number")
        self.setToolTip(plain_tooltip("\n".join([*([failure] if failure else []), *shown, hint])))
        self.setAccessibleName(f"{label}: {words}, {self.when.text()}")

    def kind_text(self, entry: Entry) -> str:
        if entry.kind == INCOMING:
            return self.tr("Incoming")
        if entry.kind == DESK:
            return self.tr("Desk phone")  # from my extension, not started by this app
        return kind_name(entry.kind)

    def outcome_text(self, entry: Entry) -> str:
        if entry.failed:
            return self.tr("failed")
        if entry.interrupted:
            return self.tr("outcome unknown")
        if entry.outcome == MISSED:
            return self.tr("missed")
        if not entry.disposition:
            return self.tr("outcome not known yet")
        words = outcome(entry.disposition)
        if entry.answered_by:  # not "answered" alone: a colleague took it, not me
            words = self.tr("answered by {who}").format(who=entry.answered_by)
        if entry.outcome == ANSWERED and entry.seconds:
            words += " " + clock(entry.seconds)
        return words

    def facts_text(self, entry: Entry) -> str:
        return f"{self.kind_text(entry)}  ·  {self.outcome_text(entry)}"

    def call_again(self) -> None:
        if self.group.entries and self.button.isEnabled():
            self.callAgain.emit(self.group.newest)

    def open(self) -> None:
        if self.number:
            self.openRequested.emit(self.number)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open()
        super().mouseDoubleClickEvent(event)


class _Scroll(QScrollArea):
    """Leaves the row keys to the view: Up/Down move between rows there, not the page."""

    ROW_KEYS = frozenset(
        {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}
    )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.ROW_KEYS:
            event.ignore()
        else:
            super().keyPressEvent(event)


class TimelineView(QWidget):
    callAgain = Signal(object)  # the Entry whose call to make again
    openRequested = Signal(str)  # a number: show its calls (the number dossier)
    clearRequested = Signal()  # Clear finished (the live rows clear through ``calls``)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setStyleSheet(VIEW_STYLE)
        # "Name · 067 123 4567"; ``ask``: look the name up when it is not known
        self.label_for: Callable[..., str] = lambda number, ask=True: name_label("", number)
        self.can_call: Callable[[Entry], bool] = lambda entry: not entry.withheld
        self.calls = LiveCallsView(embedded=True)
        self.missed: CallbackView | None = None
        self.rows: dict[str, TimelineRow] = {}  # "today:<number>", "earlier:<number>"
        # Each section's rows as shown, kept here and never read back from the layout (see
        # LiveCallsView._order: a layout item's stale wrapper crashed row deletion).
        self._shown: dict[str, list[TimelineRow]] = {"today": [], "earlier": []}
        self._groups: tuple[list[Group], list[Group]] = ([], [])

        title = PlainLabel(self.tr("Calls"))
        title.setStyleSheet("font-weight: 600;")
        title.setToolTip(self.tr("Calls ({key})").format(key=SHORTCUT))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear finished"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(
            self.tr("Take finished calls off the list (the history keeps them)")
        )
        self.clear_button.hide()
        self.calls.clear_button = self.clear_button  # one button for the live rows too
        self.clear_button.clicked.connect(self.calls.clearFinished)
        self.clear_button.clicked.connect(self.clearRequested)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.clear_button)

        self.now_title = self._section(self.tr("Now"))
        self.today_title = self._section(self.tr("Today"))
        self.earlier_title = self._section(self.tr("Earlier"))
        self.today_box = QVBoxLayout()
        self.earlier_box = QVBoxLayout()
        self.empty = PlainLabel(
            self.tr("No calls yet. Calls you make or take show here, newest first.")
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        holder = QWidget()
        self._column = column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.now_title)
        column.addWidget(self.calls)
        for section, box in (
            (self.today_title, self.today_box),
            (self.earlier_title, self.earlier_box),
        ):
            box.setSpacing(6)
            column.addWidget(section)
            column.addLayout(box)
        column.addWidget(self.empty)
        column.addStretch(1)
        scroll = _Scroll()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the rows take focus, not the frame
        # Rows wrap their words to the width there is; they never scroll sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        self.list_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        # Room for two whole rows whatever the form above takes (the window grows
        # instead): the live section keeps its two newest rows whole at this width.
        self.calls.list_area = scroll
        scroll.setMinimumHeight(self.calls._least)

        self.calls.rowsChanged.connect(self._update_sections)
        QShortcut(QKeySequence(SHORTCUT), self, self.focus_rows)
        self._update_sections()

    def _section(self, text: str) -> PlainLabel:
        label = PlainLabel(text)
        label.setObjectName("sectionTitle")
        return label

    # ----- sections ----------------------------------------------------------------------

    def add_missed(self, view: CallbackView) -> None:
        """The call-back queue's view, as the section after the live calls."""
        self.missed = view
        view.title.setObjectName("sectionTitle")  # a section like the others
        view.title.setStyleSheet("")
        self._column.insertWidget(self._column.indexOf(self.calls) + 1, view)
        self._update_sections()

    def show_groups(self, today: list[Group], earlier: list[Group]) -> None:
        today = today[:SHOWN_ROWS]
        earlier = earlier[: SHOWN_ROWS - len(today)]
        self._groups = (today, earlier)
        focused = self._focused_row()
        keep: dict[str, TimelineRow] = {}
        asked = 0
        sections = (("today", today, self.today_box), ("earlier", earlier, self.earlier_box))
        for section, groups, box in sections:
            for old in self._shown[section]:
                box.removeWidget(old)
            shown: list[TimelineRow] = []
            self._shown[section] = shown
            for group in groups:
                key = f"{section}:{group.key}"
                row = self.rows.pop(key, None)
                if row is None:
                    row = TimelineRow()
                    row.callAgain.connect(self.callAgain)
                    row.openRequested.connect(self.openRequested)
                label = self._label(group.newest, ask=asked < ASK_NAMES)
                asked += 1
                row.show_group(group, label, section == "today", self.can_call(group.newest))
                box.addWidget(row)
                row.show()
                shown.append(row)
                keep[key] = row
        for row in self.rows.values():
            row.hide()
            row.deleteLater()
        self.rows = keep
        if focused is not None and focused not in keep.values() and self.rows_in_order():
            self.rows_in_order()[0].setFocus()
        self._update_sections()

    def refresh_names(self) -> None:
        self.show_groups(*self._groups)

    def _label(self, entry: Entry, *, ask: bool) -> str:
        if entry.withheld:
            return withheld_text()
        # A number wraps whole or not at all ("067 123" / "4567" reads as two numbers).
        first, second = _whole(entry.number), _whole(entry.number2)
        if entry.kind == BRIDGE:
            return f"{first} ↔ {second}"
        label = self.label_for(entry.number, ask=ask)
        return label.replace(display_number(entry.number), first)

    def missed_changed(self) -> None:
        """The call-back queue's rows changed (ui/live_wiring.py)."""
        self._update_sections()

    def _update_sections(self) -> None:
        live = bool(self.calls.rows)
        for row in self.calls.rows.values():
            row.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.now_title.setVisible(live)
        self.calls.setVisible(live)
        today, earlier = self._groups
        self.today_title.setVisible(bool(today))
        self.earlier_title.setVisible(bool(earlier))
        missed = self.missed is not None and bool(self.missed.rows)
        self.empty.setVisible(not (live or today or earlier or missed))
        self.clear_button.setVisible(self.calls.has_finished() or bool(today or earlier))

    # ----- keyboard ----------------------------------------------------------------------

    def rows_in_order(self) -> list[QFrame]:
        """Every row as shown, top to bottom: what Up and Down walk."""
        rows: list[QFrame] = [r for r in self.calls.ordered() if r.isVisibleTo(self)]
        if self.missed is not None:
            rows += [r for r in self.missed.rows.values() if r.isVisibleTo(self)]
        return rows + self._shown["today"] + self._shown["earlier"]

    def _focused_row(self) -> QFrame | None:
        from .callback_view import MissedRow  # loaded by then (live_wiring)

        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if isinstance(widget, (CallRow, MissedRow, TimelineRow)):
                return widget
            widget = widget.parentWidget()
        return None

    def focus_rows(self) -> None:
        """Ctrl+J: to the timeline (the row focused last, else the newest)."""
        rows = self.rows_in_order()
        if rows:
            self._focus(rows[0])

    def _focus(self, row: QFrame) -> None:
        row.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_area.ensureWidgetVisible(row, 0, 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self._focused_row()
        key = event.key()
        if row is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        rows = self.rows_in_order()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row in rows:
            index = rows.index(row) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= index < len(rows):
                self._focus(rows[index])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(row)
        elif key == Qt.Key.Key_Space:
            self._open(row)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _activate(self, row: QFrame) -> None:
        from .callback_view import MissedRow

        # The row's own button: the same guards as a click (one request per action).
        if isinstance(row, TimelineRow):
            row.call_again()
        elif isinstance(row, MissedRow):
            row.button.click()
        elif isinstance(row, CallRow) and row.redial_button.isVisibleTo(row):
            row.redial_button.click()  # a live call's Enter does nothing: no hang-up by a key

    def _open(self, row: QFrame) -> None:
        from .callback_view import MissedRow

        if isinstance(row, TimelineRow):
            row.open()
        elif isinstance(row, MissedRow):
            self.openRequested.emit(row.number)
