"""A long history whose oldest rows are damaged: found only by reading every page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from calllauncher.controller.calls import CALL
from calllauncher.services.history import History


def history_with_damaged_oldest_rows(path: Path, rows: int = 300) -> None:
    """Fill ``path`` and scribble over the table page holding its oldest rows, which
    nothing the app asks at start-up reads (it reads the newest first, by index)."""
    with History(path) as filled:
        for i in range(rows):
            filled.add_attempt(CALL, f"0443334{i:03d}", error="x" * 200, at=1000.0 + i)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute(
            "SELECT pageno, pgsize FROM dbstat WHERE name = 'attempts' AND pagetype = 'leaf'"
            " ORDER BY path LIMIT 1"
        ).fetchone()
    conn.close()
    number, size = page
    data = bytearray(path.read_bytes())
    data[(number - 1) * size : number * size] = b"\xa5" * size
    path.write_bytes(bytes(data))
