"""Ask where to transfer a call: a colleague from the employee list, or any number."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from ..controller.form import check_number
from .plain import PlainLabel
from .widgets import styles
from .widgets.pickers import ExtensionPicker


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
        self.choice = ExtensionPicker(
            self.tr("Colleague's extension or any number"),
            self.tr("Colleague or number to transfer to"),
        )
        self.choice.set_choices(colleagues)
        self.choice.setEditText("")
        # A colleague is found by any part of the name or extension typed ("олен").
        finder = QCompleter(self.choice.model(), self.choice)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.choice.setCompleter(finder)
        prompt.setBuddy(self.choice)
        self.hint = PlainLabel()
        styles.apply(self.hint, styles.error_style)
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
        # A listed colleague is their extension; anything typed is checked as a number.
        chosen = self.choice.listed() or self.choice.currentText()
        result = check_number(chosen, self._region)
        if isinstance(result, str):
            self.hint.setText(result)
            self.hint.show()
            return
        self.target = result.digits
        self.accept()
