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

import contextlib
import logging
import os
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..translation import translate

log = logging.getLogger(__name__)

APP_NAME = "CallLauncher"
APP_ID = "ua.calllauncher.CallLauncher"  # macOS LaunchAgent label, as the bundle id
DESKTOP_ID = "calllauncher.desktop"
SCHEMES = ("tel", "callto")
MIME_TYPES = tuple(f"x-scheme-handler/{scheme}" for scheme in SCHEMES)
WINDOWS_PROGID = "CallLauncher.Url"
WINDOWS_SETTINGS_URL = "ms-settings:defaultapps?registeredAppUser=CallLauncher"
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


# --- Linux and other XDG desktops -----------------------------------------------------


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def desktop_entry_path() -> Path:
    return _data_home() / "applications" / DESKTOP_ID


def autostart_path() -> Path:
    return _config_home() / "autostart" / DESKTOP_ID


_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(arg: str) -> str:
    """One argument for an ``Exec=`` line, quoted as the Desktop Entry spec says."""
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in arg):
        raise DesktopError(
            translate("Desktop", "The app's path has a control character in it: {path}.").format(
                path=repr(arg)
            )
        )
    arg = arg.replace("%", "%%")
    if not arg or any(ch in _EXEC_RESERVED for ch in arg):
        # Quoting escapes \ " ` $ with a backslash; the string escaping of the file then
        # doubles every backslash (so a literal backslash is written as four).
        inner = re.sub(r'([\\"`$])', r"\\\1", arg).replace("\\", "\\\\")
        return f'"{inner}"'
    return arg


def exec_line(command: Sequence[str]) -> str:
    return " ".join(exec_quote(arg) for arg in command)


def _icon() -> str:
    """An absolute icon file shipped with the app, else the theme icon name."""
    try:
        from .. import resources

        return str(resources.icon_file(None))
    except (ImportError, OSError, ValueError, AttributeError):
        return "calllauncher"


def desktop_entry(command: Sequence[str], icon: str | None = None) -> str:
    """The text of the desktop entry that handles links for ``command``."""
    run = exec_line(command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        f"Name={APP_NAME}\n"
        "GenericName=Click-to-call\n"
        "GenericName[uk]=Дзвінок в один клік\n"
        "Comment=Call customers from your desk phone through the Binotel PBX\n"
        "Comment[uk]=Дзвінки клієнтам з робочого телефону через АТС Binotel\n"
        f"Icon={icon or _icon()}\n"
        f"Exec={run} %u\n"
        "Terminal=false\n"
        "StartupNotify=true\n"
        "StartupWMClass=calllauncher\n"
        "Categories=Network;Telephony;\n"
        "Keywords=phone;call;dial;telephony;Binotel;PBX;tel;\n"
        f"MimeType={''.join(mime + ';' for mime in MIME_TYPES)}\n"
        "Actions=DialClipboard;ShowDialer;\n"
        "\n"
        "[Desktop Action DialClipboard]\n"
        "Name=Dial clipboard\n"
        "Name[uk]=Набрати номер з буфера обміну\n"
        f"Exec={run} --dial-clipboard\n"
        "\n"
        "[Desktop Action ShowDialer]\n"
        "Name=Show dialer\n"
        "Name[uk]=Показати набирач\n"
        f"Exec={run}\n"
    )


def autostart_entry(command: Sequence[str], icon: str | None = None) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        f"Name={APP_NAME}\n"
        "Comment=Start CallLauncher in the tray at login\n"
        f"Icon={icon or _icon()}\n"
        f"Exec={exec_line(command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _mimeapps_files() -> list[Path]:
    """Where per-user default applications are kept (the first is the one written)."""
    config = _config_home()
    files = [config / "mimeapps.list"]
    for desktop in os.environ.get("XDG_CURRENT_DESKTOP", "").split(":"):
        if desktop:
            files.append(config / f"{desktop.lower()}-mimeapps.list")
    files.append(_data_home() / "applications" / "mimeapps.list")  # deprecated, still read
    return files


