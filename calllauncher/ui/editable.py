"""The text box of an editable QComboBox, typed as always there."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit


def line_edit(combo: QComboBox) -> QLineEdit:
    """``combo.lineEdit()``, which Qt types as optional: it is None until ``setEditable(True)``.
    Called before that, this raises here instead of as an AttributeError on None."""
    line = combo.lineEdit()
    if line is None:
        raise ValueError(f"{combo.objectName() or 'the combo box'} is not editable")
    return line
