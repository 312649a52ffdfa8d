"""The window's language: the app's catalogue and Qt's own (QMessageBox and
QDialogButtonBox buttons, the line edits' context menus...) installed into the QApplication.

Which language: ``CALLLAUNCHER_LANGUAGE``, else the ``ui/language`` setting, else the system
locale (``calllauncher/translation.py``). Applied at start; the settings dialog says a new
choice applies on restart.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import translation
from ..services.settings import Key

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_locale_before: QLocale | None = None


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues are: Qt's translations path, then PySide6's own folder
    (a frozen bundle may not report the first)."""
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        found.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is always there
        pass
    return found


def _qt_catalogue(code: str) -> QTranslator | None:
    for folder in qt_translations_dirs():
        translator = QTranslator()
        if translator.load(f"qtbase_{code}", str(folder)):
            return translator
    log.info("no qtbase_%s.qm; Qt's own dialogs stay in English", code)
    return None


def language_choice(*, demo: bool = False) -> str:
    """What the user chose ("" = the system's). The demo keeps its own preferences
    (demo.ini, where its settings dialog saves), so a choice made there counts there."""
    if not demo or os.environ.get(translation.ENV):
        return translation.choice()
    from ..services import paths
    from ..services.settings import AppSettings

    own = AppSettings(paths.config_dir() / "demo.ini").text(Key.LANGUAGE)
    return own or translation.choice()


def install_translators(
    app: QCoreApplication, language: str | None = None, *, demo: bool = False
) -> str:
    """Install the catalogues for ``language`` ("uk", "ru", "en"; "" = the system's; None =
    as chosen: environment, setting, system) into ``app``; the language code used.

    Call right after the QApplication is made, before any widget exists."""
    remove_translators(app)
    code = translation.resolve(language_choice(demo=demo) if language is None else language)
    for translator in (_qt_catalogue(code), translation.load_catalogue(code)):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    global _locale_before
    _locale_before = QLocale()
    if QLocale().language() != QLocale(code).language():
        # Numbers and dates in widgets follow the chosen language, not the system's.
        QLocale.setDefault(QLocale(code))
    translation.use_application(code)
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Take out what :func:`install_translators` put in (tests switch languages)."""
    global _locale_before
    while _installed:
        app.removeTranslator(_installed.pop())
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    translation.reset_headless()
    translation.set_language("")
