"""Preferences through the real settings dialog: they survive restarts, an administrator's
system file gives the defaults, and the user's own changes win over it."""

from __future__ import annotations

import configparser
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.fakepbx import FakePBX
from calllauncher.services.account import Account
from calllauncher.services.settings import PREFERENCES, AppSettings, Key
from calllauncher.ui.settings_dialog import SettingsDialog
from calllauncher.ui.theme import apply_theme
from tests.support import account as shared
from tests.support.account import Launch, user_ini
from tests.support.values import KEY, SECRET

launch = shared.launch
fast_restore = shared.fast_restore

OFFICE = """\
; The office's file: every desk starts from these.
[api]
url=https://pbx-gateway.example.com/api/

[numbers]
company=0443334023, 0675550101
ivrNames=main, Головне меню
defaultRegion=PL

[call]
ringTime=40
playbackWaiting=false

[ui]
closeToTray=false
"""


@pytest.fixture(autouse=True)
def system_look() -> Iterator[None]:
    """Theme and log level are process-wide: give them back as they were."""
    level = logging.getLogger("calllauncher").level
    yield
    apply_theme("system")
    logging.getLogger("calllauncher").setLevel(level)


def system_file() -> Path:
    return Path(os.environ["CALLLAUNCHER_SYSTEM_CONFIG"])


def write_office_file(text: str = OFFICE) -> None:
    system_file().parent.mkdir(parents=True, exist_ok=True)
    system_file().write_text(text, "utf-8")


def signed_in(qtbot: QtBot, launch: Launch, pbx: FakePBX) -> AppParts:
    parts = launch(account=Account(KEY, pbx.url, "4.0"), secret=SECRET)
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
    return parts


