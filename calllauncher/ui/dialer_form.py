"""The dialer's fields: the search-first field, the ordinary call's pickers, and the rarer
kinds behind the menu beside Call. Layout only; behaviour is in controllers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..controller.calls import ANNOUNCE, BRIDGE, CALL, IVR, KINDS, CallDefaults, CallRequest
from ..controller.form import FormValues
from ..controller.search import Match, is_search
from .editable import line_edit
from .plain import PlainLabel
from .widgets import call_options, styles
from .widgets.dial_pad import BACKSPACE, DialPad
from .widgets.keys import is_plain_enter
from .widgets.number_edit import NumberEdit
from .widgets.pickers import ExtensionPicker
from .widgets.props import set_props
from .widgets.search_field import SearchField

MODE_GROUPS = {
    CALL: {"number", "extension", "company", "more"},
    BRIDGE: {"number", "number2", "company", "more"},
    ANNOUNCE: {"number", "voice_file"},
    IVR: {"number", "ivr"},
}


def _hint() -> QLabel:
    label = PlainLabel()
    label.setWordWrap(True)
    return label


class DialerForm(QWidget):
    """Mode switcher, number entry, pickers, options and the Call button."""

    dialRequested = Signal()
    modeChanged = Signal(str)
    numberEdited = Signal(str, str)  # field ("number"/"number2"), text
    refreshVoiceFiles = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The ordinary call is the form; the rarer kinds are one click (or Ctrl+2..4) away
        # in the menu beside Call, and a bar over the form says which one is on, with the
        # way back.
        self._mode = CALL
        self.mode_labels = {
            CALL: self.tr("Call"),
            BRIDGE: self.tr("Connect two numbers"),
            ANNOUNCE: self.tr("Announcement"),
            IVR: self.tr("Voice menu"),
        }
        self.mode_menu = QMenu(self)
        group = QActionGroup(self)
        self.mode_actions: list[QAction] = []
        for index, kind in enumerate(KINDS):
            action = self.mode_menu.addAction(self.mode_labels[kind])
            action.setCheckable(True)
            action.setChecked(kind == CALL)
            # The window owns the shortcuts (they work from every field); the menu shows them.
            # (Not setShortcut/Qt.ShortcutContext before the first frame: widgets/props.)
            set_props(
                action,
                shortcut=QKeySequence(f"Ctrl+{index + 1}"),
                shortcutContext="WidgetShortcut",
            )
            action.setData(kind)
            action.triggered.connect(lambda _=False, k=kind: self._picked(k))
            group.addAction(action)
            self.mode_actions.append(action)
        self.mode_button = QToolButton()
        self.mode_button.setText(self.tr("Other call") + " ▾")
        # The ▾ says it opens a menu: Qt's own small arrow in the corner would say it twice.
        self.mode_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.mode_button.setMenu(self.mode_menu)
        self.mode_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.mode_button.setMinimumHeight(36)
        self.mode_button.setToolTip(
            self.tr("Other kinds of call: connect two numbers, announcement, voice menu (Ctrl+2…4)")
        )
        self.mode_button.setAccessibleName(self.tr("Kind of call"))
        self.mode_title = PlainLabel()  # bold once a rarer mode shows it (_apply_mode)
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("← Ordinary call"))
        self.back_button.setToolTip(self.tr("Back to the ordinary call (Ctrl+1)"))
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(lambda: self.set_mode(CALL))
        self.mode_bar = QWidget()
        bar = QHBoxLayout(self.mode_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.mode_title, 1)
        bar.addWidget(self.back_button)

        self.search = SearchField()
        self.number = self.search.edit
        self.search.searchEdited.connect(self._typed)
        self.number_hint = _hint()
        self.pad_button = QToolButton()
        self.pad_button.setText(self.tr("Pad"))
        self.pad_button.setCheckable(True)
        self.pad_button.setToolTip(self.tr("Show the dial pad (Ctrl+D)"))
        self.pad_button.setAccessibleName(self.tr("Dial pad"))
        set_props(self.pad_button, shortcut=QKeySequence("Ctrl+D"))
        # Out of the Tab order and never focused by a click: digits typed after using the
        # pad go to the number field, not to this button.
        set_props(self.pad_button, focusPolicy="NoFocus")
        self.pad = DialPad()
        self.pad.pressed.connect(self._pad_key)
        self.pad_button.toggled.connect(self._refresh_rows)

        self.number2 = NumberEdit()
        self.number2.setPlaceholderText(self.tr("Second phone number"))
        self.number2.setAccessibleName(self.tr("Second phone number"))
        self.number2.setClearButtonEnabled(True)
        self.number2.textEdited.connect(lambda text: self.numberEdited.emit("number2", text))
        self.number2_hint = _hint()

        self.extension = ExtensionPicker(self.tr("e.g. 901"), self.tr("My extension"))
        self.extension.setToolTip(
            self.tr("Your desk phone rings first; the customer is dialled when you pick up.")
        )
        self.extension_hint = _hint()

        self.company = QComboBox()
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.setAccessibleName(self.tr("Company number to call from"))
        line_edit(self.company).setPlaceholderText(self.tr("PBX default"))
        self.company_hint = _hint()

        self.voice_file = QComboBox()
        self.voice_file.setAccessibleName(self.tr("Announcement to play"))
        self.voice_refresh = QToolButton()
        self.voice_refresh.setText("⟳")
        self.voice_refresh.setToolTip(self.tr("Reload the list from the PBX (F5)"))
        self.voice_refresh.setAccessibleName(self.tr("Reload announcements"))
        self.voice_refresh.clicked.connect(self.refreshVoiceFiles)
        self.voice_hint = _hint()

        self.ivr = QComboBox()
        self.ivr.setEditable(True)
        self.ivr.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ivr.setAccessibleName(self.tr("Voice menu name"))
        line_edit(self.ivr).setPlaceholderText(self.tr("Voice menu name"))
        self.ivr_hint = _hint()

        self.more = QToolButton()
        self.more.setText(self.tr("More options"))
        self.more.setCheckable(True)
        set_props(self.more, toolButtonStyle="ToolButtonTextBesideIcon", arrowType="RightArrow")
        self.more.setAutoRaise(True)
        self.more.setAccessibleName(self.tr("More options"))
        self.options = self._build_options()
        self.more.toggled.connect(self._toggle_options)

        self.call_button = QPushButton(self.tr("Call", "button"))
        self.call_button.setDefault(True)
        # A click leaves the focus in the number field (as macOS buttons do): no leave-check
        # of the number and no restyling on the press; the click checks the number itself.
        set_props(self.call_button, focusPolicy="TabFocus")
        self.call_button.setMinimumHeight(36)
        self.call_button.setObjectName("primary")
        styles.apply(self.call_button, styles.primary_style)
        self.call_button.setToolTip(self.tr("Start the call (Enter or Ctrl+Return)"))
        self.call_button.setAccessibleName(self.tr("Start the call"))
        self.call_button.clicked.connect(self.dialRequested)

        self.search.row.addWidget(self.pad_button)
        call_row = QHBoxLayout()
        call_row.setSpacing(4)
        call_row.addWidget(self.call_button, 1)
        call_row.addWidget(self.mode_button)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice_file, 1)
        voice_row.addWidget(self.voice_refresh)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        set_props(self.form, labelAlignment="AlignRight|AlignVCenter")
        self._rows: list[tuple[str, str, int]] = []  # (group, role, form row)
        self._labels: list[QLabel] = []
        self._add("number", "field", self.tr("&Name or number:"), self.search, self.number)
        self._add("number", "hint", "", self.number_hint)
        self._add("number", "extra", "", self.pad)
        self._add("number2", "field", self.tr("&Second number:"), self.number2, self.number2)
        self._add("number2", "hint", "", self.number2_hint)
        self._add("extension", "field", self.tr("My &extension:"), self.extension, self.extension)
        self._add("extension", "hint", "", self.extension_hint)
        self._add("company", "field", self.tr("Call &from:"), self.company, self.company)
        self._add("company", "hint", "", self.company_hint)
        self._add("voice_file", "field", self.tr("&Announcement:"), voice_row, self.voice_file)
        self._add("voice_file", "hint", "", self.voice_hint)
        self._add("ivr", "field", self.tr("&Voice menu:"), self.ivr, self.ivr)
        self._add("ivr", "hint", "", self.ivr_hint)
        self._add("more", "field", "", self.more)
        # The options span the whole row: under the form's label column they had too
        # little room ("Без обмеження" was cut at 460 px).
        self.form.addRow(self.options)
        self._rows.append(("more", "extra", self.form.rowCount() - 1))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.mode_bar)
        layout.addLayout(self.form)
        layout.addLayout(call_row)
        self.hints = {
            "number": self.number_hint, "number2": self.number2_hint,
            "extension": self.extension_hint, "company": self.company_hint,
            "voice_file": self.voice_hint, "ivr": self.ivr_hint,
        }  # fmt: skip
        # One label width for every mode, so fields don't jump sideways between tabs.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
            set_props(label, alignment="AlignRight|AlignVCenter")
        self._options_form.setContentsMargins(width // 3, 0, 0, 0)  # set in, under "More"
        self._apply_mode(CALL)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter dials from every field, as the Call button's tooltip says: line edits,
        # spin boxes, pickers and check boxes all pass Enter on to their parent, here. (An
        # open list or completion takes Enter itself, so choosing from it does not dial.)
        if is_plain_enter(event):
            event.accept()
            self.dialRequested.emit()
            return
        super().keyPressEvent(event)

    def _add(
        self, group: str, role: str, label: str, field: object, buddy: QWidget | None = None
    ) -> None:
        if label:
            text = PlainLabel(label)
            if buddy is not None:
                text.setBuddy(buddy)
            self._labels.append(text)
            self.form.addRow(text, field)  # type: ignore[call-overload]
        else:
            # An empty label keeps hints and extras in line with the fields above them.
            self.form.addRow("", field)  # type: ignore[call-overload]
        self._rows.append((group, role, self.form.rowCount() - 1))

    def _refresh_rows(self) -> None:
        shown = MODE_GROUPS[self.mode]
        extras = {"number": self.pad_button.isChecked(), "more": self.more.isChecked()}
        for group, role, row in self._rows:
            visible = group in shown
            if role == "hint":
                visible = visible and bool(self.hints[group].text())
            elif role == "extra":
                visible = visible and extras[group]
            self.form.setRowVisible(row, visible)

    def _typed(self, text: str) -> None:
        if is_search(text):
            self.show_hint("number", "", error=False)  # a name: the list answers, not a hint
        else:
            self.numberEdited.emit("number", text)

    def searching(self) -> bool:
        """Whether the field holds a name being looked up (not a number)."""
        return is_search(self.number.text())

    def take_match(self) -> Match | None:
        """Before a call: the match picked in the list becomes the field's number."""
        match = self.search.take_match()
        if match is not None:
            self.numberEdited.emit("number", self.number.text())  # its "→ …" preview
        return match

    def _pad_key(self, key: str) -> None:
        if key == BACKSPACE:
            self.number.backspace()
        else:
            self.number.insert(key)
        self.numberEdited.emit("number", self.number.text())

    def _build_options(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(16, 0, 0, 0)
        self.ring_time = call_options.ring_time_box()
        self.ring_time.setAccessibleName(self.tr("Ring my phone for, seconds"))
        self.limit = call_options.limit_box()
        self.limit.setAccessibleName(self.tr("Longest call, seconds"))
        self.playback = call_options.playback_box()
        self.playback.setAccessibleName(self.tr("Play a please-hold message"))
        self.show_as = call_options.show_as_field()
        self.show_as.setAccessibleName(self.tr("What my phone shows"))
        self.async_ = call_options.async_box()
        self.async_.setAccessibleName(self.tr("Don't wait for my pickup"))
        self.ring_label = PlainLabel(self.tr("Ring my phone for:"))
        self.show_as_label = PlainLabel(self.tr("My phone shows:"))
        form.addRow(self.ring_label, self.ring_time)
        form.addRow(PlainLabel(self.tr("Longest call:")), self.limit)
        form.addRow(self.playback)
        form.addRow(self.show_as_label, self.show_as)
        form.addRow(self.async_)
        self._options_form = form
        return box

    def _toggle_options(self, shown: bool) -> None:
        set_props(self.more, arrowType="DownArrow" if shown else "RightArrow")
        self._refresh_rows()

    # -- modes ------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, kind: str) -> None:
        if kind == self._mode:
            return
        self._mode = kind
        self.mode_actions[KINDS.index(kind)].setChecked(True)
        self._apply_mode(kind)
        self.modeChanged.emit(kind)

    def _picked(self, kind: str) -> None:
        self.set_mode(kind)
        self.number.setFocus()  # chosen from the menu: the number is typed next

    def _apply_mode(self, kind: str) -> None:
        self._refresh_rows()
        self.mode_bar.setVisible(kind != CALL)
        if kind != CALL and not self.mode_title.font().bold():
            # Not before the first frame: QFont's first use makes its 8 enum types (~1 ms).
            font = self.mode_title.font()
            font.setBold(True)
            self.mode_title.setFont(font)
        self.mode_title.setText(self.mode_labels[kind])
        for widget in (
            self.ring_label,
            self.ring_time,
            self.show_as_label,
            self.show_as,
            self.async_,
        ):
            widget.setVisible(kind == CALL)
        self.number.setPlaceholderText(
            self.tr("First phone number") if kind == BRIDGE else self.search.placeholder
        )
        line_edit(self.company).setPlaceholderText(
            self.tr("Required: a company number") if kind == BRIDGE else self.tr("PBX default")
        )
        labels = {
            CALL: self.tr("Call", "button"),
            BRIDGE: self.tr("Connect"),
            ANNOUNCE: self.tr("Call with announcement"),
            IVR: self.tr("Call into voice menu"),
        }
        self.call_button.setText(labels[kind])

    # -- feedback ---------------------------------------------------------------------

    def show_hint(self, field: str, text: str, *, error: bool) -> None:
        label = self.hints[field]
        label.setText(text)
        styles.apply(label, styles.error_style if error else styles.ok_style)
        self._refresh_rows()

    def clear_hints(self) -> None:
        for field, label in self.hints.items():
            if field not in ("number", "number2") and label.text():
                self.show_hint(field, "", error=False)  # only hints showing something

    def set_busy(self, busy: bool) -> None:
        self.call_button.setEnabled(not busy)
        if busy:
            self.call_button.setText(self.tr("Calling…"))
        else:
            self._apply_mode(self.mode)

    # -- pickers ----------------------------------------------------------------------

    def set_extensions(self, items: Iterable[tuple[str, str]], current: str) -> None:
        """(extension, label) pairs; keeps what the user typed or chose."""
        typed = self.extension.currentText() or current
        self.extension.set_choices(items)
        index = self.extension.findData(typed.split(" ")[0] if typed else current)
        if index >= 0:
            self.extension.setCurrentIndex(index)
        else:
            self.extension.setEditText(typed)

    def set_voice_files(self, items: Iterable[tuple[str, str]]) -> None:
        from PySide6.QtCore import Qt  # the PBX's list: after the first frame (widgets/props)

        chosen = self.voice_file.currentData()
        self.voice_file.clear()
        for file_id, name in items:
            self.voice_file.addItem(name, file_id)
            self.voice_file.setItemData(
                self.voice_file.count() - 1,
                self.tr("Voice file {id}").format(id=file_id),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.voice_file.findData(chosen)
        if index >= 0:
            self.voice_file.setCurrentIndex(index)

    @staticmethod
    def set_choices(combo: QComboBox, items: Iterable[str]) -> None:
        text = combo.currentText()
        combo.clear()
        combo.addItems(list(items))
        combo.setEditText(text)

    def set_recent_numbers(self, numbers: list[str]) -> None:
        # One completer whose list is replaced: a new QCompleter per history change piled
        # up under the field all day, and swapping it in while a call's answer was being
        # delivered crashed Qt now and then.
        # The history's, after the first frame (the classes' first use makes enum types).
        from PySide6.QtCore import QStringListModel, Qt
        from PySide6.QtWidgets import QCompleter

        model = self.number.findChild(QStringListModel, "recentNumbers")
        if model is None:
            model = QStringListModel(self.number)
            model.setObjectName("recentNumbers")
            completer = QCompleter(model, self.number)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.number.setCompleter(completer)
        model.setStringList(numbers)

    def show_defaults(self, defaults: CallDefaults) -> None:
        """The saved call options in their fields (None: what the PBX does by itself)."""
        self.company.setEditText(defaults.company)
        self.ring_time.setValue(30 if defaults.ring_time is None else defaults.ring_time)
        self.limit.setValue(defaults.limit or 0)
        self.playback.setChecked(defaults.playback_waiting is not False)
        self.show_as.setText(defaults.show_as)
        self.async_.setChecked(defaults.async_)

    def show_request(self, request: CallRequest) -> None:
        """Every field as ``request`` has it, so nothing left over from an earlier call
        (a second number, another voice file) is seen, or sent."""
        kind = request.kind if request.kind in KINDS else CALL
        self.set_mode(kind)
        self.number.setText(request.number)
        self.number2.setText(request.number2)
        if request.extension:
            index = self.extension.findData(request.extension)
            if index >= 0:
                self.extension.setCurrentIndex(index)
            else:
                self.extension.setEditText(request.extension)
        if kind in (CALL, BRIDGE):
            self.company.setEditText(request.company)
            self.limit.setValue(request.limit or 0)
            self.playback.setChecked(request.playback_waiting is not False)
        if kind == CALL:
            self.ring_time.setValue(30 if request.ring_time is None else request.ring_time)
            self.show_as.setText(request.show_as)
            self.async_.setChecked(request.async_)
        if request.voice_file_id:
            index = self.voice_file.findData(request.voice_file_id)
            if index < 0:  # the list is not loaded (yet): the stored file is still chosen
                self.voice_file.addItem(
                    request.voice_file_name or request.voice_file_id, request.voice_file_id
                )
                index = self.voice_file.count() - 1
            self.voice_file.setCurrentIndex(index)
        if kind == IVR:
            self.ivr.setEditText(request.ivr_name)
        for field in ("number", "number2"):
            self.show_hint(field, "", error=False)  # a hint about the last number is stale

    def values(self) -> FormValues:
        return FormValues(
            kind=self.mode,
            number=self.number.text(),
            number2=self.number2.text(),
            extension=self.extension.currentText(),
            company=self.company.currentText(),
            voice_file_id=str(self.voice_file.currentData() or ""),
            voice_file_name=self.voice_file.currentText(),
            ivr_name=self.ivr.currentText(),
            ring_time=self.ring_time.value(),
            limit=self.limit.value(),
            playback_waiting=self.playback.isChecked(),
            show_as=self.show_as.text(),
            async_=self.async_.isChecked(),
        )
