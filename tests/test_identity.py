"""One identity: every name, id and the version come from calllauncher/identity.py, and
the shipped files and packaging scripts agree with it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from calllauncher import __version__, identity, resources
from calllauncher.services import desktop, paths

ROOT = Path(__file__).resolve().parents[1]


def test_one_version() -> None:
    assert __version__ == identity.VERSION
    assert re.fullmatch(r"\d+\.\d+\.\d+([a-z]+\d*)?", identity.VERSION)


def test_one_desktop_id_everywhere() -> None:
    assert f"{identity.APP_ID}.desktop" == identity.DESKTOP_ID
    assert desktop.DESKTOP_ID == identity.DESKTOP_ID  # what --register writes
    assert f"linux/{identity.DESKTOP_ID}" == resources.DESKTOP_ENTRY  # what the .deb ships
    metainfo = ET.parse(resources.path(resources.METAINFO)).getroot()
    assert metainfo.findtext("id") == identity.APP_ID
    assert metainfo.findtext("launchable") == identity.DESKTOP_ID
    assert identity.BUNDLE_ID == identity.APP_ID  # macOS: the bundle and its LaunchAgent
    assert desktop.launch_agent_path(Path("/h")).name == f"{identity.BUNDLE_ID}.plist"


def test_folders_are_named_after_the_app() -> None:
    assert paths.APP == identity.SETTINGS_NAME
    assert paths.FOLDER == identity.APP_NAME


def test_packaging_scripts_ask_the_identity_module() -> None:
    """No script spells the app id, the bundle id or the version itself."""
    scripts = [
        ROOT / "packaging" / "calllauncher.spec",
        ROOT / "packaging" / "check.sh",
        ROOT / "packaging" / "linux" / "build-deb.sh",
        ROOT / "packaging" / "windows" / "calllauncher.iss",
        ROOT / "packaging" / "windows" / "version_info.py",
    ]
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        code = "\n".join(
            line for line in text.splitlines() if not line.lstrip().startswith(("#", ";"))
        )
        assert identity.APP_ID not in code, script
        assert "ua.calllauncher.app" not in code, script
        assert identity.WINDOWS_PROGID not in code, script
        assert f'"{identity.VERSION}"' not in code, script


def test_a_script_reads_the_facts_with_python() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "calllauncher.identity", "executable", "version", "app_id"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert done.stdout.split() == [identity.EXECUTABLE, identity.VERSION, identity.APP_ID]
    # Plain Python: the identity needs no Qt (the spec and shell scripts import it).
    check = "import sys, calllauncher.identity; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