def open_settings(parts: AppParts) -> SettingsDialog:
    parts.flows.settings_action.trigger()
    dialog = parts.flows.settings_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save(qtbot: QtBot, parts: AppParts, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert parts.flows.settings_dialog is None


def first_run(qtbot: QtBot, launch: Launch) -> AppParts:
    parts = launch()
    qtbot.waitUntil(lambda: parts.flows.welcome is not None, timeout=5000)
    parts.flows.welcome.reject()
    return parts


CHANGED: dict[str, Any] = {
    "account/extension": "903",
    "numbers/company": ["0443334000", "0675550101"],
    "numbers/ivrNames": ["main"],
    "numbers/defaultRegion": "PL",
    "call/ringTime": 45,
    "call/limitTime": 600,
    "call/playbackWaiting": False,
    "call/callerIdForEmployee": "CRM client",
    "call/async": True,
    "ui/closeToTray": False,
    "ui/startMinimized": True,
    "ui/startAtLogin": True,
    "ui/dialLinksAtOnce": True,
    "ui/dialSelection": True,
    "ui/notifications": False,
    "ui/language": "uk",
    "ui/theme": "dark",
    "log/debug": True,
    "hotkeys/dialClipboard": "Ctrl+Shift+F9",
    "hotkeys/showDialer": "",  # turned off
}


def test_every_setting_survives_a_restart(
    qtbot: QtBot, launch: Launch, pbx: FakePBX, isolated: Path
) -> None:
    parts = signed_in(qtbot, launch, pbx)
    assert parts.flows.settings_action.shortcut() == QKeySequence("Ctrl+,")
    assert parts.flows.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    dialog = open_settings(parts)
    assert dialog.extension.count() == 9  # the employee list (and a bare line), as in the dialer
    assert dialog.values() == parts.settings.defaults()  # nothing chosen yet

    dialog.extension.setCurrentIndex(dialog.extension.findData("903"))
    dialog.region.setCurrentIndex(dialog.region.findData("PL"))
    dialog.ring_time.setValue(45)
    dialog.limit.setValue(600)
    dialog.playback.setChecked(False)
    dialog.show_as.setText("CRM client")
    dialog.async_.setChecked(True)
    for text in ("(044) 333 40 00", "+48 22 123 45 67", "067 555 01 01"):
        dialog.company.entry.setText(text)
        qtbot.mouseClick(dialog.company.add_button, Qt.MouseButton.LeftButton)
    dialog.company.list.setCurrentRow(1)  # the Polish one goes again
    qtbot.mouseClick(dialog.company.remove_button, Qt.MouseButton.LeftButton)
    dialog.ivr.entry.setText("main")
    qtbot.keyClick(dialog.ivr.entry, Qt.Key.Key_Return)  # adds; does not press Save
    assert parts.flows.settings_dialog is dialog and dialog.isVisible()
    dialog.close_to_tray.setChecked(False)
    dialog.start_minimized.setChecked(True)
    dialog.start_at_login.setChecked(True)
    dialog.links_dial.setChecked(True)
    dialog.dial_selection.setChecked(True)
    dialog.notifications.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.debug.setChecked(True)
    dialog.hotkey_dial.setKeySequence(QKeySequence("Ctrl+Shift+F9"))
    qtbot.mouseClick(dialog.hotkey_none[Key.HOTKEY_SHOW], Qt.MouseButton.LeftButton)
    assert dialog.values() == CHANGED
    save(qtbot, parts, dialog)

    # Applied at once: the dialer's defaults, the theme, the log; the language says when.
    form = parts.window.form
    assert (form.ring_time.value(), form.limit.value()) == (45, 600)
    assert not form.playback.isChecked() and form.async_.isChecked()
    assert form.show_as.text() == "CRM client"
    assert form.extension.currentData() == "903"
    assert [form.company.itemText(i) for i in range(form.company.count())] == [
        "0443334000",
        "0675550101",
    ]
    assert parts.window.region == "PL"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert logging.getLogger("calllauncher").isEnabledFor(logging.DEBUG)
    assert "restarts" in parts.window.banner.text
    parts.window.close()
    parts.shutdown()

    again = signed_in(qtbot, launch, pbx)
    assert again.settings.preferences() == CHANGED
    assert open_settings(again).values() == CHANGED
    assert again.window.form.ring_time.value() == 45


def test_cancel_keeps_what_was_saved(qtbot: QtBot, launch: Launch) -> None:
    parts = first_run(qtbot, launch)
    dialog = open_settings(parts)
    dialog.ring_time.setValue(99)
    dialog.reject()
    assert parts.settings.value("call/ringTime") == 30
    assert not user_ini().has_option("call", "ringTime")


def test_a_bad_company_number_is_explained_and_kept(qtbot: QtBot, launch: Launch) -> None:
    parts = first_run(qtbot, launch)
    dialog = open_settings(parts)
    company = dialog.company

    company.entry.setText("0800-FLOWERS")
    qtbot.mouseClick(company.add_button, Qt.MouseButton.LeftButton)
    assert company.items() == []
    assert not company.hint.isHidden() and "letters" in company.hint.text()
    assert company.entry.text() == "0800-FLOWERS"  # nothing typed is lost

    company.entry.setText("+380 44 333-40-23")
    qtbot.mouseClick(company.add_button, Qt.MouseButton.LeftButton)
    company.entry.setText("044 333 40 23")
    qtbot.mouseClick(company.add_button, Qt.MouseButton.LeftButton)
    assert company.items() == ["0443334023"]  # normalised, once
    assert company.hint.isHidden() and company.entry.text() == ""


def test_presets_are_the_defaults_and_the_users_change_wins(qtbot: QtBot, launch: Launch) -> None:
    write_office_file()
    parts = first_run(qtbot, launch)

    # The window and both dialogs start from the office's values.
    form = parts.window.form
    assert form.ring_time.value() == 40 and not form.playback.isChecked()
    assert form.company.itemText(0) == "0443334023"
    assert parts.window.region == "PL"
    sign_in = parts.flows.open_sign_in()
    assert sign_in.url.text() == "https://pbx-gateway.example.com/api/"
    sign_in.reject()
    dialog = open_settings(parts)
    assert dialog.company.items() == ["0443334023", "0675550101"]
    assert dialog.ivr.items() == ["main", "Головне меню"]
    assert dialog.region.currentData() == "PL"
    assert (dialog.ring_time.value(), dialog.playback.isChecked()) == (40, False)
    assert not dialog.close_to_tray.isChecked()
    assert dialog.preset_note.isVisible()
    ring_label = dialog._labels["call/ringTime"]
    assert ring_label.text().endswith("◆") and "40" in ring_label.toolTip()
    assert not dialog._labels["call/async"].text().endswith("◆")

    dialog.ring_time.setValue(50)  # the user's own choice
    save(qtbot, parts, dialog)

    ini = user_ini()
    assert ini.get("call", "ringTime") == "50"
    # Untouched values are not copied: they keep following the office's file.
    assert not ini.has_section("numbers") and not ini.has_option("call", "playbackWaiting")
    parts.window.close()
    parts.shutdown()

    write_office_file(OFFICE.replace("0675550101", "0800300123").replace("=40", "=35"))
    again = first_run(qtbot, launch)
    assert again.window.form.ring_time.value() == 50  # the user's change wins
    assert again.settings.strings("numbers/company") == ["0443334023", "0800300123"]
    dialog = open_settings(again)
    assert dialog.company.items() == ["0443334023", "0800300123"]

    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.ring_time.value() == 35  # the office's, not the built-in 30
    save(qtbot, again, dialog)
    assert not user_ini().has_option("call", "ringTime")
    assert again.window.form.ring_time.value() == 35


def test_a_user_can_empty_a_preset_list(qtbot: QtBot, launch: Launch) -> None:
    write_office_file()
    parts = first_run(qtbot, launch)
    dialog = open_settings(parts)
    dialog.company.list.selectAll()
    qtbot.mouseClick(dialog.company.remove_button, Qt.MouseButton.LeftButton)
    save(qtbot, parts, dialog)
    parts.window.close()
    parts.shutdown()

    again = first_run(qtbot, launch)
    assert again.settings.strings("numbers/company") == []
    assert again.window.form.company.count() == 0


def test_the_theme_changes_at_once_and_goes_back(qtbot: QtBot, launch: Launch) -> None:
    parts = first_run(qtbot, launch)
    system = QApplication.palette().color(QPalette.ColorRole.Window)
    for theme, dark in (("dark", True), ("light", False), ("system", None)):
        dialog = open_settings(parts)
        dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
        save(qtbot, parts, dialog)
        colour = QApplication.palette().color(QPalette.ColorRole.Window)
        if dark is None:
            assert colour == system
        else:
            assert (colour.lightness() < 80) == dark


# ----- AppSettings on its own --------------------------------------------------------------


def test_values_are_typed_whatever_the_file_holds() -> None:
    write_office_file("[call]\nringTime=abc\nasync=yes\n[numbers]\ncompany=0443334023\nivrNames=\n")
    settings = AppSettings()
    assert settings.value("call/ringTime") == 30  # not a number: the built-in default
    assert settings.value("call/async") is True
    assert settings.value("numbers/company") == ["0443334023"]  # one item is a list
    assert settings.value("numbers/ivrNames") == []
    assert set(settings.preferences()) == set(PREFERENCES)


def test_put_keeps_only_real_choices() -> None:
    write_office_file("[call]\nringTime=40\n")
    settings = AppSettings()
    settings.put("call/ringTime", 40)
    settings.put("call/async", False)
    settings.sync()
    assert not settings.is_user_set("call/ringTime") and not settings.is_user_set("call/async")
    settings.put("call/ringTime", 30)  # the built-in value, but not the office's: a choice
    settings.sync()
    parser = configparser.ConfigParser()
    parser.read(settings.file_name, "utf-8")
    assert parser.get("call", "ringTime") == "30"


def test_every_key_has_a_default_and_the_code_names_keys_only_by_enum() -> None:
    """Settings as data: one table of keys and defaults, no key spelled out anywhere else
    (a typo there would read a setting nobody writes)."""
    import re

    from calllauncher.services import settings as module

    assert set(module.DEFAULTS) == set(module.Key)
    assert set(module.PREFERENCES) <= set(module.Key)
    assert not set(module.RETIRED) & {key.value for key in module.Key}
    root = Path(module.__file__).resolve().parent.parent
    spelled = re.compile(
        r"""["'](?:{})/\w+["']""".format("|".join({k.split("/")[0] for k in module.Key}))
    )
    found = {
        str(path.relative_to(root)): spelled.findall(path.read_text(encoding="utf-8"))
        for path in root.rglob("*.py")
        if path.name != "settings.py" or path.parent.name != "services"
    }
    assert {name: keys for name, keys in found.items() if keys} == {}
