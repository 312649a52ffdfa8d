"""The number dossier: who this is, every company call with the number (the PBX's and this
app's own), who talked to them, notes and tags, Play recording, Open in Binotel and Add to
Binotel CRM. Everything reachable from the keyboard; Esc closes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..callstate import clock
from ..controller.dossier import IN, OUT, DossierController, DossierRow
from ..controller.names import display_number
from ..services.history import FAILED, INTERRUPTED, STARTING
from ..wording import notes as words
from ..wording.calls import duration, outcome
from ..wording.failures import stored_sentence
from .banner import Banner
from .note_editor import NoteEditor
from .plain import PlainLabel, plain_tooltip
from .widgets import palette

COLUMNS = 7
WHEN, DIRECTION, WHO, OUTCOME, LENGTH, RECORDING, NOTE = range(COLUMNS)


def open_link(url: str) -> bool:
    """The desktop's default player or browser opens ``url`` (the dossier's opener)."""
    return QDesktopServices.openUrl(QUrl(url))


def _outcome_key(disposition: str) -> str:
    if disposition in ("ANSWER", "TRANSFER", "VM-SUCCESS"):
        return "answered"
    if disposition == "BUSY":
        return "busy"
    if disposition in ("NOANSWER", "CANCEL", "VM"):
        return "no_answer"
    return "failed" if disposition else ""


class CustomerForm(QDialog):
    """Add to Binotel CRM: the name (prefilled from what is known), the number, and my
    extension as the one it is assigned to."""

    def __init__(self, name: str, number: str, assignee: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to Binotel CRM"))
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("The customer's or company's name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.number = PlainLabel(display_number(number))
        self.assignee = PlainLabel(assignee or self.tr("nobody (no extension of yours is set)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Assigned to:"), self.assignee)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Add"))
        save.setToolTip(self.tr("Add the contact to Binotel's CRM (Enter)"))
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.returnPressed.connect(self.accept)
        self.name.selectAll()
        self.name.setFocus()
        self.setMinimumWidth(380)


class DossierView(QDialog):
    def __init__(self, controller: DossierController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.editor: NoteEditor | None = None
        self.form: CustomerForm | None = None
        self.setWindowTitle(self.tr("Calls with {number}").format(number=controller.number))
        self.title = PlainLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = PlainLabel()
        self.about.setWordWrap(True)
        self.banner = Banner(self)
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("dossierStatus")

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Calls with this number"))
        self.table.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Who talked"),
                self.tr("Outcome"),
                self.tr("Length"),
                self.tr("Recording"),
                self.tr("Note"),
            ]
        )
        header = self.table.header()
        for column in range(NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemActivated.connect(lambda *_: self.edit_note())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.play_button = self._button(self.tr("Play recording"), "Ctrl+P", self.play)
        self.play_button.setToolTip(
            self.tr("Open the call's recording in your player or browser (Ctrl+P)")
        )
        self.note_button = self._button(self.tr("Note…"), "F2", self.edit_note)
        self.note_button.setToolTip(self.tr("Write a note or pick an outcome (F2 or Enter)"))
        self.copy_button = self._button(self.tr("Copy"), "Ctrl+C", self.copy_row)
        self.copy_button.setToolTip(self.tr("Copy number · name · outcome · note (Ctrl+C)"))
        self.binotel_button = self._button(
            self.tr("Open in Binotel"), "Ctrl+O", controller.open_in_binotel
        )
        self.binotel_button.setToolTip(
            self.tr("This number's history in the Binotel cabinet, in your browser (Ctrl+O)")
        )
        self.crm_button = self._button(self.tr("Add to Binotel CRM…"), "Ctrl+N", self.add_to_crm)
        self.crm_button.setToolTip(
            self.tr("Add this number to Binotel's CRM, assigned to you (Ctrl+N)")
        )
        self.close_button = self._button(self.tr("Close"), "", self.reject)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        QShortcut(QKeySequence("F5"), self, controller.load)

        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.title)
        top.addWidget(self.about)
        row_actions = QHBoxLayout()
        for button in (self.play_button, self.note_button, self.copy_button):
            row_actions.addWidget(button)
        row_actions.addStretch(1)
        for button in (self.binotel_button, self.crm_button, self.close_button):
            row_actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_actions)
        self.resize(860, 460)

        controller.changed.connect(self.refresh)
        controller.status.connect(self._say)
        controller.customerRefused.connect(self._refused)
        self.refresh()
        self.table.setFocus()

    def _button(self, text: str, keys: str, act: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter on a row edits its note, it presses nothing
        button.clicked.connect(act)
        if keys:
            QShortcut(QKeySequence(keys), self, act)
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a row opens its note (the table's activation). Left to QDialog, the same
        # key would go on to press a default button, the open note editor's Save among them.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # ----- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        c = self.controller
        name = c.name
        self.title.setText(
            f"{name} · {display_number(c.number)}" if name else display_number(c.number)
        )
        description = c.description()
        self.about.setText(description)
        self.about.setVisible(bool(description))
        current = self.current()
        self.table.clear()
        chosen: QTreeWidgetItem | None = None
        for row in c.rows:
            item = self._item(row)
            self.table.addTopLevelItem(item)
            if current is not None and _same_call(row, current):
                chosen = item
        if chosen is None:
            chosen = self.table.topLevelItem(0)
        if chosen is not None:
            self.table.setCurrentItem(chosen)
        if c.loading:
            self.status.setText(words.history_loading())
        elif c.failure:
            self.status.setText(words.history_failed(c.failure))
        elif not c.rows:
            self.status.setText(words.no_calls())
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        self._update_buttons()

    def _item(self, row: DossierRow) -> QTreeWidgetItem:
        when = datetime.fromtimestamp(row.time).strftime("%d.%m.%Y %H:%M") if row.time else ""
        direction = {IN: self.tr("incoming"), OUT: self.tr("outgoing")}.get(row.direction, "")
        length = ""
        if row.seconds and row.disposition in ("ANSWER", "TRANSFER"):
            length = clock(row.seconds)
        item = QTreeWidgetItem(
            [
                when,
                direction,
                row.who,
                self.outcome_text(row, short=True),
                length,
                self.tr("▶ recorded") if row.has_recording else "",
                words.note_text(row.note, row.tag),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, row)
        key = "failed" if row.result == FAILED else _outcome_key(row.disposition)
        if key:
            item.setForeground(OUTCOME, QColor(palette.OUTCOME_TEXT[key].pick(palette.is_dark())))
        if row.note:
            item.setToolTip(NOTE, plain_tooltip(row.note))
        if row.error:
            item.setToolTip(OUTCOME, plain_tooltip(stored_sentence(row.error)))
        elif length and row.seconds:
            item.setToolTip(LENGTH, duration(row.seconds))
        return item

    def outcome_text(self, row: DossierRow, *, short: bool = False) -> str:
        """The row's outcome; ``short``: a failure without its reason (the cell, whose
        tool tip holds the reason)."""
        if row.result == FAILED:
            if short:
                return outcome("FAILED")
            return self.tr("failed: {reason}").format(reason=stored_sentence(row.error))
        if row.result == INTERRUPTED:
            return self.tr("outcome unknown: the app was closed while it started")
        if row.result == STARTING:
            return self.tr("starting…")
        if not row.disposition:
            return self.tr("started")
        return outcome(row.disposition)

    def current(self) -> DossierRow | None:
        item = self.table.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, DossierRow) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.play_button.setEnabled(row is not None and row.has_recording)
        self.note_button.setEnabled(row is not None and bool(row.attempt_id or row.call_id))
        self.copy_button.setEnabled(row is not None)
        self.crm_button.setEnabled(not self.controller.creating)

    def _say(self, sentence: str, kind: str) -> None:
        self.banner.show_message(sentence, kind=kind)

    def _refused(self, sentence: str, link: str) -> None:
        self.banner.show_message(sentence, kind="warning")
        self.banner.offer(
            sentence, self.tr("Open Binotel's add-contact page"), self.controller.open_add_contact
        )

    # ----- actions -----------------------------------------------------------------------

    def play(self) -> None:
        row = self.current()
        if row is not None and row.has_recording:
            self.banner.clear()
            self.controller.play(row)

    def copy_row(self) -> None:
        row = self.current()
        if row is not None:
            QGuiApplication.clipboard().setText(
                words.copy_line(
                    self.controller.number,
                    self.controller.name,
                    self.outcome_text(row),
                    words.note_text(row.note, row.tag),
                )
            )

    def edit_note(self) -> None:
        row = self.current()
        if row is None or not (row.attempt_id or row.call_id):
            return
        when = datetime.fromtimestamp(row.time).strftime("%d.%m.%Y %H:%M") if row.time else ""
        about = ", ".join(part for part in (self.controller.label(), when) if part)
        editor = NoteEditor(about, row.note, row.tag, self)
        editor.accepted.connect(
            lambda: self.controller.set_note(row, editor.note, editor.chosen_tag)
        )
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def add_to_crm(self) -> None:
        c = self.controller
        if c.creating:
            return
        self.banner.clear()
        form = CustomerForm(c.suggested_name(), c.number, c.assignee_label(), self)
        form.accepted.connect(lambda: c.add_to_crm(form.name.text()))
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()


def _same_call(a: DossierRow, b: DossierRow) -> bool:
    return (a.call_id, a.attempt_id) == (b.call_id, b.attempt_id)
