"""The history window: search, redial, copy, notes and tags, favourites, clear; a row's
number dossier (Details)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SIGNAL, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..callstate import clock
from ..controller.names import name_label
from ..services.history import FAILED, INTERRUPTED, RESULTS, STARTED, STARTING, Attempt, History
from ..wording.calls import DISPOSITIONS, duration, kind_name, outcome
from ..wording.failures import stored_sentence
from ..wording.notes import copy_line, note_text, tags_saying
from .note_editor import NoteEditor
from .plain import PlainLabel, plain_tooltip

SHOWN = 500  # newest rows in the view; search reaches the rest


class HistoryView(QDialog):
    redialRequested = Signal(object)  # the Attempt to call again, as it was
    cleared = Signal()  # the history was emptied
    detailsRequested = Signal(str)  # the number whose dossier to open

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("Call history"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search numbers, names, results…"))
        self.search.setAccessibleName(self.tr("Search history"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)  # a search over a long history takes a moment
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Calls"))
        self.table.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Result"),
                self.tr("Note"),
            ]
        )
        header = self.table.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.editor: NoteEditor | None = None
        self.table.itemActivated.connect(lambda *_: self.redial())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.redial_button = QPushButton(self.tr("Call again"))
        self.redial_button.setToolTip(self.tr("Call this number again (Enter)"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy number · name · outcome · note (Ctrl+C)"))
        self.note_button = QPushButton(self.tr("Note…"))
        self.note_button.setToolTip(self.tr("Write a note or pick an outcome (F2)"))
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(
            self.tr("Every call with this number, recordings and the CRM (Ctrl+I)")
        )
        self.favourite_button = QPushButton(self.tr("Add to favourites"))
        self.favourite_button.setToolTip(self.tr("Add to or remove from favourites (Ctrl+D)"))
        self.clear_button = QPushButton(self.tr("Clear history…"))
        self.redial_button.clicked.connect(self.redial)
        self.copy_button.clicked.connect(self.copy_row)
        self.note_button.clicked.connect(self.edit_note)
        self.details_button.clicked.connect(self.details)
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.clear_button.clicked.connect(self.clear)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_row)
        QShortcut(QKeySequence("F2"), self.table, self.edit_note)
        QShortcut(QKeySequence("Ctrl+I"), self, self.details)
        QShortcut(QKeySequence("Ctrl+D"), self, self.toggle_favourite)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self.empty = PlainLabel(self.tr("No calls yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        for button in (
            self.redial_button,
            self.copy_button,
            self.note_button,
            self.details_button,
            self.favourite_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(820, 460)
        if history.warning:
            self.empty.setText(history.warning)
        self.reload()

    def reload(self) -> None:
        text = self.search.text().strip()
        rows = self._search(text) if text else self.history.attempts(SHOWN)
        self.table.clear()
        for attempt in rows:
            self.table.addTopLevelItem(self._item(attempt))
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        if not self.history.warning:  # a damaged file's sentence stays what it says
            self.empty.setText(
                self.tr("No call matches “{text}”.").format(text=text)
                if text
                else self.tr("No calls yet.")
            )
        self.empty.setVisible(not rows)
        self._update_buttons()

    def _search(self, text: str) -> list[Attempt]:
        """Numbers and names as typed; results, outcomes and failures by their words in
        today's language (the history stores codes and facts, not sentences)."""
        folded = text.casefold()

        def said(words: str) -> bool:
            return folded in words.casefold()

        return self.history.search(
            text,
            SHOWN,
            results=[code for code in RESULTS if said(self._result_word(code))],
            dispositions=[code for code in DISPOSITIONS if said(outcome(code))],
            errors=[e for e in self.history.stored_errors() if said(stored_sentence(e))],
            tags=tags_saying(text),
        )

    def _result_word(self, result: str) -> str:
        return {
            FAILED: self.tr("failed: {reason}").format(reason=""),
            INTERRUPTED: self.tr("outcome unknown: the app was closed while it started"),
            STARTING: self.tr("starting…"),
            STARTED: self.tr("started"),
        }.get(result, result)

    name_for: Callable[[str], str] | None = None  # names (ui/live_wiring.py)

    def _item(self, attempt: Attempt) -> QTreeWidgetItem:
        who = attempt.number + (f" ↔ {attempt.number2}" if attempt.number2 else "")
        name = attempt.name
        if self.name_for is not None and not attempt.number2:
            name = name or self.name_for(attempt.number)
            who = name_label(name, attempt.number)  # "Name · 067 123 4567"
        elif name:
            who = f"{name} — {who}"
        item = QTreeWidgetItem(
            [
                attempt.when.strftime("%d.%m %H:%M"),
                who,
                kind_name(attempt.kind),
                self._result(attempt),
                note_text(attempt.note, attempt.tag),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, attempt)
        if attempt.failed or attempt.interrupted:
            item.setToolTip(3, plain_tooltip(stored_sentence(attempt.error)))  # quotes the PBX
        elif attempt.seconds and attempt.disposition in ("ANSWER", "TRANSFER"):
            item.setToolTip(3, duration(attempt.seconds))  # "2 minutes 31 seconds"
        return item

    def _result(self, attempt: Attempt) -> str:
        if attempt.failed:
            return self.tr("failed: {reason}").format(reason=stored_sentence(attempt.error))
        if attempt.interrupted:
            return self.tr("outcome unknown: the app was closed while it started")
        if attempt.result == STARTING:
            return self.tr("starting…")
        if not attempt.disposition:
            return self.tr("started")
        words = outcome(attempt.disposition)
        if attempt.seconds and attempt.disposition in ("ANSWER", "TRANSFER"):
            words += " " + clock(attempt.seconds)
        return words

    def current(self) -> Attempt | None:
        item = self.table.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, Attempt) else None

    def _update_buttons(self) -> None:
        attempt = self.current()
        for button in (
            self.redial_button,
            self.copy_button,
            self.note_button,
            self.favourite_button,
        ):
            button.setEnabled(attempt is not None)
        self.details_button.setEnabled(
            attempt is not None and not attempt.number2 and self.receivers_of_details()
        )
        if attempt is not None and self.history.is_favourite(attempt.number):
            self.favourite_button.setText(self.tr("Remove from favourites"))
        else:
            self.favourite_button.setText(self.tr("Add to favourites"))
        self.clear_button.setEnabled(self.history.count() > 0)

    def redial(self) -> None:
        attempt = self.current()
        if attempt is not None:
            self.redialRequested.emit(attempt)

    def copy_number(self) -> None:
        attempt = self.current()
        if attempt is not None:
            QGuiApplication.clipboard().setText(attempt.number)

    def copy_row(self) -> None:
        """Copy "number · name · outcome · note" of the row (Copy, Ctrl+C)."""
        attempt = self.current()
        if attempt is None:
            return
        number = attempt.number + (f" ↔ {attempt.number2}" if attempt.number2 else "")
        name = attempt.name
        if not name and self.name_for is not None and not attempt.number2:
            name = self.name_for(attempt.number)
        QGuiApplication.clipboard().setText(
            copy_line(number, name, self._result(attempt), note_text(attempt.note, attempt.tag))
        )

    def edit_note(self) -> None:
        """The row's note and tag in a small editor (Note…, F2); Enter saves."""
        attempt = self.current()
        if attempt is None:
            return
        item = self.table.currentItem()
        who = item.text(1) if item is not None else attempt.number
        about = f"{who}, {attempt.when.strftime('%d.%m.%Y %H:%M')}"
        editor = NoteEditor(about, attempt.note, attempt.tag, self)
        row_id = attempt.id

        def save() -> None:
            self.history.set_note(row_id, editor.note, editor.chosen_tag)
            self.reload()
            self._select(row_id)

        editor.accepted.connect(save)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def _select(self, row_id: int) -> None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
            if item is not None and isinstance(data, Attempt) and data.id == row_id:
                self.table.setCurrentItem(item)
                return

    def receivers_of_details(self) -> bool:
        """Whether anything opens dossiers (the live wiring does; a bare view has none)."""
        return self.receivers(SIGNAL("detailsRequested(QString)")) > 0

    def details(self) -> None:
        """The number's dossier (Details…, Ctrl+I); Enter stays Call again."""
        attempt = self.current()
        if attempt is not None and not attempt.number2:
            self.detailsRequested.emit(attempt.number)

    def toggle_favourite(self) -> None:
        attempt = self.current()
        if attempt is None:
            return
        if self.history.is_favourite(attempt.number):
            self.history.remove_favourite(attempt.number)
        else:
            name, ok = QInputDialog.getText(
                self,
                self.tr("Add to favourites"),
                self.tr("Name for {number} (optional):").format(number=attempt.number),
            )
            if not ok:
                return
            self.history.add_favourite(attempt.number, name.strip())
        self.reload()

    def clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear history"),
            self.tr("Delete the whole call history? Favourites are kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a stray Enter deletes nothing
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.history.clear()
            self.reload()
            self.cleared.emit()
