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


def test_no_layout_is_read_back_item_by_item() -> None:
    """``QLayout.itemAt()``/``takeAt()`` leave wrappers that outlive their items (see
    tests/test_layout_items.py, the soak's SIGSEGV): views keep their rows in lists."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "calllauncher"
    found = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.(itemAt|takeAt)\(", line)
    ]
    assert found == []
