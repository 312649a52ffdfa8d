"""Ask where to transfer a call: a colleague from the employee list, or any number."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from ..controller.form import check_number, extension_of
from .editable import line_edit
from .plain import PlainLabel


class TransferDialog(QDialog):
    def __init__(
        self,
        who: str,
        colleagues: Iterable[tuple[str, str]],
        region: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer call"))
        self._region = region
        self.target = ""
        prompt = PlainLabel(self.tr("Transfer the call with {who} to:").format(who=who))
        self.choice = QComboBox()
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.setAccessibleName(self.tr("Colleague or number to transfer to"))
        line_edit(self.choice).setPlaceholderText(self.tr("Colleague's extension or any number"))
        for ext, label in colleagues:
            self.choice.addItem(label, ext)
        self.choice.setEditText("")
        prompt.setBuddy(self.choice)
        self.hint = PlainLabel()
        self.hint.setStyleSheet("color: #b3261e;")
        self.hint.setWordWrap(True)
        self.hint.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Transfer"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.choice)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _accept(self) -> None:
        text = self.choice.currentText()
        chosen = extension_of(text) if self.choice.findText(text) >= 0 else text
        result = check_number(chosen, self._region)
        if isinstance(result, str):
            self.hint.setText(result)
            self.hint.show()
            return
        self.target = result.digits
        self.accept()
