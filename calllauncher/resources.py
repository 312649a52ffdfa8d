"""The one way to reach the files in ``resources/`` at run time.

``resources/`` (top level, as the design fixes it) is installed as the package
``calllauncher.resources_data`` (``[tool.setuptools.package-dir]`` in pyproject.toml), and the
PyInstaller spec puts the same files at the same package path in the bundle. So
:func:`importlib.resources.files` finds them alike from an editable install (the source
folder itself), a wheel (site-packages) and the frozen one-folder app (``_internal/``).
In all three the files are plain files on disk, which Qt needs (``QIcon``, ``QTranslator``):
:func:`path` returns a real :class:`~pathlib.Path` and refuses anything else.

Layout::

    icons/hicolor/<N>x<N>/apps/calllauncher.png   N in ICON_SIZES
    icons/hicolor/scalable/apps/calllauncher.svg
    linux/ua.calllauncher.CallLauncher.desktop     desktop entry
    linux/ua.calllauncher.CallLauncher.metainfo.xml
    translations/*.ts (sources), *.qm (compiled, not committed)
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from . import identity

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from PySide6.QtGui import QIcon

PACKAGE = "calllauncher.resources_data"
APP_ID = identity.APP_ID
ICON_NAME = identity.EXECUTABLE
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_ENTRY = f"linux/{APP_ID}.desktop"
METAINFO = f"linux/{APP_ID}.metainfo.xml"
TRANSLATIONS = "translations"


class ResourceError(FileNotFoundError):
    """A resource is missing, or the resources are not plain files on disk."""


def files() -> Traversable:
    """The root of the resources, as :mod:`importlib.resources` sees it."""
    from importlib import resources as _resources

    try:
        return _resources.files(PACKAGE)
    except ModuleNotFoundError as exc:
        raise ResourceError(
            f"The package {PACKAGE} is not installed; reinstall CallLauncher "
            "(pip install -e . in a checkout)."
        ) from exc


def root() -> Path:
    """The resources folder on disk."""
    # The package's own folder, found without importing it or importlib.resources (the
    # translations are read before the first frame; both cost start-up time).
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except ModuleNotFoundError:
        spec = None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        if Path(location).is_dir():
            return Path(location)
    found = files()
    if not isinstance(found, Path):
        raise ResourceError(f"CallLauncher's resources are not plain files on disk ({found!r}).")
    return found


def path(*parts: str) -> Path:
    """The file or folder at ``parts`` (e.g. ``path("linux", "x.desktop")`` or
    ``path("linux/x.desktop")``); :class:`ResourceError` when it is missing."""
    found = root().joinpath(*parts)
    if not found.exists():
        raise ResourceError(f"Missing resource: {'/'.join(parts)} (looked in {root()})")
    return found


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


def icon_file(size: int | None = None) -> Path:
    """The app icon: the PNG of ``size`` pixels, or the scalable SVG when ``size`` is None."""
    if size is None:
        return path(f"icons/hicolor/scalable/apps/{ICON_NAME}.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"No {size}px icon; sizes are {ICON_SIZES}")
    return path(f"icons/hicolor/{size}x{size}/apps/{ICON_NAME}.png")


def app_icon() -> QIcon:
    """The app icon with every PNG size, for windows and the tray (needs a QGuiApplication)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)))
    return icon


def translation_sources() -> list[Path]:
    """The ``.ts`` files shipped (sorted); none when the folder does not exist yet."""
    return _listing(TRANSLATIONS, "*.ts")


def translation_files() -> list[Path]:
    """The compiled ``.qm`` files (sorted), for ``QTranslator.load``."""
    return _listing(TRANSLATIONS, "*.qm")


def translations_dir() -> Path:
    return path(TRANSLATIONS)


def _listing(folder: str, pattern: str) -> list[Path]:
    where = root() / folder
    return sorted(where.glob(pattern)) if where.is_dir() else []
