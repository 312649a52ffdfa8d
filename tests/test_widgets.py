"""The shared widgets: one extension picker, one dial pad, one set of call-option fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from calllauncher.services.settings import AppSettings
from calllauncher.ui.dialer_form import DialerForm
from calllauncher.ui.settings_dialog import SettingsDialog
from calllauncher.ui.widgets.pickers import ExtensionPicker

COLLEAGUES = [("901", "901 — Olena"), ("902", "902 — Andrii")]


def test_the_picker_says_what_was_chosen(qtbot: QtBot) -> None:
    picker = ExtensionPicker("e.g. 901")
    qtbot.addWidget(picker)
    picker.set_choices(COLLEAGUES)
    picker.choose("902")
    assert picker.currentText() == "902 — Andrii" and picker.chosen() == "902"
    picker.setEditText("  901 — Olena ")
    assert picker.listed() == "901" and picker.chosen() == "901"
    picker.setEditText("905 — someone not listed")
    assert picker.listed() == "" and picker.chosen() == "905"
    picker.setEditText("0443334023")  # a number typed by hand stays as typed
    assert picker.chosen() == "0443334023"
    picker.choose("")
    assert picker.currentIndex() == -1 and picker.currentText() == ""
    picker.choose("777")
    assert picker.currentText() == "777"


def test_the_dial_pad_types_into_the_number_and_backspaces(qtbot: QtBot) -> None:
    form = DialerForm()
    qtbot.addWidget(form)
    edits: list[tuple[str, str]] = []
    form.numberEdited.connect(lambda field, text: edits.append((field, text)))
    keys = {b.text(): b for b in form.pad.findChildren(QPushButton)}
    assert len(keys) == 12
    for key in "044":
        qtbot.mouseClick(keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["⌫"], Qt.MouseButton.LeftButton)
    assert form.number.text() == "04"
    assert edits[-1] == ("number", "04")
    assert keys["⌫"].accessibleName() == "Delete"
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in keys.values())


def test_the_dialer_and_settings_offer_the_same_call_options(qtbot: QtBot) -> None:
    form = DialerForm()
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(form)
    qtbot.addWidget(dialog)
    for name in ("ring_time", "limit"):
        ours, theirs = getattr(form, name), getattr(dialog, name)
        assert (ours.minimum(), ours.maximum(), ours.singleStep(), ours.suffix()) == (
            theirs.minimum(),
            theirs.maximum(),
            theirs.singleStep(),
            theirs.suffix(),
        )
        assert ours.specialValueText() == theirs.specialValueText()
    assert form.playback.text() == dialog.playback.text()
    assert form.show_as.placeholderText() == dialog.show_as.placeholderText()
    assert form.async_.text() == dialog.async_.text()


def test_colours_follow_the_theme_from_one_table(qtbot: QtBot) -> None:
    """A hint shown in the light theme is repainted with the dark half of its pair."""
    from calllauncher.ui.banner import Banner
    from calllauncher.ui.theme import apply_theme
    from calllauncher.ui.widgets import palette

    form = DialerForm()
    banner = Banner()
    qtbot.addWidget(form)
    qtbot.addWidget(banner)
    try:
        apply_theme("light")
        form.show_hint("number", "Not a number", error=True)
        banner.show_message("Could not call.", kind="error")
        hint = form.hints["number"]
        assert palette.ERROR_TEXT.light in hint.styleSheet()
        apply_theme("dark")
        assert palette.is_dark()
        assert palette.ERROR_TEXT.dark in hint.styleSheet()
        frames = [w.styleSheet() for w in banner.findChildren(QWidget) if w.styleSheet()]
        assert any(palette.FRAMES["error"].background.dark in sheet for sheet in frames)
        assert palette.PRIMARY.dark in form.call_button.styleSheet()
    finally:
        apply_theme("system")


def test_the_form_set_by_property_names_is_as_qt_enums_would_set_it(qtbot: QtBot) -> None:
    """ui/widgets/props: the values set by key name before the first frame."""
    from PySide6.QtGui import QKeySequence

    from calllauncher.ui.plain import PlainLabel
    from calllauncher.ui.widgets.search_field import _MATCH

    form = DialerForm()
    qtbot.addWidget(form)
    assert PlainLabel("<b>x</b>").textFormat() == Qt.TextFormat.PlainText
    assert form.pad_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert form.pad_button.shortcut() == QKeySequence("Ctrl+D")
    assert form.more.arrowType() == Qt.ArrowType.RightArrow
    assert form.more.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert form.form.labelAlignment() == right
    action = form.mode_actions[1]
    assert action.shortcut() == QKeySequence("Ctrl+2")
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert form.search.results.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert Qt.ItemDataRole.UserRole.value == _MATCH


def test_a_wrong_property_name_or_key_is_refused(qtbot: QtBot) -> None:
    from calllauncher.ui.widgets.props import set_props

    widget = QWidget()
    qtbot.addWidget(widget)
    for wrong in ({"focusPolicy": "NoFocuss"}, {"focusPolicyy": "NoFocus"}):
        with pytest.raises(ValueError, match="no property"):
            set_props(widget, **wrong)
