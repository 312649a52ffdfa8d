"""Guards against Qt bindings that would crash the app (see the pin in pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    text = Signal(str)


def test_signals_keep_bool_reference_counts() -> None:
    emitter = _Emitter()
    received: list[str] = []
    emitter.text.connect(received.append)
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(500):
        emitter.text.emit("x")
    after = sys.getrefcount(True) + sys.getrefcount(False)
    assert len(received) == 500
    assert abs(after - before) < 50, "these Qt bindings leak bool references per signal"
