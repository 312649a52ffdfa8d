"""Who the app is, in one place: names, ids and the version.

Everything that names the app reads it from here: Qt's application and organisation names
(the settings folder), the desktop id Wayland matches windows by, the desktop entry that
``--register`` writes (the same id as the .deb's, so the menu shows one entry), the macOS
bundle and LaunchAgent, the Windows registry names, the packaging scripts (they ask
``python -c "from calllauncher import identity; ..."``). Plain Python, no Qt: the CLI,
the spec and the shell scripts import it.

The version has one source, ``calllauncher.__version__``; pyproject.toml declares it
``dynamic`` and setuptools reads it from there.
"""

from __future__ import annotations

from . import __version__

APP_NAME = "CallLauncher"
"""What people see: window titles, menus, the Windows "Default apps" page."""
ORGANISATION = "CallLauncher"
"""Qt's organisation name (part of the settings path on every platform)."""
SETTINGS_NAME = "calllauncher"
"""Qt's application name: the settings file and data folder are named after it."""
EXECUTABLE = "calllauncher"
"""The command and the frozen app's folder; also the icon's theme name."""
APP_ID = "ua.calllauncher.CallLauncher"
"""Reverse-DNS id: the desktop entry and AppStream file, the macOS bundle, the LaunchAgent."""
DESKTOP_ID = f"{APP_ID}.desktop"
"""The desktop entry's file name (Linux), the same for the .deb and for ``--register``."""
BUNDLE_ID = APP_ID
"""The macOS app bundle's CFBundleIdentifier."""
WINDOWS_KEY = APP_NAME
"""Registry names on Windows: ``Software\\<key>\\Capabilities``, the Run value."""
WINDOWS_PROGID = f"{APP_NAME}.Url"
VERSION = __version__


def facts() -> dict[str, str]:
    """Every fact by name, for scripts (``python -c ... print(identity.facts()[...])``)."""
    return {
        "app_name": APP_NAME,
        "organisation": ORGANISATION,
        "settings_name": SETTINGS_NAME,
        "executable": EXECUTABLE,
        "app_id": APP_ID,
        "desktop_id": DESKTOP_ID,
        "bundle_id": BUNDLE_ID,
        "windows_key": WINDOWS_KEY,
        "windows_progid": WINDOWS_PROGID,
        "version": VERSION,
    }


if __name__ == "__main__":  # python -m calllauncher.identity NAME...
    import sys

    known = facts()
    print(" ".join(known[name] for name in sys.argv[1:]) if sys.argv[1:] else known)
