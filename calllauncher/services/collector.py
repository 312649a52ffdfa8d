"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation fills up: a
TaskRunner worker, the live feed's thread, the deadline watchdog. A cycle that holds a Qt
object (a widget's slot closing over the widget, say) is then freed there, and Qt does not
survive objects deleted on another thread. qutebrowser does the same for the same crashes:
automatic collection off, and a timer on the GUI thread collects as the thresholds say.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect(self) -> int:
        """Collect the oldest generation whose count is past its threshold (none: 0)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for gen in range(3):
            if counts[gen] > thresholds[gen]:
                generation = gen
        return gc.collect(generation) if generation >= 0 else 0
