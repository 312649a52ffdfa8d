"""Ask where to transfer a call: a colleague from the employee list, or any number."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from ..controller.form import check_number
from .plain import PlainLabel
from .widgets import palette, styles
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
        self.line_note = PlainLabel()  # a colleague who can't take the call now, said
        styles.apply(self.line_note, styles.warning_style)
        self.line_note.setWordWrap(True)
        self.line_note.hide()
        self._lines: dict[str, str] = {}
        self.choice.currentIndexChanged.connect(self._note_line)
        self.choice.editTextChanged.connect(self._note_line)
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
        layout.addWidget(self.line_note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def mark_lines(self, lines: Mapping[str, str]) -> None:
        """Colour each colleague by their line (extension -> endpointData.status): an
        offline or busy line stands out before it is chosen, with a dot and its colour."""
        from .presence_menu import dot_icon
        from .team_panel import line_color

        self._lines = dict(lines)
        for index in range(self.choice.count()):
            status = self._lines.get(str(self.choice.itemData(index) or ""), "")
            if status not in palette.LINE:
                continue
            color = line_color(status)
            self.choice.setItemIcon(index, dot_icon(color))
            if status != "online":
                self.choice.setItemData(
                    index, QBrush(QColor(color)), Qt.ItemDataRole.ForegroundRole
                )
        self._note_line()

    def _note_line(self, _changed: object = None) -> None:
        from ..wording.team import line_warning

        status = self._lines.get(self.choice.listed(), "")
        note = line_warning(status)
        self.line_note.setText(note)
        self.line_note.setVisible(bool(note))

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
