"""Cycles are collected on the GUI thread only once the app runs (services/collector.py)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from calllauncher.services.collector import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FREED.append(threading.current_thread().name)


FREED: list[str] = []


def test_a_cycle_made_on_a_worker_is_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    gc.set_threshold(10, 10, 10)
    collector.start()
    try:

        def churn() -> None:
            for _ in range(2000):
                Cycle()  # garbage cycles, enough to pass every threshold many times

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert not gc.isenabled()
        assert FREED == []  # nothing was collected on the worker
        qtbot.waitUntil(lambda: len(FREED) > 0, timeout=3000)
        assert set(FREED) == {threading.current_thread().name}
    finally:
        collector.stop()
        gc.set_threshold(700, 10, 10)
        gc.collect()
        FREED.clear()
