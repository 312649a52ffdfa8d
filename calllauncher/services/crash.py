"""The last catch for an exception nobody caught: in a Qt callback (PySide hands those to
``sys.excepthook``) or in a thread (``threading.excepthook``).

A windowed build has no stderr, so the traceback goes to the log file (redacted there like
every record) and a one-line summary to whoever the app names, which shows it; the event
loop goes on. Qt-free, so it is tested without a window.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from . import logs

log = logging.getLogger("calllauncher.crash")

Report = Callable[[str], None]  # the summary: "ValueError: ..." (redacted)


class CrashHook:
    def __init__(self, report: Report) -> None:
        self._report = report
        self._previous: tuple[object, object] | None = None
        self._inside = threading.local()  # a fault while reporting must not loop

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._excepthook
            threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _excepthook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, exc, tb)  # Ctrl+C in a terminal still ends the app
            return
        self.handle(exc, tb, where="GUI thread")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_value, args.exc_traceback, where=f"thread {name}")

    def handle(self, exc: BaseException, tb: TracebackType | None, *, where: str) -> None:
        """Log ``exc`` with its traceback and report its summary; never raises."""
        if getattr(self._inside, "busy", False):
            return
        self._inside.busy = True
        try:
            log.error("uncaught exception in the %s", where, exc_info=(type(exc), exc, tb))
            self._report(logs.redact_text(summary(exc)))
        except Exception:  # the hook itself failed: say so where Python would have
            sys.__excepthook__(type(exc), exc, tb)
        finally:
            self._inside.busy = False


def summary(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