def _edit_mimeapps(path: Path, *, set_default: bool) -> bool:
    """Put ``DESKTOP_ID`` first for our MIME types in [Default Applications], or take it out
    of both association sections. Every other line stays as it was. True if changed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("can't read %s: %s", path, exc)
        return False
    defaults = "[Default Applications]"
    targets = {defaults} if set_default else {defaults, "[Added Associations]"}
    chunks: list[list[str]] = [[]]  # the lines before the first header, then one per section
    for line in lines:
        if line.strip().startswith("["):
            chunks.append([line])
        else:
            chunks[-1].append(line)
    has_defaults = False
    for chunk in chunks[1:]:
        name = chunk[0].strip()
        if name not in targets:
            continue
        has_defaults = has_defaults or name == defaults
        kept, seen = [chunk[0]], set()
        for line in chunk[1:]:
            key, eq, value = line.partition("=")
            mime = key.strip()
            if not eq or mime not in MIME_TYPES:
                kept.append(line)
                continue
            apps = [a.strip() for a in value.split(";") if a.strip() and a.strip() != DESKTOP_ID]
            if set_default:
                apps.insert(0, DESKTOP_ID)
                seen.add(mime)
            if apps:
                kept.append(f"{mime}={';'.join(apps)};")
        if set_default:
            end = len(kept)
            while end > 1 and not kept[end - 1].strip():
                end -= 1
            kept[end:end] = [f"{m}={DESKTOP_ID};" for m in MIME_TYPES if m not in seen]
        chunk[:] = kept
    if set_default and not has_defaults:
        if chunks[-1] and chunks[-1][-1].strip():
            chunks[-1].append("")
        chunks.append([defaults, *(f"{m}={DESKTOP_ID};" for m in MIME_TYPES)])
    edited = [line for chunk in chunks for line in chunk]
    if edited == lines:
        return False
    _write_text(path, "\n".join(edited).strip("\n") + "\n")
    return True


def _xdg_default(mime: str) -> str:
    ok, output = _run_tool("xdg-mime", "query", "default", mime)
    if ok:
        return output.splitlines()[0].strip() if output else ""
    # No xdg-utils: read the file the way it would.
    for path in _mimeapps_files():
        with contextlib.suppress(OSError, UnicodeDecodeError):
            section = ""
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip().startswith("["):
                    section = line.strip()
                elif section == "[Default Applications]" and line.partition("=")[0] == mime:
                    for app in line.partition("=")[2].split(";"):
                        if app.strip():
                            return app.strip()
    return ""


def _refresh_database(applications: Path) -> None:
    if shutil.which("update-desktop-database"):
        _run_tool("update-desktop-database", "-q", str(applications))


def _xdg_register(command: list[str]) -> DesktopResult:
    entry = desktop_entry_path()
    _write_text(entry, desktop_entry(command))
    warnings: list[str] = []
    ok, why = _run_tool("xdg-mime", "default", DESKTOP_ID, *MIME_TYPES)
    if not ok:
        log.info("xdg-mime unavailable (%s); editing mimeapps.list", why)
        _edit_mimeapps(_mimeapps_files()[0], set_default=True)
    _refresh_database(entry.parent)
    others = {mime: _xdg_default(mime) for mime in MIME_TYPES}
    others = {mime: app for mime, app in others.items() if app and app != DESKTOP_ID}
    if others:
        apps = ", ".join(f"{app} ({mime.rpartition('/')[2]}:)" for mime, app in others.items())
        warnings.append(
            translate(
                "Desktop",
                "Your desktop still opens links with {apps}; choose CallLauncher in its "
                "Default Applications settings.",
            ).format(apps=apps)
        )
    return DesktopResult(
        translate("Desktop", "CallLauncher now opens tel: and callto: links."), tuple(warnings)
    )


def _xdg_unregister() -> DesktopResult:
    entry = desktop_entry_path()
    _remove(entry)
    for path in _mimeapps_files():
        if path.exists():
            _edit_mimeapps(path, set_default=False)
    _refresh_database(entry.parent)
    return DesktopResult(
        translate("Desktop", "CallLauncher no longer opens tel: and callto: links.")
    )


def _xdg_set_autostart(enabled: bool, command: list[str]) -> None:
    if enabled:
        _write_text(autostart_path(), autostart_entry(command))
    else:
        _remove(autostart_path())


# --- macOS ----------------------------------------------------------------------------


def launch_agent_path(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


def _mac_set_login(enabled: bool, command: list[str], home: Path) -> None:
    path = launch_agent_path(home)
    if not enabled:
        _remove(path)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(launch_agent(command))
    except OSError as exc:
        raise DesktopError(
            translate("Desktop", "Can't write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc


def _mac_bundle() -> Path | None:
    executable = Path(sys.executable).resolve()
    for parent in executable.parents:
        if parent.suffix == ".app":
            return parent
    return None


def _mac_register() -> DesktopResult:
    bundle = _mac_bundle() if getattr(sys, "frozen", False) else None
    if bundle is None:
        return DesktopResult(
            translate(
                "Desktop",
                "On macOS, links are handled by the CallLauncher app; this copy runs from "
                "Python, so it can't be chosen for tel: links.",
            ),
            (translate("Desktop", "Install the CallLauncher app to handle links."),),
        )
    lsregister = (
        "/System/Library/Frameworks/CoreServices.framework/Frameworks/"
        "LaunchServices.framework/Support/lsregister"
    )
    warnings: tuple[str, ...] = ()
    if Path(lsregister).exists():
        ok, why = _run_tool(lsregister, "-f", str(bundle))
        warnings = () if ok else (why,)
    return DesktopResult(
        translate(
            "Desktop",
            "CallLauncher can now open tel: and callto: links: choose it in FaceTime ▸ "
            "Settings ▸ Default for calls.",
        ),
        warnings,
    )


def _open_url(url: str) -> None:
    """Open a settings page (Windows: ``ms-settings:`` URLs)."""
    try:
        os.startfile(url)  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError) as exc:
        log.warning("can't open %s: %s", url, exc)


# --- Windows --------------------------------------------------------------------------

_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_CAPABILITIES = r"Software\CallLauncher\Capabilities"


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
            _win_delete_tree(r"Software\CallLauncher\Capabilities")
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
