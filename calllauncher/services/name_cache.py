"""Names of outside numbers, remembered between sessions (sqlite), each for a while only:
a customer renamed in the CRM shows the new name after ``MAX_AGE`` at the latest."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import paths

log = logging.getLogger(__name__)

MAX_AGE = 7 * 86400.0  # a name the CRM gave
UNKNOWN_AGE = 86400.0  # "no customer has this number": asked again the next day


@dataclass(frozen=True, slots=True)
class KnownName:
    number: str
    name: str  # "" = the CRM knows no customer with this number
    description: str = ""
    assigned: str = ""  # the customer's manager
    customer_id: str = ""
    fetched: float = 0.0


def default_path() -> Path:
    return paths.data_dir() / "names.sqlite3"


class NameCache:
    """Thread-safe (one connection behind a lock); a broken file means no cache, not a crash."""

    def __init__(self, path: Path | str | None = None) -> None:
        self._target = str(path if path is not None else default_path())
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._opened = False  # opened on first use: building the window touches no file

    def _connection(self) -> sqlite3.Connection | None:
        if self._opened:
            return self._conn
        self._opened = True
        target = self._target
        try:
            if target != ":memory:":
                Path(target).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(target, timeout=1.0, check_same_thread=False)
            conn.execute(
                "CREATE TABLE IF NOT EXISTS names (number TEXT PRIMARY KEY, name TEXT,"
                " description TEXT, assigned TEXT, customer_id TEXT, fetched REAL)"
            )
            conn.commit()
            if target != ":memory:":
                os.chmod(target, 0o600)  # who called is private
            self._conn = conn
        except (sqlite3.Error, OSError) as exc:
            log.warning("names cache unavailable: %s", exc)
        return self._conn

    def get(self, number: str, now: float | None = None) -> KnownName | None:
        """The remembered name, or None when unknown or too old."""
        now = time.time() if now is None else now
        with self._lock:
            conn = self._connection()
            if conn is None:
                return None
            try:
                row = conn.execute(
                    "SELECT number, name, description, assigned, customer_id, fetched"
                    " FROM names WHERE number = ?",
                    (number,),
                ).fetchone()
            except sqlite3.Error:
                return None
        if row is None:
            return None
        known = KnownName(*row)
        limit = MAX_AGE if known.name else UNKNOWN_AGE
        return known if 0 <= now - known.fetched <= limit else None

    def put(self, known: KnownName) -> None:
        with self._lock:
            conn = self._connection()
            if conn is None:
                return
            try:
                conn.execute(
                    "INSERT OR REPLACE INTO names VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        known.number,
                        known.name,
                        known.description,
                        known.assigned,
                        known.customer_id,
                        known.fetched or time.time(),
                    ),
                )
                conn.commit()
            except sqlite3.Error as exc:
                log.info("names cache: not saved: %s", exc)

    def close(self) -> None:
        with self._lock:
            self._opened = True  # closed stays closed
            if self._conn is not None:
                self._conn.close()
                self._conn = None
