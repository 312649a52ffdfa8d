"""Shared by the screenshot scripts: let the event loop run without a test framework."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait(ms: int, until: Callable[[], bool] | None = None) -> None:
    """Run the event loop for ``ms`` milliseconds, or until ``until()`` is true."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    left = [ms]

    def check() -> None:
        left[0] -= 20
        if left[0] <= 0 or (until is not None and until()):
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
