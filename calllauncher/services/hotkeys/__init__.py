"""Global hotkeys registered by the app itself (one module per platform, as desktop/ is):

- X11 (``x11.py``): a passive grab on the root window over an Xlib connection of its own;
- Windows (``windows.py``): ``RegisterHotKey`` on a thread with its own message loop;
- macOS (``macos.py``): Carbon's ``RegisterEventHotKey``;
- Wayland (``portal.py``): the desktop portal's GlobalShortcuts, where the desktop has it;
  elsewhere a plain sentence points to the desktop shortcut running
  ``calllauncher --dial-clipboard`` (README: "Dial what you copied, from anywhere").

On Wayland the portal comes first even when XWayland offers an X11 display: a grab there
sees keys only while an X11 window has the focus, which would look like a hotkey that works
now and then.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QObject

from .common import (
    ACTIONS,
    DIAL_CLIPBOARD,
    SHOW_DIALER,
    Backend,
    Chord,
    Fire,
    GlobalHotkeys,
    Problem,
    Report,
)

__all__ = [
    "ACTIONS",
    "DIAL_CLIPBOARD",
    "SHOW_DIALER",
    "Backend",
    "Chord",
    "GlobalHotkeys",
    "Problem",
    "backend_name",
    "choose_backend",
    "global_hotkeys",
]


def is_wayland(env: Mapping[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland"


def backend_name(platform: str, env: Mapping[str, str] | None = None) -> str:
    """Which backend serves Qt's ``platform`` ("xcb", "wayland", "windows", "cocoa"); ""
    where there is no desktop to ask (offscreen, minimal: tests, screenshots)."""
    if platform == "windows":
        return "windows"
    if platform == "cocoa":
        return "macos"
    if platform == "wayland" or (platform == "xcb" and is_wayland(env)):
        return "portal"
    if platform == "xcb":
        return "x11"
    return ""


class _Nothing:
    """No desktop: nothing to register, and nothing to tell anyone."""

    def start(self, chords: Mapping[str, Chord], fire: Fire, report: Report) -> list[Problem]:
        return []

    def stop(self) -> None:
        pass


def choose_backend(platform: str | None = None) -> Backend:
    """The backend for this session (``platform``: Qt's, by default the running one's)."""
    if platform is None:
        from PySide6.QtGui import QGuiApplication

        platform = QGuiApplication.platformName()
    name = backend_name(platform)
    if name == "windows":
        from .windows import WindowsHotkeys, real_user32

        return WindowsHotkeys(real_user32())
    if name == "macos":
        from .macos import MacHotkeys, real_carbon

        return MacHotkeys(real_carbon())
    if name == "portal":
        from .portal import PortalHotkeys

        return PortalHotkeys()
    if name == "x11":
        from .x11 import X11Hotkeys

        return X11Hotkeys()
    return _Nothing()


def global_hotkeys(parent: QObject | None = None) -> GlobalHotkeys:
    """The hotkeys of this session's platform."""
    return GlobalHotkeys(choose_backend, parent)
