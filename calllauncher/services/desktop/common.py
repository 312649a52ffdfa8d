"""What every platform's desktop glue shares: the names, the result and error types, the
command that starts this copy, atomic file writes and running desktop tools."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ... import identity
from ...translation import translate

log = logging.getLogger(__name__)

APP_NAME = identity.APP_NAME
APP_ID = identity.APP_ID  # the macOS LaunchAgent label, as the bundle id
DESKTOP_ID = identity.DESKTOP_ID  # the .deb's entry too: one menu entry, whichever came first
SCHEMES = ("tel", "callto")
MIME_TYPES = tuple(f"x-scheme-handler/{scheme}" for scheme in SCHEMES)
WINDOWS_PROGID = identity.WINDOWS_PROGID
WINDOWS_SETTINGS_URL = f"ms-settings:defaultapps?registeredAppUser={identity.WINDOWS_KEY}"
_TOOL_TIMEOUT = 15  # seconds; xdg-mime on a busy KDE session can be slow


class DesktopError(Exception):
    """Registration failed; ``reason`` is a plain sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DesktopResult:
    """What happened, for the command line or the settings dialog."""

    message: str
    """One or two plain sentences saying what was done and what, if anything, is left."""
    warnings: tuple[str, ...] = ()
    """Things that didn't work but didn't stop the rest (a missing tool, another default)."""
    settings_url: str | None = None
    """A system settings page the person should finish in (Windows), if any."""


# --- the command that starts this app -------------------------------------------------


def launch_command() -> list[str]:
    """The command that starts this copy of the app, as an argument list.

    A frozen bundle: its executable. Else the ``calllauncher`` script next to the running
    interpreter (a venv or pip install) if there is one, else ``python -m calllauncher``.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    # Not resolved: a venv's python is a symlink to the system one, the script is not.
    folder = Path(sys.executable).parent
    script = folder / ("calllauncher.exe" if sys.platform == "win32" else "calllauncher")
    if script.is_file():
        return [str(script)]
    if sys.platform == "win32":
        windowed = folder / "pythonw.exe"  # no console window flashing up for a link
        if windowed.is_file():
            return [str(windowed), "-m", "calllauncher"]
    return [sys.executable, "-m", "calllauncher"]


def _platform() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "xdg")


# --- files ----------------------------------------------------------------------------


def _write_text(path: Path, text: str) -> None:
    """Write atomically, so a desktop never reads half an entry."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.chmod(0o644)
        temporary.replace(path)
    except OSError as exc:
        raise DesktopError(
            translate("Desktop", "Can't write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise DesktopError(
            translate("Desktop", "Can't remove {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    return True


def _run_tool(*args: str) -> tuple[bool, str]:
    """Run a desktop tool; (False, why) when it is missing or fails. Never raises."""
    if shutil.which(args[0]) is None:
        return False, f"{args[0]} is not installed"
    try:
        done = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=_TOOL_TIMEOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("%s: %s", args[0], exc)
        return False, f"{args[0]} failed: {exc}"
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        log.warning("%s exited with %s: %s", " ".join(args), done.returncode, output)
        return False, f"{args[0]} failed: {output or done.returncode}"
    return True, done.stdout.strip()
