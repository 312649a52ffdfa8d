"""Make CallLauncher the handler of tel: and callto: links, and start it at login (per user).

- Linux (and other XDG desktops): a desktop entry in ``$XDG_DATA_HOME/applications``
  (``Exec=<command> %u``, the two URL schemes as MIME types, the actions *Dial clipboard*
  and *Show dialer*), made the default with ``xdg-mime`` (or by editing ``mimeapps.list``
  when xdg-utils is missing), then ``update-desktop-database``. Start at login: an entry
  in ``$XDG_CONFIG_HOME/autostart`` running ``--minimized``.
- Windows: per-user keys only (HKCU): the ``tel``/``callto`` URL protocol keys, a ProgID,
  Capabilities and RegisteredApplications, so the app is offered in Settings ▸ Default
  apps, which :func:`register` opens (Windows lets only the user pick the default).
  Start at login: the ``Run`` key.
- macOS: link handling is declared by the app bundle's Info.plist; the default is picked in
  FaceTime ▸ Settings ▸ Default for calls. Start at login: a LaunchAgent in
  ``~/Library/LaunchAgents``.

Every function here blocks for as long as the desktop tools take (well under a second
usually, a few seconds at worst): the window should run them through the ``TaskRunner``
(plain data in, a :class:`DesktopResult` out) and open :attr:`DesktopResult.settings_url`
itself. Failures raise :class:`DesktopError` with a sentence fit to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ...translation import translate
from .common import (
    APP_ID,
    APP_NAME,
    DESKTOP_ID,
    MIME_TYPES,
    SCHEMES,
    WINDOWS_PROGID,
    WINDOWS_SETTINGS_URL,
    DesktopError,
    DesktopResult,
    _platform,
    launch_command,
)
from .linux import (
    _edit_mimeapps,
    _xdg_default,
    _xdg_register,
    _xdg_set_autostart,
    _xdg_unregister,
    autostart_entry,
    autostart_path,
    desktop_entry,
    desktop_entry_path,
    exec_line,
    exec_quote,
)
from .macos import _mac_register, _mac_set_login, launch_agent, launch_agent_path
from .windows import (
    _open_url,
    _win_command,
    _win_is_registered,
    _win_register,
    _win_run_value,
    _win_set_run,
    _win_unregister,
)

__all__ = [
    "APP_ID",
    "APP_NAME",
    "DESKTOP_ID",
    "MIME_TYPES",
    "SCHEMES",
    "WINDOWS_PROGID",
    "WINDOWS_SETTINGS_URL",
    "DesktopError",
    "DesktopResult",
    "_edit_mimeapps",
    "_mac_set_login",
    "_win_command",
    "_win_register",
    "autostart_entry",
    "autostart_path",
    "desktop_entry",
    "desktop_entry_path",
    "exec_line",
    "exec_quote",
    "is_registered",
    "launch_agent",
    "launch_agent_path",
    "launch_command",
    "register",
    "set_start_at_login",
    "starts_at_login",
    "unregister",
]  # fmt: skip

# --- public API -----------------------------------------------------------------------


def register(command: Sequence[str] | None = None, *, open_settings: bool = True) -> DesktopResult:
    """Offer this app for tel: and callto: links, and make it the default where the
    system allows an app to do so (Linux). ``open_settings``: on Windows, open Settings ▸
    Default apps now (pass False from the GUI and open ``settings_url`` yourself)."""
    command = list(command or launch_command())
    kind = _platform()
    if kind == "windows":
        result = _win_register(command)
        if open_settings and result.settings_url:
            _open_url(result.settings_url)
        return result
    if kind == "macos":
        return _mac_register()
    return _xdg_register(command)


def unregister() -> DesktopResult:
    """Stop offering this app for links (what :func:`register` did is undone)."""
    kind = _platform()
    if kind == "windows":
        return _win_unregister()
    if kind == "macos":
        return DesktopResult(
            translate(
                "Desktop",
                "On macOS, choose another app for calls in FaceTime ▸ Settings ▸ "
                "Default for calls.",
            )
        )
    return _xdg_unregister()


def is_registered() -> bool:
    """Whether links go to this app, as far as this can be checked (Linux, Windows)."""
    kind = _platform()
    if kind == "windows":
        return _win_is_registered()
    if kind == "macos":
        return False  # LaunchServices can't be asked without extra modules
    return desktop_entry_path().is_file() and all(
        _xdg_default(mime) == DESKTOP_ID for mime in MIME_TYPES
    )


def set_start_at_login(enabled: bool, command: Sequence[str] | None = None) -> None:
    """Start the app in the tray (``--minimized``) when the user logs in, or stop it."""
    command = [*(command or launch_command()), "--minimized"]
    kind = _platform()
    if kind == "windows":
        _win_set_run(enabled, command)
    elif kind == "macos":
        _mac_set_login(enabled, command, Path.home())
    else:
        _xdg_set_autostart(enabled, command)


def starts_at_login() -> bool:
    kind = _platform()
    if kind == "windows":
        return _win_run_value() is not None
    if kind == "macos":
        return launch_agent_path(Path.home()).is_file()
    return autostart_path().is_file()
