"""Preferences in an INI file (QSettings), with an administrator's system-wide presets.

Lookup order for every key: the user's file, then the system file, then the built-in
default. So an office can be provisioned by one file, and a user's own change wins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from . import paths

DEFAULT_API_URL = "https://api.binotel.com/api/"

DEFAULTS: dict[str, Any] = {
    "account/key": "",
    "account/extension": "",
    "api/url": DEFAULT_API_URL,
    "api/version": "4.0",
    "api/caBundle": "",
    "numbers/defaultRegion": "UA",
    "numbers/company": [],
    "numbers/ivrNames": [],
    "numbers/recent": [],
    "call/ringTime": 30,
    "call/limitTime": 0,
    "call/playbackWaiting": True,
    "call/callerIdForEmployee": "",
    "call/async": False,
    "call/companyNumber": "",
    "ui/closeToTray": True,
    "ui/startMinimized": False,
    "ui/startAtLogin": False,
    "ui/dialLinksAtOnce": False,
    "ui/notifications": True,
    "ui/language": "",
    "ui/theme": "system",
    "log/debug": False,
    # Live company calls (services/live_feed.py): Binotel's WebSocket, its own key optional
    # (empty: the REST key; its secret is kept in the keyring as "websocket:<key>").
    "live/enabled": True,
    "live/url": "wss://ws.binotel.com",
    "live/port": 9002,
    "live/key": "",
    "live/cardForEveryCall": False,  # the card for my extension's calls only
}

# What the settings dialog edits; each is typed by its entry in DEFAULTS.
PREFERENCES: tuple[str, ...] = (
    "account/extension",
    "numbers/company",
    "numbers/ivrNames",
    "numbers/defaultRegion",
    "call/ringTime",
    "call/limitTime",
    "call/playbackWaiting",
    "call/callerIdForEmployee",
    "call/async",
    "ui/closeToTray",
    "ui/startMinimized",
    "ui/startAtLogin",
    "ui/dialLinksAtOnce",
    "ui/notifications",
    "ui/language",
    "ui/theme",
    "log/debug",
)


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _to_list(value: Any) -> list[str]:
    # Qt's INI format reads a one-item list back as a plain string.
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v)]
    text = str(value)
    return [text] if text else []


def typed(key: str, value: Any) -> Any:
    """``value`` as the type of ``DEFAULTS[key]``: INI files give every value back as text."""
    default = DEFAULTS.get(key)
    if isinstance(default, bool):
        return _to_bool(value)
    if isinstance(default, int):
        try:
            return int(str(value).strip())
        except ValueError:
            return default
    if isinstance(default, list):
        return _to_list(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


class AppSettings:
    def __init__(self, user_file: Path | None = None, system_file: Path | None = None) -> None:
        user_file = user_file or paths.config_dir() / "calllauncher.ini"
        self._user = QSettings(str(user_file), QSettings.Format.IniFormat)
        if system_file is None:
            system_file = paths.system_config_file()
        self._system = (
            QSettings(str(system_file), QSettings.Format.IniFormat)
            if system_file is not None and system_file.exists()
            else None
        )

    @property
    def file_name(self) -> str:
        return self._user.fileName()

    @property
    def system_file_name(self) -> str:
        """The administrator's preset file ("" if there is none)."""
        return self._system.fileName() if self._system is not None else ""

    def raw(self, key: str) -> Any:
        if self._user.contains(key):
            return self._user.value(key)
        if self._system is not None and self._system.contains(key):
            return self._system.value(key)
        return DEFAULTS.get(key)

    def is_preset(self, key: str) -> bool:
        return self._system is not None and self._system.contains(key)

    def default(self, key: str) -> Any:
        if self._system is not None and self._system.contains(key):
            return self._system.value(key)
        return DEFAULTS.get(key)

    def text(self, key: str) -> str:
        value = self.raw(key)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)

    def flag(self, key: str) -> bool:
        return _to_bool(self.raw(key))

    def number(self, key: str) -> int:
        try:
            return int(str(self.raw(key)).strip())
        except ValueError:
            return int(DEFAULTS.get(key) or 0)

    def strings(self, key: str) -> list[str]:
        return _to_list(self.raw(key))

    def value(self, key: str) -> Any:
        """The effective value (user, else preset, else built-in), typed."""
        return typed(key, self.raw(key))

    def default_value(self, key: str) -> Any:
        """What the value is when the user has not chosen: the preset, else the built-in."""
        return typed(key, self.default(key))

    def is_user_set(self, key: str) -> bool:
        return self._user.contains(key)

    def put(self, key: str, value: Any) -> None:
        """Keep ``value`` as the user's choice, unless it is the default: then drop the
        user's copy, so a later change to the administrator's preset still applies."""
        if typed(key, value) == self.default_value(key):
            self._user.remove(key)
        else:
            self.set(key, value)

    def preferences(self) -> dict[str, Any]:
        return {key: self.value(key) for key in PREFERENCES}

    def defaults(self) -> dict[str, Any]:
        return {key: self.default_value(key) for key in PREFERENCES}

    def save_preferences(self, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
        """Write what changed between two :meth:`preferences` snapshots; the keys written.

        Only changes are written: an untouched field keeps following the preset."""
        changed = [k for k in PREFERENCES if k in after and typed(k, after[k]) != before.get(k)]
        for key in changed:
            self.put(key, after[key])
        self.sync()
        return changed

    def set(self, key: str, value: Any) -> None:
        if isinstance(value, (list, tuple)):
            value = list(value)
        self._user.setValue(key, value)

    def remove(self, key: str) -> None:
        self._user.remove(key)

    def remember(self, key: str, item: str, limit: int = 20) -> None:
        """Put ``item`` first in a remembered list (company numbers, IVR names)."""
        items = [i for i in self.strings(key) if i != item]
        self.set(key, [item, *items][:limit])

    def sync(self) -> None:
        self._user.sync()
