"""A small sqlite file that never crashes its owner: WAL, private (0600), recovered from.

:class:`ResilientFile` is the mechanics under :class:`~.history.History`: the file is
opened in WAL mode with ``synchronous=NORMAL`` and ``secure_delete``; a file that is not a
database, or is damaged (found at open or while in use), is moved aside as
``<name>.corrupt-<time>`` and a fresh one made; a folder that can't be written gives a
database in memory for this session; a write that fails (a full disk, a read-only file)
is said once until writing works again. Each problem leaves a plain sentence in
:attr:`ResilientFile.warning` and calls ``on_warning``; the owner words the sentences
(:meth:`ResilientFile._unsaved_sentence` and the two after it), the rest is here.

One instance belongs to the thread that made it (sqlite refuses use from another).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

_WRITE_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN")
# ``quick_check`` reads every page: ~1 ms per MiB. Files up to this size are checked
# whole when opened; a bigger one (a long history) is opened after a check of its
# schema only, so start-up does not grow with it, and :meth:`ResilientFile.full_check`
# reads the rest later on a worker (damage met before then is recovered as in use).
CHECK_AT_OPEN_MAX_BYTES = 1 << 20

T = TypeVar("T")


def _is_corruption(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _private_file(path: Path) -> None:
    """Make the file and its companions readable by this user only (0600), creating the
    main file so sqlite never makes it with the umask's wider mode; sqlite gives -wal and
    -shm the main file's mode."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    for target in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            if target.stat().st_mode & 0o077:
                target.chmod(0o600)  # a file from an older version was 0644


def _is_write_failure(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith(_WRITE_ERRORS):
        return True
    text = str(exc).lower()
    return "disk is full" in text or "readonly" in text or "disk i/o" in text


def _size(target: str) -> int:
    try:
        return os.stat(target).st_size
    except OSError:
        return 0


def quick_check(path: Path) -> str:
    """``PRAGMA quick_check`` of the file at ``path`` on a connection of its own (read
    only), so any thread may run it: "ok", or what is wrong."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.Error as exc:
        return str(exc) if _is_corruption(exc) else "ok"  # busy or gone: not damage
    finally:
        conn.close()


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


class ResilientFile:
    """Owns the connection; subclasses give the schema (:meth:`_prepare`) and the words."""

    def __init__(self, path: Path, *, on_warning: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.on_warning = on_warning
        self.warning: str | None = None
        """The last problem met (a plain sentence), or None."""
        self.recovered_from: Path | None = None
        """Where a damaged file was moved, if one was."""
        self.in_memory = False
        """True when the file couldn't be opened and this session's data is not saved."""
        self.write_failing = False
        """True while writes fail (a full disk...); the person has been told."""
        self._conn = self._open()

    # --- what the owner says ----------------------------------------------------------

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Functions and schema on a fresh connection (inside a transaction)."""

    def _unsaved_sentence(self, folder: Path) -> str:
        return f"{folder} is not writable; nothing is saved until you quit."

    def _damaged_sentence(self, kept_as: str) -> str:
        return f"{self.path.name} was damaged; the old file was kept as {kept_as}."

    def _write_failed_sentence(self, exc: sqlite3.Error, *, disk_full: bool) -> str:
        return f"{self.path.name} can't be saved ({exc})."

    # --- opening and recovery ---------------------------------------------------------

    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=1.0)
        try:
            if target != ":memory:":
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.info("%s: journal mode is %s", self.path.name, mode)
                conn.execute("PRAGMA synchronous=NORMAL")
                # Forgotten rows are overwritten, not just unlinked.
                conn.execute("PRAGMA secure_delete=ON")
            if target == ":memory:" or _size(target) <= CHECK_AT_OPEN_MAX_BYTES:
                check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                if check != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
            else:
                # Reads the header and the schema pages: "not a database" and a damaged
                # schema show here; damaged data pages show to full_check().
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            with conn:
                self._prepare(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _private_file(self.path)
            try:
                return self._connect(str(self.path))
            except sqlite3.DatabaseError as exc:
                if not _is_corruption(exc):
                    raise
                log.warning("%s is damaged (%s)", self.path, exc)
                self._set_aside()
                _private_file(self.path)
                return self._connect(str(self.path))
        except (OSError, sqlite3.Error) as exc:
            log.warning("can't open %s (%s); keeping it in memory", self.path, exc)
            self.in_memory = True
            self._warn(self._unsaved_sentence(self.path.parent))
            return self._connect(":memory:")

    def full_check(self) -> str:
        """Check every page of the file; safe on any thread (a connection of its own).
        Hand the answer to :meth:`damage_found` on the owner's thread."""
        if self.in_memory:
            return "ok"
        return quick_check(self.path)

    def damage_found(self, check: str) -> None:
        """What :meth:`full_check` said: damage sets the file aside for a fresh one,
        as damage met while in use does."""
        if check == "ok" or self.in_memory:
            return
        log.warning("%s: damaged (%s)", self.path.name, check)
        self._start_afresh()

    def _start_afresh(self) -> None:
        """The damaged file goes aside; a fresh one (or memory) takes its place."""
        self._conn.close()
        try:
            self._set_aside()
            _private_file(self.path)
            self._conn = self._connect(str(self.path))
        except (OSError, sqlite3.Error) as again:
            log.warning("can't recreate %s (%s)", self.path, again)
            self.in_memory = True
            self._conn = self._connect(":memory:")

    def _set_aside(self) -> None:
        stamp = _stamp()
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        self.path.replace(aside)
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.replace(aside.with_name(aside.name + suffix))
        self.recovered_from = aside
        self._warn(self._damaged_sentence(aside.name))

    def _warn(self, sentence: str) -> None:
        self.warning = sentence
        if self.on_warning is not None:
            try:
                self.on_warning(sentence)
            except Exception:
                log.exception("%s: on_warning failed", self.path.name)

    def _run(
        self, work: Callable[[sqlite3.Connection], T], default: T, *, write: bool = False
    ) -> T:
        """One operation in one transaction; damage found now is recovered, never raised.
        A ``write`` that fails is said to the person (see :meth:`_write_failed`)."""
        for attempt in range(2):
            try:
                with self._conn:
                    result = work(self._conn)
                if write:
                    self.write_failing = False
                return result
            except sqlite3.DatabaseError as exc:
                if write and _is_write_failure(exc):
                    self._write_failed(exc)
                    return default
                if attempt or self.in_memory or not _is_corruption(exc):
                    log.warning("%s: %s", self.path.name, exc)
                    return default
                log.warning("%s: damaged while in use (%s)", self.path.name, exc)
                self._start_afresh()
            except sqlite3.Error as exc:
                log.warning("%s: %s", self.path.name, exc)
                if write:
                    self._write_failed(exc)
                return default
        return default

    def _write_failed(self, exc: sqlite3.Error) -> None:
        log.warning("can't write %s (%s)", self.path, exc)
        if self.write_failing:
            return  # said already; said again once writing has worked in between
        self.write_failing = True
        full = "full" in str(exc).lower() or getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL"
        self._warn(self._write_failed_sentence(exc, disk_full=full))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def switch_to(self, path: Path) -> None:
        """Close this file and go on with the one at ``path`` (everyone holding this
        object reads and writes the new file from now on)."""
        if path == self.path:
            return
        self.close()
        self.path = path
        self.warning = None
        self.recovered_from = None
        self.in_memory = False
        self.write_failing = False
        self._conn = self._open()

    @property
    def journal_mode(self) -> str:
        return str(self._run(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0], ""))
