"""The log file: rotating, in the user's log folder, with secrets redacted before writing.

The library already masks bodies it logs (``binotel.transport.redact``); this filter is
the second lock on the door. It masks every secret the app has signed in with (kept in
memory only) and anything shaped like a secret field, in the message, the traceback and
the stack, so a careless log line written later still cannot put the secret on disk.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

from . import paths

LOG_NAME = "calllauncher.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
MASK = "***"
_HANDLER_NAME = "calllauncher-file"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

# "secret": "...", 'secret': '...', secret=..., signature: ... and SIP passwords.
_FIELD_RE = re.compile(
    r"""(?P<name>["']?(?:secret|signature|password|sippassword)["']?\s*[:=]\s*)"""
    r"""(?P<quote>["']?)(?P<value>[^"'&\s,}]+)""",
    re.IGNORECASE,
)

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(secret: str) -> None:
    """Mask ``secret`` wherever it would appear in the log from now on."""
    if len(secret) >= 4:  # shorter would mask ordinary words; no real secret is that short
        with _lock:
            _secrets.add(secret)


def forget_secret(secret: str) -> None:
    with _lock:
        _secrets.discard(secret)


def redact_text(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return _FIELD_RE.sub(lambda m: f"{m['name']}{m['quote']}{MASK}", text)


class RedactingFilter(logging.Filter):
    """Rewrites a record to its redacted text before any handler formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact_text(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True


def debug_requested() -> bool:
    """``CALLLAUNCHER_DEBUG=1`` turns detailed logging on without touching the settings."""
    return os.environ.get("CALLLAUNCHER_DEBUG", "").strip().lower() in ("1", "true", "yes")


def log_file(directory: Path | None = None) -> Path:
    return (directory or paths.log_dir()) / LOG_NAME


def setup_logging(debug: bool = False, directory: Path | None = None) -> logging.Handler:
    """Send the app's log records to the rotating file; calling again replaces the handler."""
    path = log_file(directory)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    stop_logging()
    import logging.handlers  # after the first frame: not part of start-up

    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("calllauncher")
    logger.addHandler(handler)
    set_debug(debug or debug_requested())
    return handler


def set_debug(enabled: bool) -> None:
    """Switch detailed logging (each request, redacted) on or off while running."""
    logging.getLogger("calllauncher").setLevel(logging.DEBUG if enabled else logging.INFO)


def stop_logging() -> None:
    logger = logging.getLogger("calllauncher")
    for handler in list(logger.handlers):
        if handler.get_name() == _HANDLER_NAME:
            logger.removeHandler(handler)
            handler.close()
