"""Desktop integration: URL handler registration and start at login, in temporary XDG folders."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calllauncher import resources
from calllauncher.services import desktop
from calllauncher.services.desktop import DESKTOP_ID, DesktopError

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG desktops")
needs_xdg_utils = pytest.mark.skipif(shutil.which("xdg-mime") is None, reason="no xdg-utils")

COMMAND = ["/opt/call launcher/bin/calllauncher"]


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of our own: nothing from the real desktop leaks in or is touched."""
    home = tmp_path / "home"
    for name, folder in (
        ("HOME", home),
        ("XDG_DATA_HOME", home / ".local" / "share"),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_DATA_DIRS", tmp_path / "system-data"),
        ("XDG_CONFIG_DIRS", tmp_path / "system-config"),
    ):
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    # xdg-mime picks a desktop-specific backend (gio, kde) from these; use the generic one.
    for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                 "GNOME_DESKTOP_SESSION_ID", "XDG_SESSION_DESKTOP"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    return home


def xdg_query(mime: str) -> str:
    done = subprocess.run(
        ["xdg-mime", "query", "default", mime], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def parse_exec(value: str) -> list[str]:
    """Read an Exec value back the way the Desktop Entry spec says a launcher does."""
    # String escapes first (\\ \s \n \t \r), then the quoting rules.
    unescaped = re.sub(
        r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value
    )
    args, current, quoted, started = [], "", False, False
    chars = iter(unescaped)
    for ch in chars:
        if quoted:
            if ch == "\\":
                current += next(chars)
            elif ch == '"':
                quoted = False
            else:
                current += ch
        elif ch == '"':
            quoted = started = True
        elif ch == " ":
            if started:
                args.append(current)
            current, started = "", False
        else:
            current += ch
            started = True
    if started:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def entry_values(text: str, group: str = "Desktop Entry") -> dict[str, str]:
    values: dict[str, str] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif current == group and "=" in line:
            key, _, value = line.partition("=")
            values[key] = value
    return values


def validate(path: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        return
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


# --- the command ---------------------------------------------------------------------


def test_command_of_a_frozen_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    exe = tmp_path / "CallLauncher" / "calllauncher"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert desktop.launch_command() == [str(exe)]


def test_command_prefers_the_installed_script(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    monkeypatch.setattr(sys, "executable", str(python))
    assert desktop.launch_command() == [str(python), "-m", "calllauncher"]
    script = bin_dir / ("calllauncher.exe" if sys.platform == "win32" else "calllauncher")
    script.write_text("#!/bin/sh\n")
    assert desktop.launch_command() == [str(script)]


def test_this_checkout_uses_its_venv_script() -> None:
    command = desktop.launch_command()
    assert len(command) == 1 or command[1:] == ["-m", "calllauncher"]
    assert Path(command[0]).is_absolute()


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/calllauncher"],
        ["/opt/call launcher/calllauncher"],
        ['/home/o\'brien/$HOME/`x`/back\\slash/"q"/calllauncher', "--flag=50%"],
        ["/usr/bin/python3", "-m", "calllauncher"],
        ["/tmp/Зірка (1)/calllauncher", ""],
    ],
)
def test_exec_line_round_trips(command: list[str]) -> None:
    assert parse_exec(desktop.exec_line(command)) == command


def test_exec_quote_refuses_control_characters() -> None:
    with pytest.raises(DesktopError):
        desktop.exec_quote("/tmp/a\nb")


# --- Linux registration ----------------------------------------------------------------


@linux
@needs_xdg_utils
def test_register_makes_us_the_default_for_tel_and_callto(xdg: Path) -> None:
    assert xdg_query("x-scheme-handler/tel") == ""
    assert not desktop.is_registered()

    result = desktop.register(COMMAND)
    assert result.warnings == ()
    assert "tel:" in result.message and result.settings_url is None

    entry = xdg / ".local" / "share" / "applications" / DESKTOP_ID
    assert desktop.desktop_entry_path() == entry
    text = entry.read_text(encoding="utf-8")
    values = entry_values(text)
    assert values["Name"] == "CallLauncher"
    assert parse_exec(values["Exec"]) == [*COMMAND, "%u"]
    assert values["MimeType"] == "x-scheme-handler/tel;x-scheme-handler/callto;"
    assert values["Actions"] == "DialClipboard;ShowDialer;"
    clip = entry_values(text, "Desktop Action DialClipboard")
    assert parse_exec(clip["Exec"]) == [*COMMAND, "--dial-clipboard"]
    assert parse_exec(entry_values(text, "Desktop Action ShowDialer")["Exec"]) == COMMAND
    validate(entry)

    assert xdg_query("x-scheme-handler/tel") == DESKTOP_ID
    assert xdg_query("x-scheme-handler/callto") == DESKTOP_ID
    assert desktop.is_registered()
    if shutil.which("update-desktop-database"):
        cache = (entry.parent / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"x-scheme-handler/tel={DESKTOP_ID};" in cache

    # Registering again (say, after moving the app) just rewrites it.
    desktop.register(["/elsewhere/calllauncher"])
    assert parse_exec(entry_values(entry.read_text())["Exec"]) == ["/elsewhere/calllauncher", "%u"]
    assert xdg_query("x-scheme-handler/tel") == DESKTOP_ID


@linux
@needs_xdg_utils
def test_unregister_removes_it_and_keeps_other_choices(xdg: Path) -> None:
    mimeapps = xdg / ".config" / "mimeapps.list"
    mimeapps.write_text(
        "# my own notes\n"
        "[Added Associations]\n"
        "x-scheme-handler/tel=org.example.Softphone.desktop;\n"
        "\n"
        "[Default Applications]\n"
        "text/html=firefox.desktop\n"
        "x-scheme-handler/tel=org.example.Softphone.desktop\n",
        encoding="utf-8",
    )
    (xdg / ".local/share/applications").mkdir(parents=True)
    (xdg / ".local/share/applications/org.example.Softphone.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Softphone\nExec=softphone %u\n"
        "MimeType=x-scheme-handler/tel;\n"
    )
    assert xdg_query("x-scheme-handler/tel") == "org.example.Softphone.desktop"

    # xdg-mime passes over a default whose Exec is no program on this machine.
    program = xdg / "bin" / "calllauncher"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    desktop.register([str(program)])
    assert xdg_query("x-scheme-handler/tel") == DESKTOP_ID

    result = desktop.unregister()
    assert "no longer" in result.message
    assert not desktop.desktop_entry_path().exists()
    assert not desktop.is_registered()
    assert xdg_query("x-scheme-handler/tel") != DESKTOP_ID
    assert xdg_query("x-scheme-handler/callto") == ""
    text = mimeapps.read_text(encoding="utf-8")
    assert DESKTOP_ID not in text
    assert "# my own notes" in text and "text/html=firefox.desktop" in text
    assert "x-scheme-handler/tel=org.example.Softphone.desktop;" in text  # still associated
    if shutil.which("update-desktop-database"):
        cache = (xdg / ".local/share/applications/mimeinfo.cache").read_text()
        assert DESKTOP_ID not in cache
    desktop.unregister()  # twice is fine


@linux
def test_register_without_xdg_utils_edits_mimeapps_list(
    xdg: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real_path = os.environ["PATH"]
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    result = desktop.register(COMMAND)
    assert result.warnings == ()
    mimeapps = (xdg / ".config" / "mimeapps.list").read_text()
    assert mimeapps == (
        "[Default Applications]\n"
        f"x-scheme-handler/tel={DESKTOP_ID};\n"
        f"x-scheme-handler/callto={DESKTOP_ID};\n"
    )
    assert desktop.is_registered()
    if shutil.which("xdg-mime", path=real_path):
        monkeypatch.setenv("PATH", real_path)  # xdg-utils reads our edit the same way
        assert xdg_query("x-scheme-handler/tel") == DESKTOP_ID
        monkeypatch.setenv("PATH", str(empty_bin))
    desktop.unregister()
    assert not desktop.is_registered()
    assert DESKTOP_ID not in (xdg / ".config" / "mimeapps.list").read_text()


@linux
def test_register_reports_an_unwritable_folder(xdg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = xdg / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    with pytest.raises(DesktopError, match="Can't write"):
        desktop.register(COMMAND)


def test_mimeapps_edits_leave_other_lines_alone(tmp_path: Path) -> None:
    path = tmp_path / "mimeapps.list"
    path.write_text(
        "[Default Applications]\n"
        "x-scheme-handler/callto=skype.desktop;\n"
        "image/png=eog.desktop\n"
        "\n"
        "[Removed Associations]\n"
        f"x-scheme-handler/tel={DESKTOP_ID};\n"
    )
    assert desktop._edit_mimeapps(path, set_default=True)
    assert path.read_text() == (
        "[Default Applications]\n"
        f"x-scheme-handler/callto={DESKTOP_ID};skype.desktop;\n"
        "image/png=eog.desktop\n"
        f"x-scheme-handler/tel={DESKTOP_ID};\n"
        "\n"
        "[Removed Associations]\n"
        f"x-scheme-handler/tel={DESKTOP_ID};\n"
    )
    assert not desktop._edit_mimeapps(path, set_default=True)  # already so
    assert desktop._edit_mimeapps(path, set_default=False)
    assert path.read_text() == (
        "[Default Applications]\n"
        "x-scheme-handler/callto=skype.desktop;\n"
        "image/png=eog.desktop\n"
        "\n"
        "[Removed Associations]\n"  # the user's own removal is theirs
        f"x-scheme-handler/tel={DESKTOP_ID};\n"
    )
    assert not desktop._edit_mimeapps(tmp_path / "absent.list", set_default=False)
    assert not (tmp_path / "absent.list").exists()


# --- start at login --------------------------------------------------------------------


@linux
def test_autostart_entry_written_and_removed(xdg: Path) -> None:
    assert not desktop.starts_at_login()
    desktop.set_start_at_login(True, COMMAND)
    entry = xdg / ".config" / "autostart" / DESKTOP_ID
    assert desktop.autostart_path() == entry
    values = entry_values(entry.read_text(encoding="utf-8"))
    assert parse_exec(values["Exec"]) == [*COMMAND, "--minimized"]
    assert values["Type"] == "Application"
    validate(entry)
    assert desktop.starts_at_login()
    desktop.set_start_at_login(False)
    assert not entry.exists()
    assert not desktop.starts_at_login()
    desktop.set_start_at_login(False)  # already off: fine


@linux
def test_autostart_defaults_to_this_copy(xdg: Path) -> None:
    desktop.set_start_at_login(True)
    values = entry_values(desktop.autostart_path().read_text(encoding="utf-8"))
    assert parse_exec(values["Exec"]) == [*desktop.launch_command(), "--minimized"]


def test_macos_login_item_is_a_launch_agent(tmp_path: Path) -> None:
    desktop._mac_set_login(True, [*COMMAND, "--minimized"], tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / "ua.calllauncher.CallLauncher.plist"
    assert desktop.launch_agent_path(tmp_path) == path
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "ua.calllauncher.CallLauncher"
    assert agent["ProgramArguments"] == [*COMMAND, "--minimized"]
    assert agent["RunAtLoad"] is True
    desktop._mac_set_login(False, [], tmp_path)
    assert not path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows stand-ins")
def test_windows_parts_import_everywhere_and_refuse_elsewhere() -> None:
    assert desktop.WINDOWS_SETTINGS_URL.startswith("ms-settings:defaultapps")
    with pytest.raises(DesktopError):
        desktop._win_register(COMMAND)
    assert desktop._win_command(["C:\\Program Files\\CallLauncher\\calllauncher.exe"], "--x") == (
        '"C:\\Program Files\\CallLauncher\\calllauncher.exe" --x'
    )


# --- one entry: the shipped file, rendered --------------------------------------------------


def test_the_registered_entry_is_the_shipped_one_with_this_copys_command() -> None:
    shipped = resources.read_text(resources.DESKTOP_ENTRY)
    written = desktop.desktop_entry(COMMAND, icon="/icons/calllauncher.svg")
    groups = ("Desktop Entry", "Desktop Action DialClipboard", "Desktop Action ShowDialer")
    for group in groups:
        ours, theirs = entry_values(written, group), entry_values(shipped, group)
        assert set(ours) == set(theirs) - {"TryExec"}, group
        for key, value in ours.items():
            if key == "Exec":
                assert parse_exec(value)[: len(COMMAND)] == COMMAND
                assert value.endswith(theirs["Exec"].removeprefix("/opt/calllauncher/calllauncher"))
            elif key == "Icon":
                assert value == "/icons/calllauncher.svg"
            else:
                assert value == theirs[key], (group, key)  # same names, same action names


def test_the_autostart_entry_is_the_shipped_one_without_links() -> None:
    text = desktop.autostart_entry([*COMMAND, "--minimized"], icon="calllauncher")
    assert "[Desktop Action" not in text
    values = entry_values(text)
    assert parse_exec(values["Exec"]) == [*COMMAND, "--minimized"]
    assert "MimeType" not in values and "Actions" not in values and "TryExec" not in values
    assert values["Name"] == entry_values(resources.read_text(resources.DESKTOP_ENTRY))["Name"]


@linux
def test_register_takes_away_the_entry_older_versions_wrote(
    xdg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older version registered as calllauncher.desktop: after --register there is one
    entry (the .deb's id), not two menu entries."""
    applications = xdg / ".local/share/applications"
    applications.mkdir(parents=True)
    old = applications / "calllauncher.desktop"
    old.write_text("[Desktop Entry]\nType=Application\nName=CallLauncher\nExec=calllauncher %u\n")
    autostart = xdg / ".config/autostart"
    autostart.mkdir(parents=True)
    (autostart / "calllauncher.desktop").write_text(old.read_text())
    kde = xdg / ".config" / "kde-mimeapps.list"
    kde.write_text("[Default Applications]\nx-scheme-handler/tel=calllauncher.desktop;\n")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")  # its own mimeapps file is read too
    desktop.register(COMMAND)
    monkeypatch.delenv("XDG_CURRENT_DESKTOP")
    assert not old.exists()
    assert sorted(p.name for p in applications.glob("*.desktop")) == [DESKTOP_ID]
    assert "calllauncher.desktop" not in kde.read_text()
    desktop.set_start_at_login(True, COMMAND)
    assert sorted(p.name for p in autostart.iterdir()) == [DESKTOP_ID]
