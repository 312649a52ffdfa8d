"""The small editor of a call's note and outcome tag: one line of text and a tag, Enter
saves, Esc leaves everything as it was. The history window and the dossier share it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.call_notes import NOTE_MAX, TAGS
from ..wording.notes import tag_text
from .plain import PlainLabel


class NoteEditor(QDialog):
    def __init__(
        self, about: str, note: str = "", tag: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note on the call"))
        self.about = PlainLabel(about)  # "Олена · 067 123 4567, 12.03 14:05"
        self.about.setWordWrap(True)
        self.text = QLineEdit(note)
        self.text.setMaxLength(NOTE_MAX)
        self.text.setPlaceholderText(self.tr("What was agreed, what to do next…"))
        self.text.setAccessibleName(self.tr("Note"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Outcome"))
        self.tag.addItem(self.tr("(no tag)"), "")
        for known in TAGS:
            self.tag.addItem(tag_text(known), known)
        found = self.tag.findData(tag)
        self.tag.setCurrentIndex(max(0, found))
        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.text)
        form.addRow(self.tr("&Outcome:"), self.tag)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save the note (Enter)"))
        save.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Leave the note as it was (Esc)")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text.returnPressed.connect(self.accept)
        self.text.setFocus()
        self.setMinimumWidth(420)

    @property
    def note(self) -> str:
        return self.text.text()

    @property
    def chosen_tag(self) -> str:
        return str(self.tag.currentData() or "")
