"""Driving the window's call timeline in tests: finish a call from the window and wait
until it is in Today, refresh the timeline's model (tests/test_timeline.py and others)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.ui.live_wiring import LiveParts


def who(parts: AppParts) -> LiveParts:
    found: LiveParts = parts.who
    return found


def refresh(qtbot: QtBot, parts: AppParts) -> None:
    model = who(parts).timeline
    qtbot.waitUntil(lambda: model.answers == model.asks, timeout=5000)  # the one at start
    before = model.asks
    model.refresh()
    assert model.asks == before + 1
    qtbot.waitUntil(lambda: model.answers == model.asks, timeout=5000)


def finish(qtbot: QtBot, parts: AppParts, number: str) -> str:
    """Dial ``number`` from the window and wait until its call has moved into Today."""
    before = set(parts.live.calls)
    parts.window.dial_number(number)
    qtbot.waitUntil(lambda: bool(set(parts.live.calls) - before), timeout=5000)
    (call_id,) = set(parts.live.calls) - before
    model = who(parts).timeline
    qtbot.waitUntil(lambda: model.has_call(call_id), timeout=10000)
    qtbot.waitUntil(lambda: call_id not in parts.window.calls_view.rows, timeout=5000)
    return call_id
