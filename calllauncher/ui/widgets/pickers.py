"""The extension picker: colleagues listed as ``"901 — Olena"``, any text typed stays.

One builder for the dialer, the settings, the sign-in and the transfer dialogs (four
hand-made copies before, each with its own idea of what was chosen).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from ...controller.form import extension_of


class ExtensionPicker(QComboBox):
    """An editable combo box of (extension, label) items; the text typed is never lost."""

    def __init__(
        self, placeholder: str = "", accessible_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        edit = self.lineEdit()
        if edit is not None:  # always, once editable
            edit.setPlaceholderText(placeholder)

    def set_choices(self, items: Iterable[tuple[str, str]]) -> None:
        """Replace the list with (extension, label) pairs; the text shown is left alone."""
        self.clear()
        for ext, label in items:
            self.addItem(label, ext)

    def choose(self, extension: str) -> None:
        """Select ``extension`` if it is listed, else show it as typed ("" clears)."""
        index = self.findData(extension) if extension else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(extension)

    def listed(self) -> str:
        """The extension of the listed item whose label is shown, or ""."""
        index = self.findText(self.currentText().strip())
        return str(self.itemData(index) or "") if index >= 0 else ""

    def chosen(self) -> str:
        """The listed item's extension, else the extension at the start of the text,
        else the text itself (a number typed by hand)."""
        text = self.currentText().strip()
        return self.listed() or extension_of(text) or text
