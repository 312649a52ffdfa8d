"""Preferences: calls, numbers and the app. Shows what is in effect — the user's own choice,
else the administrator's preset, else the built-in default — and hands back plain values;
the window saves only what changed (AppSettings.save_preferences)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..controller.form import check_number
from ..services.settings import AppSettings, Key
from .account_widgets import EditableList, any_text
from .plain import PlainLabel, plain_tooltip
from .widgets import call_options
from .widgets.pickers import ExtensionPicker
from .widgets.text import note

# (region, calling code) offered for numbers typed without a country code.
REGIONS = (
    ("UA", "+380"), ("PL", "+48"), ("MD", "+373"), ("RO", "+40"), ("SK", "+421"),
    ("HU", "+36"), ("CZ", "+420"), ("DE", "+49"), ("GB", "+44"), ("US", "+1"),
)  # fmt: skip
# Language names are written in their own language, so anyone can find theirs.
LANGUAGES = (("en", "English"), ("uk", "Українська"), ("ru", "Русский"))
THEMES = ("system", "light", "dark")


class SettingsDialog(QDialog):
    registerLinksRequested = Signal()  # the desktop glue does it, on a worker

    def __init__(
        self,
        settings: AppSettings,
        colleagues: Iterable[tuple[str, str]] = (),
        parent: QWidget | None = None,
        hotkey_notes: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._region = str(settings.value(Key.REGION))
        self._hotkey_notes = list(hotkey_notes)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._calls_page(list(colleagues)), self.tr("Calls"))
        self.tabs.addTab(self._numbers_page(), self.tr("Numbers"))
        self.tabs.addTab(self._app_page(), self.tr("App"))
        self.tabs.addTab(self._shortcuts_page(), self.tr("Shortcuts"))

        self.preset_note = note(
            self.tr(
                "Values marked ◆ were preset by your administrator; your own changes take "
                "priority over them."
            )
        )
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.setToolTip(self.tr("Go back to your office's or the built-in values"))
        self.defaults_button.clicked.connect(lambda: self.set_values(settings.defaults()))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Save"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.tabs)
        layout.addWidget(self.preset_note)
        layout.addLayout(buttons)
        self.setMinimumWidth(540)

        self.before = settings.preferences()
        self.set_values(self.before)
        self._mark_presets()

    # -- pages --------------------------------------------------------------------------

    @staticmethod
    def _form(page: QWidget) -> QFormLayout:
        form = QFormLayout(page)
        form.setContentsMargins(14, 14, 14, 14)
        form.setVerticalSpacing(9)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _calls_page(self, colleagues: list[tuple[str, str]]) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.extension = ExtensionPicker(self.tr("e.g. 901"))
        self.extension.set_choices(colleagues)
        self.region = QComboBox()
        names = {
            "UA": self.tr("Ukraine"), "PL": self.tr("Poland"), "MD": self.tr("Moldova"),
            "RO": self.tr("Romania"), "SK": self.tr("Slovakia"), "HU": self.tr("Hungary"),
            "CZ": self.tr("Czechia"), "DE": self.tr("Germany"),
            "GB": self.tr("United Kingdom"), "US": self.tr("United States"),
        }  # fmt: skip
        for code, prefix in REGIONS:
            self.region.addItem(f"{names[code]} ({prefix})", code)
        self.ring_time = call_options.ring_time_box()
        self.limit = call_options.limit_box()
        self.playback = call_options.playback_box()
        self.show_as = call_options.show_as_field()
        self.async_ = call_options.async_box()
        self._labels: dict[Key, QLabel] = {}
        self._add(form, Key.EXTENSION, self.tr("My &extension:"), self.extension)
        form.addRow("", note(self.tr("Your desk phone, which rings first when you call.")))
        self._add(form, Key.REGION, self.tr("&Country for numbers:"), self.region)
        form.addRow(
            "", note(self.tr("Numbers typed without + and a country code are dialled here."))
        )
        heading = PlainLabel(self.tr("Defaults for new calls"))
        heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
        form.addRow(heading)
        self._add(form, Key.RING_TIME, self.tr("&Ring my phone for:"), self.ring_time)
        self._add(form, Key.LIMIT_TIME, self.tr("&Longest call:"), self.limit)
        self._add(form, Key.PLAYBACK_WAITING, "", self.playback)
        self._add(form, Key.SHOW_AS, self.tr("My phone &shows:"), self.show_as)
        self._add(form, Key.ASYNC, "", self.async_)
        return page

    def _numbers_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.company = EditableList(self.tr("e.g. 044 333 40 23"), self._company_number)
        self.ivr = EditableList(self.tr("Voice menu name"), any_text)
        self._add(form, Key.COMPANY_NUMBERS, self.tr("Company &numbers:"), self.company)
        form.addRow(
            "", note(self.tr("The numbers your company calls from, offered in the dialer."))
        )
        self._add(form, Key.IVR_NAMES, self.tr("&Voice menus:"), self.ivr)
        form.addRow(
            "", note(self.tr("The PBX can't list its voice menus, so type their names here."))
        )
        for label in (self._labels[Key.COMPANY_NUMBERS], self._labels[Key.IVR_NAMES]):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return page

    def _app_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps CallLauncher in the tray"))
        self.start_minimized = QCheckBox(self.tr("Start minimized"))
        self.start_at_login = QCheckBox(self.tr("Start when I log in"))
        self.links_fill = QRadioButton(self.tr("Fill in the number, I press Call"))
        self.links_dial = QRadioButton(self.tr("Dial at once"))
        links = QVBoxLayout()
        links.setSpacing(2)
        links.addWidget(self.links_fill)
        links.addWidget(self.links_dial)
        # Short: a check box does not wrap, and the longer sentence was cut at the
        # dialog's width (the tool tip says the rest).
        self.dial_selection = QCheckBox(self.tr("Also dial a number that is only highlighted"))
        self.dial_selection.setToolTip(
            self.tr(
                "Off: only a number you copied is dialled. On: a number you only highlighted "
                "(the X11 selection) is dialled too."
            )
        )
        self.notifications = QCheckBox(self.tr("Show a notice when a call connects and ends"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.theme = QComboBox()
        for code, name in zip(
            THEMES, (self.tr("Same as the system"), self.tr("Light"), self.tr("Dark")), strict=True
        ):
            self.theme.addItem(name, code)
        self.debug = QCheckBox(self.tr("Detailed log, for support"))
        self._add(form, Key.CLOSE_TO_TRAY, self.tr("Window:"), self.close_to_tray)
        self._add(form, Key.START_MINIMIZED, "", self.start_minimized)
        self._add(form, Key.START_AT_LOGIN, "", self.start_at_login)
        self.register_links = QPushButton(self.tr("Open tel: and callto: links with CallLauncher"))
        self.register_links.setAccessibleName(self.tr("Make CallLauncher the phone link handler"))
        self.register_links.clicked.connect(self.registerLinksRequested)
        links.addWidget(self.register_links, 0, Qt.AlignmentFlag.AlignLeft)
        self._add(form, Key.DIAL_LINKS_AT_ONCE, self.tr("Phone links:"), links, self.links_fill)
        self._add(form, Key.DIAL_SELECTION, self.tr("Clipboard:"), self.dial_selection)
        self._add(form, Key.NOTIFICATIONS, self.tr("Notices:"), self.notifications)
        self._add(form, Key.LANGUAGE, self.tr("&Language:"), self.language)
        form.addRow("", note(self.tr("A new language applies when CallLauncher restarts.")))
        self._add(form, Key.THEME, self.tr("&Theme:"), self.theme)
        self._add(form, Key.DEBUG_LOG, self.tr("Log:"), self.debug)
        form.addRow("", note(self.tr("Secrets are never written to the log, detailed or not.")))
        return page

    def _shortcuts_page(self) -> QWidget:
        page = QWidget()
        form = self._form(page)
        self.hotkey_none: dict[Key, QPushButton] = {}
        heading = PlainLabel(self.tr("Global shortcuts (work in every program)"))
        heading.setStyleSheet("font-weight: 600;")
        form.addRow(heading)
        form.addRow(
            note(
                self.tr(
                    "Click a field and press the keys you want; None turns that shortcut off. "
                    "The copied number is dialled from your extension at once."
                )
            )
        )
        self.hotkey_dial = self._hotkey_edit(
            form, Key.HOTKEY_DIAL, self.tr("Dial the &copied number:")
        )
        self.hotkey_show = self._hotkey_edit(form, Key.HOTKEY_SHOW, self.tr("Show the dial&er:"))
        # Said here, next to the keys, rather than as a banner each start.
        self.hotkey_note = note()
        self.hotkey_note.setObjectName("hotkeyNote")
        form.addRow("", self.hotkey_note)
        self.set_hotkey_notes(self._hotkey_notes)
        return page

    def _hotkey_edit(self, form: QFormLayout, key: Key, label: str) -> QKeySequenceEdit:
        edit = QKeySequenceEdit()
        edit.setMaximumSequenceLength(1)  # one chord: a sequence can't be grabbed globally
        edit.setClearButtonEnabled(True)
        none = QPushButton(self.tr("None"))
        none.setAutoDefault(False)
        none.setToolTip(self.tr("No global shortcut for this"))
        none.clicked.connect(edit.clear)
        self.hotkey_none[key] = none
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(none)
        self._add(form, key, label, row, edit)
        return edit

    def set_hotkey_notes(self, sentences: Sequence[str]) -> None:
        """Why a global shortcut is not in effect (none: the note is hidden)."""
        self._hotkey_notes = list(sentences)
        if hasattr(self, "hotkey_note"):
            self.hotkey_note.setText("\n".join(self._hotkey_notes))
            self.hotkey_note.setVisible(bool(self._hotkey_notes))

    def _add(
        self, form: QFormLayout, key: Key, label: str, field: Any, buddy: QWidget | None = None
    ) -> None:
        text = PlainLabel(label)
        text.setBuddy(buddy or field)
        self._labels[key] = text
        form.addRow(text, field)

    def _mark_presets(self) -> None:
        any_preset = False
        for key, label in self._labels.items():
            if self._settings.is_preset(key):
                any_preset = True
                label.setText(label.text() + " ◆" if label.text() else "◆")
                label.setToolTip(
                    plain_tooltip(
                        self.tr("Preset by your administrator: {value}").format(
                            value=_shown(self._settings.default_value(key))
                        )
                    )
                )
        self.preset_note.setVisible(any_preset)

    # -- validation ---------------------------------------------------------------------

    def _company_number(self, text: str) -> tuple[str, str]:
        if not text.strip():
            return "", ""
        result = check_number(text, self._region, allow_extension=False)
        if isinstance(result, str):
            return "", result
        return result.digits, ""

    # -- values in and out --------------------------------------------------------------

    def set_values(self, values: dict[Key, Any]) -> None:
        self.extension.choose(str(values[Key.EXTENSION]))
        self.region.setCurrentIndex(max(0, self.region.findData(values[Key.REGION])))
        self.ring_time.setValue(int(values[Key.RING_TIME]))
        self.limit.setValue(int(values[Key.LIMIT_TIME]))
        self.playback.setChecked(bool(values[Key.PLAYBACK_WAITING]))
        self.show_as.setText(str(values[Key.SHOW_AS]))
        self.async_.setChecked(bool(values[Key.ASYNC]))
        self.company.set_items(values[Key.COMPANY_NUMBERS])
        self.ivr.set_items(values[Key.IVR_NAMES])
        self.close_to_tray.setChecked(bool(values[Key.CLOSE_TO_TRAY]))
        self.start_minimized.setChecked(bool(values[Key.START_MINIMIZED]))
        self.start_at_login.setChecked(bool(values[Key.START_AT_LOGIN]))
        (self.links_dial if values[Key.DIAL_LINKS_AT_ONCE] else self.links_fill).setChecked(True)
        self.dial_selection.setChecked(bool(values[Key.DIAL_SELECTION]))
        self.notifications.setChecked(bool(values[Key.NOTIFICATIONS]))
        self.language.setCurrentIndex(max(0, self.language.findData(values[Key.LANGUAGE])))
        self.theme.setCurrentIndex(max(0, self.theme.findData(values[Key.THEME])))
        self.debug.setChecked(bool(values[Key.DEBUG_LOG]))
        self.hotkey_dial.setKeySequence(QKeySequence(str(values[Key.HOTKEY_DIAL])))
        self.hotkey_show.setKeySequence(QKeySequence(str(values[Key.HOTKEY_SHOW])))

    def values(self) -> dict[Key, Any]:
        return {
            Key.EXTENSION: self.extension.chosen(),
            Key.COMPANY_NUMBERS: self.company.items(),
            Key.IVR_NAMES: self.ivr.items(),
            Key.REGION: str(self.region.currentData()),
            Key.RING_TIME: self.ring_time.value(),
            Key.LIMIT_TIME: self.limit.value(),
            Key.PLAYBACK_WAITING: self.playback.isChecked(),
            Key.SHOW_AS: self.show_as.text().strip(),
            Key.ASYNC: self.async_.isChecked(),
            Key.CLOSE_TO_TRAY: self.close_to_tray.isChecked(),
            Key.START_MINIMIZED: self.start_minimized.isChecked(),
            Key.START_AT_LOGIN: self.start_at_login.isChecked(),
            Key.DIAL_LINKS_AT_ONCE: self.links_dial.isChecked(),
            Key.DIAL_SELECTION: self.dial_selection.isChecked(),
            Key.NOTIFICATIONS: self.notifications.isChecked(),
            Key.LANGUAGE: str(self.language.currentData() or ""),
            Key.THEME: str(self.theme.currentData() or "system"),
            Key.DEBUG_LOG: self.debug.isChecked(),
            Key.HOTKEY_DIAL: _portable(self.hotkey_dial),
            Key.HOTKEY_SHOW: _portable(self.hotkey_show),
        }


def _portable(edit: QKeySequenceEdit) -> str:
    return edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        if value:
            return QApplication.translate("SettingsDialog", "on")
        return QApplication.translate("SettingsDialog", "off")
    if isinstance(value, list):
        return ", ".join(value) or "—"
    return str(value) or "—"
