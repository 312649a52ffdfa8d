"""Where the app keeps its files; environment variables isolate scripts and tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import identity

APP = identity.SETTINGS_NAME  # folder name on XDG systems
FOLDER = identity.APP_NAME  # folder name on Windows and macOS


def _env_dir(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def config_dir() -> Path:
    override = _env_dir("CALLLAUNCHER_CONFIG_DIR")
    if override:
        return override
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / FOLDER
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / APP


def data_dir() -> Path:
    override = _env_dir("CALLLAUNCHER_DATA_DIR")
    if override:
        return override
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / FOLDER
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP


def log_dir() -> Path:
    override = _env_dir("CALLLAUNCHER_DATA_DIR")
    if override:
        return override / "logs"
    if sys.platform == "win32":
        return data_dir() / "logs"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / FOLDER
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / APP


def system_config_file() -> Path | None:
    """The administrator's preset file (Qt's system scope), if one is named or exists."""
    override = _env_dir("CALLLAUNCHER_SYSTEM_CONFIG")
    if override:
        return override
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", "C:/ProgramData"))
        return base / FOLDER / f"{APP}.ini"
    if sys.platform == "darwin":
        return Path("/Library/Preferences") / FOLDER / f"{APP}.ini"
    dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return Path(dirs.split(":")[0]) / APP / f"{APP}.ini"
