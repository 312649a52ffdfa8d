"""Which language the app speaks, and the one ``translate`` the non-widget code calls.

Qt Core only (the command line uses it without a QApplication). The language is, in order:
the ``CALLLAUNCHER_LANGUAGE`` environment variable (scripts, tests, screenshots), the
``ui/language`` setting, else the system locale; anything but Ukrainian or Russian is English.

The window installs its translators into the QApplication (``ui/i18n.py``). Without one
(the command line, ``--register``) :func:`translate` asks this module's own translators,
loaded on first use: ``QCoreApplication.translate`` only consults translators installed
in a QCoreApplication, and the command line has none.

Catalogues: ``resources/translations/calllauncher_<lang>.ts``, kept by ``make translations``
(pyside6-lupdate, which sees ``translate("Context", "text")`` and ``self.tr("text")`` calls,
and ``QT_TRANSLATE_NOOP`` for text defined elsewhere), compiled to ``.qm`` by lrelease.
A count uses Qt's numerus forms through a :class:`Context`: ``Wording.tr("%n seconds",
None, n)`` (lupdate's Python reader takes only ``tr`` with a count that is a variable or a
call). The English catalogue holds just those forms; the source text is written for n != 1.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .services.settings import Key

log = logging.getLogger(__name__)

ENV = "CALLLAUNCHER_LANGUAGE"
SUPPORTED = ("uk", "ru", "en")
CATALOGUE = "calllauncher"

_headless: list[QTranslator] | None = None  # None: not loaded yet
_language = ""  # what was last set up ("" = nothing yet)


def choice(settings: object | None = None) -> str:
    """What the user asked for: the environment, else the ``ui/language`` setting ("" =
    follow the system). ``settings`` is an AppSettings (read lazily when None)."""
    env = os.environ.get(ENV, "").strip()
    if env:
        return env
    if settings is None:
        try:
            from .services.settings import AppSettings

            settings = AppSettings()
        except Exception:  # unreadable settings must not stop anything from starting
            log.exception("can't read the language setting")
            return ""
    text = getattr(settings, "text", None)
    return str(text(Key.LANGUAGE)) if callable(text) else ""


def resolve(wanted: str = "") -> str:
    """``wanted`` ("uk", "ru_UA", "en", "" for the system locale) as one of SUPPORTED."""
    names = [wanted] if wanted.strip() else QLocale.system().uiLanguages()
    for name in names:
        code = name.strip().replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
        if code in ("c", "posix"):
            break
    return "en"


def language() -> str:
    """The language set up last (the window's or the command line's); English before that."""
    return _language or "en"


def load_catalogue(code: str) -> QTranslator | None:
    """The app's compiled catalogue for ``code``, or None when it is missing (not built)."""
    from . import resources

    try:
        folder = resources.translations_dir()
    except resources.ResourceError:
        log.warning("no translations folder; run `make translations`")
        return None
    translator = QTranslator()
    if translator.load(f"{CATALOGUE}_{code}", str(folder)):
        return translator
    log.warning("no %s_%s.qm in %s; run `make translations`", CATALOGUE, code, folder)
    return None


def set_language(code: str) -> None:
    global _language
    _language = code


def use_headless(code: str | None = None) -> str:
    """Load the catalogue for ``code`` (None: :func:`choice`, resolved) for code that runs
    without a QApplication; returns the language used."""
    global _headless
    code = code or resolve(choice())
    found = load_catalogue(code)
    _headless = [found] if found is not None else []
    set_language(code)
    return code


def use_application(code: str) -> None:
    """The QApplication has its translators now (``ui/i18n.py``): use those."""
    global _headless
    _headless = []
    set_language(code)


def reset_headless() -> None:
    """Forget the command line's translators (the next headless use loads them again)."""
    global _headless
    _headless = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, also where no QCoreApplication exists."""
    if _headless is None and QCoreApplication.instance() is None:
        use_headless()
    for translator in _headless or ():
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found.replace("%n", str(n)) if n >= 0 else found
    return QCoreApplication.translate(context, text, disambiguation, n)


class Context:
    """A translation context for code that is not a QObject, for text with a count:
    ``Wording = Context("Wording")`` then ``Wording.tr("%n minutes", None, n)``.

    pyside6-lupdate reads the name before ``.tr`` as the context, and marks the message as
    plural for any count expression (``translate(ctx, text, None, n)`` is only seen as plural
    when the count is a literal). So the variable must be named as its context."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)
