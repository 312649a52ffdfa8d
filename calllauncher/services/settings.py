"""Preferences in an INI file (QSettings), with an administrator's system-wide presets.

Lookup order for every key: the user's file, then the system file, then the built-in
default. So an office can be provisioned by one file, and a user's own change wins.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from . import paths

DEFAULT_API_URL = "https://api.binotel.com/api/"


class Key(StrEnum):
    """Every setting's name in the INI file ("section/name"); callers name keys only so."""

    ACCOUNT_KEY = "account/key"
    EXTENSION = "account/extension"
    API_URL = "api/url"
    API_VERSION = "api/version"
    CA_BUNDLE = "api/caBundle"
    REGION = "numbers/defaultRegion"
    COMPANY_NUMBERS = "numbers/company"
    IVR_NAMES = "numbers/ivrNames"
    RING_TIME = "call/ringTime"
    LIMIT_TIME = "call/limitTime"
    PLAYBACK_WAITING = "call/playbackWaiting"
    SHOW_AS = "call/callerIdForEmployee"
    ASYNC = "call/async"
    COMPANY_NUMBER = "call/companyNumber"
    CLOSE_TO_TRAY = "ui/closeToTray"
    START_MINIMIZED = "ui/startMinimized"
    START_AT_LOGIN = "ui/startAtLogin"
    DIAL_LINKS_AT_ONCE = "ui/dialLinksAtOnce"
    DIAL_SELECTION = "ui/dialSelection"  # Dial clipboard may use highlighted text (X11)
    WINDOW_GEOMETRY = "ui/windowGeometry"  # size and place, as QWidget.saveGeometry, base64
    COMPACT_MODE = "ui/compactMode"  # the small always-on-top window instead of the full one
    COMPACT_GEOMETRY = "ui/compactGeometry"  # its place and size: "x,y,width,height"
    NOTIFICATIONS = "ui/notifications"
    LANGUAGE = "ui/language"
    THEME = "ui/theme"
    TRAY_NOTICE_SHOWN = "ui/trayNoticeShown"
    TEAM_PANEL = "ui/teamPanel"  # the team panel (ui/team_wiring.py) was open at the end
    DEBUG_LOG = "log/debug"
    # Live company calls (services/live_feed.py): Binotel's WebSocket, its own key optional
    # (empty: the REST key; its secret is kept in the keyring as "websocket:<key>").
    LIVE_ENABLED = "live/enabled"
    LIVE_URL = "live/url"
    LIVE_PORT = "live/port"
    LIVE_KEY = "live/key"
    CARD_FOR_EVERY_CALL = "live/cardForEveryCall"  # else the card for my extension only
    # Global hotkeys (services/hotkeys), in QKeySequence's portable text; "" turns one off.
    HOTKEY_DIAL = "hotkeys/dialClipboard"
    HOTKEY_SHOW = "hotkeys/showDialer"


# Every key, with its built-in default (which also gives its type: see :func:`typed`).
DEFAULTS: dict[Key, Any] = {
    Key.ACCOUNT_KEY: "",
    Key.EXTENSION: "",
    Key.API_URL: DEFAULT_API_URL,
    Key.API_VERSION: "4.0",
    Key.CA_BUNDLE: "",
    Key.REGION: "UA",
    Key.COMPANY_NUMBERS: [],
    Key.IVR_NAMES: [],
    Key.RING_TIME: 30,
    Key.LIMIT_TIME: 0,
    Key.PLAYBACK_WAITING: True,
    Key.SHOW_AS: "",
    Key.ASYNC: False,
    Key.COMPANY_NUMBER: "",
    Key.CLOSE_TO_TRAY: True,
    Key.START_MINIMIZED: False,
    Key.START_AT_LOGIN: False,
    Key.DIAL_LINKS_AT_ONCE: False,
    Key.DIAL_SELECTION: False,
    Key.WINDOW_GEOMETRY: "",
    Key.TEAM_PANEL: False,
    Key.COMPACT_MODE: False,
    Key.COMPACT_GEOMETRY: "",
    Key.NOTIFICATIONS: True,
    Key.LANGUAGE: "",
    Key.THEME: "system",
    Key.TRAY_NOTICE_SHOWN: False,  # "CallLauncher keeps running in the tray" was said
    Key.DEBUG_LOG: False,
    Key.LIVE_ENABLED: True,
    Key.LIVE_URL: "wss://ws.binotel.com",
    Key.LIVE_PORT: 9002,
    Key.LIVE_KEY: "",
    Key.CARD_FOR_EVERY_CALL: False,
    Key.HOTKEY_DIAL: "Ctrl+Alt+D",
    Key.HOTKEY_SHOW: "Ctrl+Alt+C",
}

