"""Windows: per-user registry keys for the URL protocols, the ProgID, Capabilities and the
Run key; Settings ▸ Default apps is where the user picks the default."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Sequence

from ... import identity
from ...translation import translate
from .common import (
    APP_NAME,
    SCHEMES,
    WINDOWS_PROGID,
    WINDOWS_SETTINGS_URL,
    DesktopError,
    DesktopResult,
)

log = logging.getLogger(__name__)


def _open_url(url: str) -> None:
    """Open a settings page (Windows: ``ms-settings:`` URLs)."""
    try:
        os.startfile(url)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError) as exc:
        log.warning("can't open %s: %s", url, exc)


# --- Windows --------------------------------------------------------------------------

_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_CAPABILITIES = f"Software\\{identity.WINDOWS_KEY}\\Capabilities"


def _win_command(command: Sequence[str], *extra: str) -> str:
    return subprocess.list2cmdline([*command, *extra])


if sys.platform == "win32":
    import winreg

    def _win_set(path: str, name: str, value: str) -> None:
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_WRITE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def _win_get(path: str, name: str) -> str | None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                value, _type = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return str(value)

    def _win_delete_tree(path: str) -> None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_ALL_ACCESS) as key:
                while True:
                    try:
                        child = winreg.EnumKey(key, 0)
                    except OSError:
                        break
                    _win_delete_tree(f"{path}\\{child}")
            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, path)
        except FileNotFoundError:
            pass

    def _win_delete_value(path: str, name: str) -> None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass

    def _win_register(command: list[str]) -> DesktopResult:
        open_command = _win_command(command) + ' "%1"'
        icon = f"{command[0]},0"
        classes = r"Software\Classes"
        try:
            progid = f"{classes}\\{WINDOWS_PROGID}"
            _win_set(progid, "", "CallLauncher link")
            _win_set(progid, "URL Protocol", "")
            _win_set(f"{progid}\\DefaultIcon", "", icon)
            _win_set(f"{progid}\\shell\\open\\command", "", open_command)
            for scheme in SCHEMES:
                key = f"{classes}\\{scheme}"
                _win_set(key, "", f"URL:{scheme}")
                _win_set(key, "URL Protocol", "")
                _win_set(f"{key}\\DefaultIcon", "", icon)
                _win_set(f"{key}\\shell\\open\\command", "", open_command)
            _win_set(_CAPABILITIES, "ApplicationName", APP_NAME)
            _win_set(
                _CAPABILITIES,
                "ApplicationDescription",
                "Call customers from your desk phone through the Binotel PBX",
            )
            for scheme in SCHEMES:
                _win_set(f"{_CAPABILITIES}\\URLAssociations", scheme, WINDOWS_PROGID)
            _win_set(r"Software\RegisteredApplications", APP_NAME, _CAPABILITIES)
        except OSError as exc:
            raise DesktopError(
                translate("Desktop", "Can't write to the registry: {reason}.").format(
                    reason=exc.strerror or exc
                )
            ) from exc
        return DesktopResult(
            translate(
                "Desktop",
                "CallLauncher is offered for tel: and callto: links. In Settings ▸ Default "
                "apps, which opens now, pick CallLauncher for TEL and CALLTO.",
            ),
            settings_url=WINDOWS_SETTINGS_URL,
        )

    def _win_unregister() -> DesktopResult:
        classes = r"Software\Classes"
        try:
            for scheme in SCHEMES:
                key = f"{classes}\\{scheme}"
                current = _win_get(f"{key}\\shell\\open\\command", "") or ""
                if "calllauncher" in current.lower():  # only our own keys
                    _win_delete_tree(key)
            _win_delete_tree(f"{classes}\\{WINDOWS_PROGID}")
            _win_delete_tree(_CAPABILITIES)
            _win_delete_value(r"Software\RegisteredApplications", APP_NAME)
        except OSError as exc:
            raise DesktopError(
                translate("Desktop", "Can't change the registry: {reason}.").format(
                    reason=exc.strerror or exc
                )
            ) from exc
        return DesktopResult(
            translate("Desktop", "CallLauncher no longer offers to open tel: and callto: links.")
        )

    def _win_is_registered() -> bool:
        return _win_get(r"Software\RegisteredApplications", APP_NAME) is not None

    def _win_run_value() -> str | None:
        return _win_get(_RUN_KEY, APP_NAME)

    def _win_set_run(enabled: bool, command: list[str]) -> None:
        try:
            if enabled:
                _win_set(_RUN_KEY, APP_NAME, _win_command(command))
            else:
                _win_delete_value(_RUN_KEY, APP_NAME)
        except OSError as exc:
            raise DesktopError(
                translate("Desktop", "Can't change the registry: {reason}.").format(
                    reason=exc.strerror or exc
                )
            ) from exc

else:

    def _not_windows() -> DesktopError:
        return DesktopError(translate("Desktop", "This works on Windows only."))

    def _win_register(command: list[str]) -> DesktopResult:
        raise _not_windows()

    def _win_unregister() -> DesktopResult:
        raise _not_windows()

    def _win_is_registered() -> bool:
        return False

    def _win_run_value() -> str | None:
        return None

    def _win_set_run(enabled: bool, command: list[str]) -> None:
        raise _not_windows()
