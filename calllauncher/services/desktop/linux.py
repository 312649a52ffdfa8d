"""Linux and other XDG desktops: the desktop entry, the default handler, autostart."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from ... import identity
from ...translation import translate
from .common import (
    DESKTOP_ID,
    MIME_TYPES,
    DesktopError,
    DesktopResult,
    _remove,
    _run_tool,
    _write_text,
)

log = logging.getLogger(__name__)


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
        from ... import resources

        return str(resources.icon_file(None))
    except (ImportError, OSError, ValueError, AttributeError):
        return identity.EXECUTABLE  # the theme icon's name


# The shipped entry (resources/linux) is the .deb's own, with the .deb's path in Exec; the
# entry --register writes is that file with this copy's command instead (Vorta does this).
TEMPLATE_COMMAND = "/opt/calllauncher/calllauncher"
# Ids older versions registered under: taken away when registering, so one menu entry stays.
LEGACY_DESKTOP_IDS = ("calllauncher.desktop",)
_OURS = {DESKTOP_ID, *LEGACY_DESKTOP_IDS}


def _remove_legacy(folder: Path) -> None:
    for legacy in LEGACY_DESKTOP_IDS:
        with contextlib.suppress(DesktopError):
            _remove(folder / legacy)


def _template() -> str:
    from ... import resources

    return resources.read_text(resources.DESKTOP_ENTRY)


def _render(
    template: str,
    command: Sequence[str],
    icon: str,
    *,
    keep: Callable[[str, str], bool],
    arguments: bool = True,
) -> str:
    """``template`` with every ``Exec`` running ``command`` (its arguments kept) and the
    ``Icon`` given; a line of a group is kept only where ``keep(group, key)`` (a group's
    header: ``keep(group, "")``). ``arguments=False``: ``Exec`` is ``command`` alone."""
    run = exec_line(command)
    lines: list[str] = []
    group = ""
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            group = stripped[1:-1]
        key, eq, value = line.partition("=")
        if not keep(group, key if eq else ""):
            continue
        if eq and key == "Exec":
            if value != TEMPLATE_COMMAND and not value.startswith(TEMPLATE_COMMAND + " "):
                raise ValueError(f"the shipped desktop entry runs {value!r}")  # a broken build
            line = f"Exec={run}{value[len(TEMPLATE_COMMAND) :] if arguments else ''}"
        elif eq and key == "Icon":
            line = f"Icon={icon}"
        lines.append(line)
    return "\n".join(lines).rstrip("\n") + "\n"


def desktop_entry(command: Sequence[str], icon: str | None = None) -> str:
    """The desktop entry that handles links for ``command``: the shipped one, rendered.
    (TryExec names the .deb's path; this copy lives elsewhere.)"""
    return _render(_template(), command, icon or _icon(), keep=lambda _g, key: key != "TryExec")


# Of the shipped entry, an autostart entry keeps the main group minus link handling.
_NOT_AUTOSTART = {"TryExec", "MimeType", "Actions"}


def autostart_entry(command: Sequence[str], icon: str | None = None) -> str:
    text = _render(
        _template(),
        command,
        icon or _icon(),
        keep=lambda group, key: group == "Desktop Entry" and key not in _NOT_AUTOSTART,
        arguments=False,  # no link: --minimized, nothing else
    )
    return f"{text}X-GNOME-Autostart-enabled=true\n"


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
            apps = [a.strip() for a in value.split(";") if a.strip() and a.strip() not in _OURS]
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
    _remove_legacy(entry.parent)
    for path in _mimeapps_files()[1:]:  # xdg-mime writes the first; a legacy id elsewhere
        if path.exists():
            _edit_mimeapps(path, set_default=False)
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
    _remove_legacy(entry.parent)
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
    _remove_legacy(autostart_path().parent)  # else an older version's entry starts it twice