# Keys older versions wrote and nothing reads any more: dropped from the user's file.
# "numbers/recent" was a second copy of the history's numbers, which "Clear history…"
# left behind.
RETIRED: tuple[str, ...] = ("numbers/recent",)

# What the settings dialog edits; each is typed by its entry in DEFAULTS.
PREFERENCES: tuple[Key, ...] = (
    Key.EXTENSION,
    Key.COMPANY_NUMBERS,
    Key.IVR_NAMES,
    Key.REGION,
    Key.RING_TIME,
    Key.LIMIT_TIME,
    Key.PLAYBACK_WAITING,
    Key.SHOW_AS,
    Key.ASYNC,
    Key.CLOSE_TO_TRAY,
    Key.START_MINIMIZED,
    Key.START_AT_LOGIN,
    Key.DIAL_LINKS_AT_ONCE,
    Key.DIAL_SELECTION,
    Key.NOTIFICATIONS,
    Key.LANGUAGE,
    Key.THEME,
    Key.DEBUG_LOG,
    Key.HOTKEY_DIAL,
    Key.HOTKEY_SHOW,
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


def typed(key: Key, value: Any) -> Any:
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

    def raw(self, key: Key) -> Any:
        if self._user.contains(key):
            return self._user.value(key)
        if self._system is not None and self._system.contains(key):
            return self._system.value(key)
        return DEFAULTS.get(key)

    def is_preset(self, key: Key) -> bool:
        return self._system is not None and self._system.contains(key)

    def default(self, key: Key) -> Any:
        if self._system is not None and self._system.contains(key):
            return self._system.value(key)
        return DEFAULTS.get(key)

    def text(self, key: Key) -> str:
        value = self.raw(key)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)

    def flag(self, key: Key) -> bool:
        return _to_bool(self.raw(key))

    def number(self, key: Key) -> int:
        try:
            return int(str(self.raw(key)).strip())
        except ValueError:
            return int(DEFAULTS.get(key) or 0)

    def strings(self, key: Key) -> list[str]:
        return _to_list(self.raw(key))

    def value(self, key: Key) -> Any:
        """The effective value (user, else preset, else built-in), typed."""
        return typed(key, self.raw(key))

    def default_value(self, key: Key) -> Any:
        """What the value is when the user has not chosen: the preset, else the built-in."""
        return typed(key, self.default(key))

    def is_user_set(self, key: Key) -> bool:
        return self._user.contains(key)

    def put(self, key: Key, value: Any) -> None:
        """Keep ``value`` as the user's choice, unless it is the default: then drop the
        user's copy, so a later change to the administrator's preset still applies."""
        if typed(key, value) == self.default_value(key):
            self._user.remove(key)
        else:
            self.set(key, value)

    def preferences(self) -> dict[Key, Any]:
        return {key: self.value(key) for key in PREFERENCES}

    def defaults(self) -> dict[Key, Any]:
        return {key: self.default_value(key) for key in PREFERENCES}

    def save_preferences(self, before: dict[Key, Any], after: dict[Key, Any]) -> list[Key]:
        """Write what changed between two :meth:`preferences` snapshots; the keys written.

        Only changes are written: an untouched field keeps following the preset."""
        changed = [k for k in PREFERENCES if k in after and typed(k, after[k]) != before.get(k)]
        for key in changed:
            self.put(key, after[key])
        self.sync()
        return changed

    def set(self, key: Key, value: Any) -> None:
        if isinstance(value, (list, tuple)):
            value = list(value)
        self._user.setValue(key, value)

    def remove(self, key: Key) -> None:
        self._user.remove(key)

    def forget_retired(self) -> None:
        for key in RETIRED:
            self._user.remove(key)

    def remember(self, key: Key, item: str, limit: int = 20) -> None:
        """Put ``item`` first in a remembered list (company numbers, IVR names)."""
        items = [i for i in self.strings(key) if i != item]
        self.set(key, [item, *items][:limit])

    def sync(self) -> None:
        self._user.sync()
