"""The resources helper, from this (editable) install and from a wheel in a fresh venv; and
the packaging metadata that has to agree with it. The frozen bundle is checked by
``make package-check`` (its --self-check reports the resources it found)."""

from __future__ import annotations

import configparser
import importlib.metadata
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calllauncher import __version__, resources

ROOT = Path(__file__).resolve().parents[1]


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_editable_install_reads_the_source_folder() -> None:
    assert resources.root() == ROOT / "resources"
    assert resources.files().joinpath("linux").is_dir()


def test_every_icon_size_is_a_png_of_that_size() -> None:
    for size in resources.ICON_SIZES:
        assert png_size(resources.icon_file(size)) == (size, size)
    svg = resources.icon_file()
    assert svg.suffix == ".svg"
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_unknown_size_and_missing_file_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="No 20px icon"):
        resources.icon_file(20)
    with pytest.raises(resources.ResourceError, match=r"Missing resource: nope/x\.txt"):
        resources.path("nope", "x.txt")
    with pytest.raises(FileNotFoundError):  # ResourceError is one
        resources.read_text("nope.txt")


def test_path_takes_parts_or_a_slash_path() -> None:
    assert resources.path("linux", f"{resources.APP_ID}.desktop") == resources.path(
        resources.DESKTOP_ENTRY
    )
    assert "[Desktop Entry]" in resources.read_text(resources.DESKTOP_ENTRY)


def test_app_icon_has_every_size(qtbot: QtBot) -> None:
    icon = resources.app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(resources.ICON_SIZES)


def test_translations_listing_is_empty_or_sorted() -> None:
    sources = resources.translation_sources()
    assert sources == sorted(sources)
    assert all(path.suffix == ".ts" for path in sources)
    assert all(path.suffix == ".qm" for path in resources.translation_files())


def test_desktop_entry_handles_links_and_has_the_actions() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(resources.read_text(resources.DESKTOP_ENTRY))
    main = entry["Desktop Entry"]
    assert main["Exec"] == "/opt/calllauncher/calllauncher %u"
    assert main["MimeType"] == "x-scheme-handler/tel;x-scheme-handler/callto;"
    assert main["Icon"] == resources.ICON_NAME
    assert main["Actions"] == "DialClipboard;ShowDialer;"
    assert entry["Desktop Action DialClipboard"]["Exec"].endswith(" --dial-clipboard")
    assert entry["Desktop Action ShowDialer"]["Exec"] == "/opt/calllauncher/calllauncher"


def test_versions_agree() -> None:
    """The package's version is the one source: pyproject.toml reads it from there, and the
    metainfo's newest release names it."""
    project = pyproject()
    assert "version" not in project["project"]  # type: ignore[operator]
    assert "version" in project["project"]["dynamic"]  # type: ignore[index]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]  # type: ignore[index]
    assert dynamic == {"attr": "calllauncher.__version__"}
    version = __version__
    assert importlib.metadata.version("calllauncher") == version  # what pip installed
    metainfo = ET.parse(resources.path(resources.METAINFO)).getroot()
    assert metainfo.findtext("id") == resources.APP_ID
    assert metainfo.find("launchable").text == f"{resources.APP_ID}.desktop"  # type: ignore[union-attr]
    newest = metainfo.find("releases/release")
    assert newest is not None and newest.get("version") == version


def test_every_subpackage_is_listed_in_pyproject() -> None:
    """The package-dir mapping needs an explicit package list; a new subpackage of
    calllauncher/ must be added to [tool.setuptools] packages or the wheel misses it."""
    listed = set(pyproject()["tool"]["setuptools"]["packages"])  # type: ignore[index]
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "calllauncher").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    missing = sorted(found - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    assert "calllauncher.resources_data" in listed


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_reaches_the_resources(tmp_path: Path) -> None:
    """Build the wheel from a copy of the project, install it (no dependencies: the
    helper needs only the standard library) into a new venv, and read from there. All
    offline: the build backend is the dev environment's setuptools."""
    source = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("calllauncher", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    offline = ["--no-index", "--no-deps"]
    build = [*pip, "wheel", *offline, "--no-build-isolation", str(source), "-w", str(wheels)]
    subprocess.run(build, check=True)
    (wheel,) = wheels.glob(f"calllauncher-{__version__}-*.whl")  # the dynamic version
    names = zipfile.ZipFile(wheel).namelist()
    assert "calllauncher/resources_data/linux/ua.calllauncher.CallLauncher.desktop" in names
    assert not [n for n in names if n.endswith((".ico", ".icns", "README.md"))]

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([*pip, "--python", str(python), "install", *offline, str(wheel)], check=True)
    probe = (
        "import calllauncher.resources as r\n"
        "print(r.root())\n"
        "print(r.icon_file(48))\n"
        "print(r.read_text(r.DESKTOP_ENTRY).splitlines()[0])\n"
    )
    done = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    root, icon, first_line = done.stdout.splitlines()
    site = venv.resolve()
    assert Path(root).resolve().is_relative_to(site)
    assert Path(root).name == "resources_data"
    assert Path(icon).is_file()
    assert first_line == "[Desktop Entry]"
