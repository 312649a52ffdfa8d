"""Names everywhere: one lookup (colleagues, favourites, the CRM), cached with an age limit,
never in the way of a call."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.controller.calls import CALL, CallRequest
from calllauncher.controller.names import display_number, name_label
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.history import History
from calllauncher.services.name_cache import MAX_AGE, UNKNOWN_AGE, KnownName, NameCache
from calllauncher.ui.live_wiring import LiveParts
from calllauncher.ui.shell import Shell

ROMASHKA = "0671234567"
LABEL = "ТОВ «Ромашка» · 067 123 4567"


@pytest.fixture
def shell(parts: AppParts, tmp_path: Path) -> Iterator[Shell]:
    history = History(tmp_path / "history.sqlite3")
    yield parts.start_shell(history=history)
    history.close()


def test_number_forms() -> None:
    assert display_number("0671234567") == "067 123 4567"
    assert display_number("Unknown") == "Number withheld"
    assert display_number("") == "Number withheld"
    assert display_number("903") == "903"
    assert display_number("0077011234567") == "+77011234567"
    assert name_label("Ірина", "0671234567") == "Ірина · 067 123 4567"
    assert name_label("Ірина", "Unknown") == "Number withheld"


def test_cache_keeps_names_for_a_while_only(tmp_path: Path) -> None:
    path = tmp_path / "names.sqlite3"
    cache = NameCache(path)
    now = time.time()
    cache.put(KnownName(ROMASHKA, "ТОВ «Ромашка»", fetched=now))
    cache.put(KnownName("0635554433", "", fetched=now))  # no such customer
    cache.close()
    again = NameCache(path)  # survives a restart
    found = again.get(ROMASHKA, now + 60)
    assert found is not None and found.name == "ТОВ «Ромашка»"
    assert again.get(ROMASHKA, now + MAX_AGE + 1) is None
    assert again.get("0635554433", now + 60) is not None
    assert again.get("0635554433", now + UNKNOWN_AGE + 1) is None
    assert path.stat().st_mode & 0o777 == 0o600
    again.close()


def test_a_broken_cache_file_is_no_cache(tmp_path: Path) -> None:
    path = tmp_path / "names.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = NameCache(path)
    cache.put(KnownName(ROMASHKA, "x"))
    assert cache.get(ROMASHKA) is None


def test_a_held_lookup_never_delays_the_call(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    who: LiveParts = parts.who
    pbx.inject(Fault.SLOW, method="search", delay=3.0)
    who.names.ask(ROMASHKA)  # held by the PBX for 3 s
    qtbot.waitUntil(lambda: bool(pbx.requests_for("search")), timeout=2000)
    asked = time.monotonic()
    parts.window.dial_number(ROMASHKA)
    qtbot.waitUntil(lambda: bool(pbx.requests_for("ext_to_phone")), timeout=1000)
    assert time.monotonic() - asked < 1.0
    assert who.names.name(ROMASHKA, ask=False) == ""  # still held
    qtbot.waitUntil(lambda: who.names.name(ROMASHKA, ask=False) != "", timeout=6000)


def test_a_failed_lookup_shows_the_number(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    who: LiveParts = parts.who
    pbx.inject(Fault.HTTP_500, method="search", count=10)  # retries too
    assert who.names.label(ROMASHKA) == "067 123 4567"
    qtbot.waitUntil(lambda: not who.names._asking, timeout=3000)
    assert who.names.label(ROMASHKA, ask=False) == "067 123 4567"


def test_names_in_live_rows_history_tray_and_notifications(
    qtbot: QtBot, shell: Shell, parts: AppParts, pbx: FakePBX
) -> None:
    who: LiveParts = parts.who
    parts.window.dial_number(ROMASHKA)
    qtbot.waitUntil(lambda: bool(parts.window.live.calls), timeout=5000)
    row = next(iter(parts.window.calls_view.rows.values()))
    qtbot.waitUntil(lambda: LABEL in row.who.text(), timeout=5000)  # the live row
    assert shell._who(CallRequest(CALL, ROMASHKA, extension="901")) == LABEL  # notifications
    view = shell.open_history()
    qtbot.waitUntil(lambda: view.table.topLevelItemCount() == 1, timeout=5000)
    assert view.table.topLevelItem(0).text(1) == LABEL  # history
    shell.tray.rebuild()
    recent = shell.tray.actions_by_text()["Recent"].menu()
    assert [a.text() for a in recent.actions()] == [LABEL]  # the tray
    # a colleague by extension, a favourite by its saved name
    assert who.names.label("903") == "Ірина Бондар · 903"
    shell.history.add_favourite("0443334023", "Офіс")
    view.close()
    view = shell.open_history()
    assert who.names.name("0443334023") == "Офіс"


def test_withheld_number_reads_number_withheld(parts: AppParts) -> None:
    who: LiveParts = parts.who
    assert who.names.label("Unknown") == "Number withheld"
    assert who.names.lookups == 0  # nobody to ask about


def test_lookups_go_a_few_at_a_time(qtbot: QtBot, parts: AppParts, pbx: FakePBX) -> None:
    who: LiveParts = parts.who
    pbx.inject(Fault.SLOW, method="search", delay=0.4, count=100)
    for index in range(10):
        who.names.ask(f"06700000{index:02d}")
    assert who.names.lookups == 3  # one key's rate limit is every desk's
    qtbot.waitUntil(lambda: who.names.lookups == 10 and not who.names._asking, timeout=8000)
