"""My presence and the team, on the real window signed in to the simulated PBX over real
HTTP: one request per change (window and tray), a refusal said and the state kept, the team
panel following the PBX within the refresh budget, the transfer picker marking lines."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import History
from calllauncher.services.settings import Key
from calllauncher.ui.shell import Shell
from calllauncher.ui.team_wiring import TeamParts
from calllauncher.ui.widgets import palette

CHANGE = "change-employee-presence-state"
LIST = "list-of-employees"


def changes(pbx: FakePBX) -> list[dict[str, object]]:
    return [r.params for r in pbx.requests_for(CHANGE)]


def state_in_pbx(pbx: FakePBX, ext: str) -> str:
    for e in pbx.employees:
        if e["endpointData"]["internalNumber"] == ext:
            return str(e["presenceState"])
    raise AssertionError(ext)


def employee(pbx: FakePBX, ext: str) -> dict[str, object]:
    return next(e for e in pbx.employees if e["endpointData"]["internalNumber"] == ext)


def entry(menu: QMenu, state: str) -> QAction:
    menu.aboutToShow.emit()  # what opening it does
    found = menu.findChild(QAction, f"presence-{state.replace(' ', '-')}")
    assert isinstance(found, QAction), [a.text() for a in menu.actions()]
    return found


@pytest.fixture
def team(qtbot: QtBot, parts: AppParts) -> TeamParts:
    found = parts.team
    qtbot.waitUntil(lambda: found.presence.state == "active", timeout=5000)
    return found


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "h.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


def test_my_presence_is_found_by_my_extension(team: TeamParts) -> None:
    me = team.presence.me()
    assert me is not None and (me.employee_id, me.extension) == ("4401", "901")
    assert team.button.text() == "Available"
    assert "Ctrl+Shift+P" in team.button.toolTip()  # the shortcut is told
    assert team.button.focusPolicy() & Qt.FocusPolicy.TabFocus  # keyboard reachable


def test_a_change_from_the_window_sends_one_request(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.6, method=CHANGE)
    menu = team.button.menu()
    assert menu is not None
    entry(menu, "break in work").trigger()
    entry(menu, "break in work").trigger()  # the second click while it is on its way
    assert team.button.text() == "Available…"  # shown as asked, not yet as done
    qtbot.waitUntil(lambda: team.button.state == "break in work", timeout=5000)
    assert changes(pbx) == [{"employeeID": "4401", "presenceState": "break in work"}]
    assert state_in_pbx(pbx, "901") == "break in work"
    assert team.button.text() == "On a break"
    assert entry(menu, "break in work").isChecked()
    # Everywhere: the extension picker's label of my line says it too.
    assert "901 — Олена Коваленко (on a break)" in dict(parts.window.colleagues()).values()


def test_the_latest_choice_wins(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=0.6, method=CHANGE)
    team.choose("break in work")
    team.choose("work in crm")  # changed my mind while the first was on its way
    team.choose("inactive")  # and again: only this one goes next
    qtbot.waitUntil(lambda: team.presence.state == "inactive", timeout=5000)
    assert [c["presenceState"] for c in changes(pbx)] == ["break in work", "inactive"]
    assert state_in_pbx(pbx, "901") == "inactive"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a popup
def test_the_shortcut_opens_the_menu(qtbot: QtBot, parts: AppParts, team: TeamParts) -> None:
    seen: list[bool] = []
    menu = team.button.menu()
    assert menu is not None

    def look() -> None:
        seen.append(menu.isVisible())
        menu.close()

    QTimer.singleShot(200, look)
    parts.window.activateWindow()
    qtbot.keyClick(
        parts.window.form.number,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [True]


def test_a_change_from_the_tray_sends_one_request_and_the_tray_shows_it(
    qtbot: QtBot, parts: AppParts, team: TeamParts, shell: Shell, pbx: FakePBX
) -> None:
    tray = shell.tray
    assert tray.presence == "Available" and "Available" in tray.tool_tip()
    tray.menu.aboutToShow.emit()
    status = tray.actions_by_text()["My status"].menu()
    assert isinstance(status, QMenu)
    checked = [a.text() for a in status.actions() if a.isChecked()]
    assert len(checked) == 1 and checked[0].endswith("Available")
    away = entry(status, "inactive")
    away.trigger()
    qtbot.waitUntil(lambda: tray.presence == "Away", timeout=5000)
    assert changes(pbx) == [{"employeeID": "4401", "presenceState": "inactive"}]
    assert tray.tool_tip() == "CallLauncher — Away"
    tray.menu.aboutToShow.emit()  # opened again: the check mark moved
    status = tray.actions_by_text()["My status"].menu()
    assert isinstance(status, QMenu)
    assert [a.text().endswith("Away") for a in status.actions() if a.isChecked()] == [True]
    assert team.button.text() == "Away"  # the window says the same


def test_a_refused_change_is_said_and_the_state_stays(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    pbx.inject(
        Fault.ERROR, code=104, message="Wrong data: employeeID (no such employee)", method=CHANGE
    )
    team.choose("break in work")
    banner = parts.window.banner
    qtbot.waitUntil(lambda: "not changed" in banner.text, timeout=5000)
    assert banner.text.startswith("Your status was not changed. The PBX rejected a value")
    assert "employeeID (no such employee)" in banner.text
    assert team.presence.state == "active"
    assert team.button.text() == "Available"
    assert len(changes(pbx)) == 1
    team.choose("break in work")  # chosen again: sent again
    qtbot.waitUntil(lambda: team.presence.state == "break in work", timeout=5000)


def test_a_line_without_an_employee_has_no_status_to_set(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    parts.window.settings.set(Key.EXTENSION, "907")  # the meeting room's phone
    team.choose("inactive")
    assert "Extension 907 is not linked to an employee" in parts.window.banner.text
    assert changes(pbx) == []


def test_the_team_panel_lists_colleagues_and_follows_the_pbx(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    assert team.dock.isHidden()  # hidden until asked for
    assert team.toggle in parts.flows.menu.actions()  # the menu shows it with its key
    assert team.toggle.shortcut().toString() == "Ctrl+T"
    qtbot.keyClick(parts.window.form.number, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(team.dock.isVisible, timeout=3000)
    panel = team.panel
    assert panel.filter.hasFocus()  # type to find at once
    assert parts.window.settings.flag(Key.TEAM_PANEL)  # open again at the next start
    rows = {row[1]: row for row in panel.rows()}
    assert "901" not in rows  # me
    assert rows["902"] == ("Andrii Shevchenko", "902", "available", "on a call")
    assert rows["903"][2:] == ("working in CRM", "online")
    assert rows["908"][2:] == ("away", "phone offline")
    assert rows["907"][0] == "Переговорна"  # a line without a user, by its own name
    shown = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    words = " ".join(f"{it.text(c)} {it.toolTip(c)}" for it in shown if it for c in range(4))
    assert "fake-sip-" not in words and "sip73" not in words  # no SIP login or password

    jurii = employee(pbx, "905")
    jurii["presenceState"] = "active"
    jurii["endpointData"]["status"]["status"] = "offline"  # type: ignore[index]
    team.presence.time_scale = 0.02  # a minute is 1.2 s now
    team.presence.refresh()
    qtbot.waitUntil(
        lambda: dict((r[1], r) for r in panel.rows())["905"][2:] == ("available", "phone offline"),
        timeout=5000,
    )
    # The window's pickers took the same answer: the transfer list says it too.
    assert any(
        "905" in label and "phone offline" in label for _, label in parts.window.colleagues()
    )


def test_typing_filters_and_enter_calls_the_colleague(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    team.show_team()
    team.panel.filter.setText("бонд")  # any part of a name, any case
    assert [r[1] for r in team.panel.rows()] == ["903"]
    team.panel.filter.clear()
    qtbot.keyClicks(team.panel.filter, "SHEV")
    assert [r[1] for r in team.panel.rows()] == ["902"]
    qtbot.keyClick(team.panel.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("ext_to_phone")), timeout=5000)
    (sent,) = pbx.requests_for("ext_to_phone")
    assert (sent.params["internalNumber"], sent.params["externalNumber"]) == ("901", "902")


def test_a_double_click_calls_too(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    team.show_team()
    panel = team.panel
    qtbot.waitUntil(lambda: panel.list.viewport().height() > 50, timeout=3000)
    panel.select("909")
    item = panel.list.currentItem()
    assert item is not None
    rect = panel.list.visualItemRect(item)
    at = QPoint(rect.left() + 20, rect.center().y())  # on the name
    # A real double click: the first click, then QTest's double-click event.
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("ext_to_phone")), timeout=5000)
    (sent,) = pbx.requests_for("ext_to_phone")  # one click more sent nothing more
    assert sent.params["externalNumber"] == "909"


def count_lists(pbx: FakePBX, seconds: float) -> int:
    before = len(pbx.requests_for(LIST))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return len(pbx.requests_for(LIST)) - before


def test_the_refresh_keeps_within_its_budget(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    presence = team.presence
    presence.time_scale = 0.01  # a minute is 0.6 s, the tray's ten minutes 6 s
    presence.refresh()
    seen = count_lists(pbx, 3.0)
    assert 3 <= seen <= 3.0 / 0.6 + 1  # every 0.6 s, never more often
    times = [r.received_at for r in pbx.requests_for(LIST)][-seen:]
    assert all(b - a >= 0.6 * 0.95 for a, b in itertools.pairwise(times))
    parts.window.hide()  # in the tray: the slow pace
    assert count_lists(pbx, 2.5) <= 1
    parts.window.show()


def test_a_106_pushes_the_next_refresh_back(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    presence = team.presence
    presence.time_scale = 0.01
    pbx.inject(Fault.RATE_LIMIT, delay=150, method=LIST)  # "after 150 sec": too long to wait
    presence.refresh()
    qtbot.waitUntil(lambda: presence.due_at() - time.monotonic() > 1.0, timeout=3000)
    refused_at = pbx.requests_for(LIST)[-1].received_at
    assert count_lists(pbx, 1.2) == 0  # 150 s asked, scaled: 1.5 s; never sooner
    qtbot.waitUntil(lambda: pbx.requests_for(LIST)[-1].received_at > refused_at, timeout=5000)
    assert pbx.requests_for(LIST)[-1].received_at - refused_at >= 1.5 * 0.95


def test_the_transfer_picker_marks_offline_and_busy_lines(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    from calllauncher.ui.transfer_dialog import TransferDialog

    form = parts.window.form
    form.number.setText("0443334023")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(parts.live.live()), timeout=5000)
    row = next(iter(parts.window.calls_view.rows.values()))
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TransferDialog)
        choice = dialog.choice
        for ext in ("902", "903", "904", "908"):
            index = choice.findData(ext)
            brush = choice.itemData(index, Qt.ItemDataRole.ForegroundRole)
            seen[ext] = (
                choice.itemText(index),
                brush.color().name() if brush is not None else "",
                not choice.itemIcon(index).isNull(),
            )
        choice.setCurrentIndex(choice.findData("908"))
        seen["note"] = dialog.line_note.text() if dialog.line_note.isVisibleTo(dialog) else ""
        choice.setCurrentIndex(choice.findData("903"))
        seen["note online"] = dialog.line_note.isVisibleTo(dialog)
        dialog.reject()

    QTimer.singleShot(100, look)
    qtbot.mouseClick(row.transfer_button, Qt.MouseButton.LeftButton)  # returns when closed
    line = palette.LINE
    assert seen["908"] == ("908 — Тарас Олійник (away, phone offline)", line["offline"].light, True)
    assert seen["902"] == (
        "902 — Andrii Shevchenko (available, on a call)",
        line["inuse"].light,
        True,
    )
    assert seen["904"][1] == line["ringing"].light  # type: ignore[index]
    assert seen["903"][1] == ""  # an online line keeps the ordinary colour
    assert "offline" in str(seen["note"])
    assert seen["note online"] is False
    parts.live.hang_up(row.call_id)


def test_signed_out_there_is_no_status_to_set(
    qtbot: QtBot, parts: AppParts, team: TeamParts, pbx: FakePBX
) -> None:
    parts.connection.sign_out()
    assert team.presence.employees == [] and not team.button.isEnabled()
    team.presence.set_state("inactive")  # from the tray's menu, say
    assert parts.window.banner.text.startswith("Your status was not changed. Sign in first")
    assert changes(pbx) == []


def test_the_panel_comes_back_open_and_closing_gives_the_width_back(
    qtbot: QtBot, parts: AppParts
) -> None:
    from calllauncher.ui.team_wiring import install

    window = parts.window
    window.resize(520, 600)
    team = parts.team
    team.toggle.trigger()  # open
    qtbot.waitUntil(team.dock.isVisible, timeout=3000)
    assert window.width() > 520
    team.toggle.trigger()  # closed: the dialer's width again
    assert window.width() == 520 and not window.settings.flag(Key.TEAM_PANEL)
    window.settings.set(Key.TEAM_PANEL, True)
    again = install(parts)  # the next start's window would do this
    qtbot.waitUntil(again.dock.isVisible, timeout=3000)
    assert window.width() == 520  # the saved size already held it: not grown twice
