"""Building the real app in this process against a simulated PBX, and waiting in Qt's loop.

Used by the in-process figures (latency, stalls) and by the CPU figure's child. Call
:func:`qt_app` inside :func:`benchmarks._common.isolated_process` (it sets the offscreen
platform and scratch file locations first).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks._common import EXTENSION, KEY, SECRET

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from calllauncher.app import AppParts


_QUIET = ("This plugin does not support propagateSizeHints",)  # offscreen, every window


def _messages(mode: object, context: object, message: str) -> None:
    if not message.startswith(_QUIET):
        print(message, file=sys.stderr, flush=True)


def qt_app() -> QApplication:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_messages)
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(["calllauncher-bench"])


def wait_until(condition: Callable[[], bool], timeout: float = 10.0, step_ms: int = 1) -> bool:
    """Run Qt's event loop (the GUI thread idles in it, as in the app) until ``condition``.

    A QEventLoop sleeps in the OS with the GIL released; a 1 ms precise timer wakes it
    to check the condition.
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if condition():
        return True
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(step_ms)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return condition()


def idle(seconds: float) -> None:
    """Let the event loop run for ``seconds``; it wakes for nothing of ours meanwhile."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(max(0, round(seconds * 1000)))
    loop.exec()


def build_app(pbx_url: str, *, show: bool = True, timeout: float = 10.0) -> AppParts:
    """The app as ``build()`` makes it, signed in to ``pbx_url``, shown, lists loaded."""
    from calllauncher.app import build
    from calllauncher.services.account import Account
    from calllauncher.services.collector import GuiThreadCollector

    qt_app()
    parts = build(account=Account(KEY, pbx_url, "4.0", extension=EXTENSION), secret=SECRET)
    # As the app runs (Application.start): cycles freed on the GUI thread only. Without it
    # a cycle holding a Qt object was freed on a worker now and then, and the process
    # died (SIGSEGV) a few hundred requests into the soak and the long day.
    GuiThreadCollector(parts.window).start()
    if show:
        parts.window.show()
        loaded = wait_until(
            lambda: bool(parts.window.employees) and parts.window.form.voice_file.count() > 0,
            timeout,
        )
        if not loaded:
            raise RuntimeError("the window did not load the employee and voice-file lists")
    return parts
