"""phone.py's reasons for refusing a number, translated for the window and the command line.

phone.py stays free of Qt, so its sentences are plain English constants; each is listed
here once more inside ``QT_TRANSLATE_NOOP`` so pyside6-lupdate puts it in the catalogues
(tests/test_i18n.py checks that this list and phone.py's constants agree). A reason with
facts (``{n}``, ``{code}``, ``{char}``) is translated as its template, then filled in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..translation import translate

if TYPE_CHECKING:
    from ..phone import NumberError

CONTEXT = "Form"

TEMPLATES = (
    QT_TRANSLATE_NOOP("Form", "Type a phone number."),
    QT_TRANSLATE_NOOP("Form", "This number is too short."),
    QT_TRANSLATE_NOOP("Form", "This number is too long."),
    QT_TRANSLATE_NOOP("Form", "This number has letters in it."),
    QT_TRANSLATE_NOOP("Form", "This number has no digits in it."),
    QT_TRANSLATE_NOOP("Form", "The + sign can only go at the very start of the number."),
    QT_TRANSLATE_NOOP(
        "Form",
        "Extensions after the number (like “ext. 12”) aren't supported; type the main number only.",
    ),
    QT_TRANSLATE_NOOP("Form", "An extension can't be used here; type a full phone number."),
    QT_TRANSLATE_NOOP("Form", "This number doesn't start with a real country code."),
    QT_TRANSLATE_NOOP("Form", "This link does not hold a phone number."),
    QT_TRANSLATE_NOOP(
        "Form", "Ukrainian numbers have 10 digits, starting with 0; this one has {n}."
    ),
    QT_TRANSLATE_NOOP(
        "Form", "+380 numbers have 9 digits after the country code; this one has {n}."
    ),
    QT_TRANSLATE_NOOP(
        "Form", "After +380 or the first 0, a Ukrainian number can't start with another 0."
    ),
    QT_TRANSLATE_NOOP("Form", "For another country, type + and the country code first."),
    QT_TRANSLATE_NOOP(
        "Form",
        "Ukrainian numbers start with 0. For another country, type + and the country code first.",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "This number is too long for Ukraine. "
        "For another country, type + and the country code first.",
    ),
    QT_TRANSLATE_NOOP(
        "Form", "This number is too short; add the area code in front (like 044 for Kyiv)."
    ),
    QT_TRANSLATE_NOOP("Form", "This number has a character that can't be dialled: “{char}”."),
    QT_TRANSLATE_NOOP("Form", "This number is too short for country code +{code}."),
    QT_TRANSLATE_NOOP("Form", "This number is too long for country code +{code}."),
    QT_TRANSLATE_NOOP(
        "Form", "This number has the wrong number of digits for country code +{code}."
    ),
    QT_TRANSLATE_NOOP("Form", "This isn't a real phone number for country code +{code}."),
    QT_TRANSLATE_NOOP(
        "Form",
        "{number} is an emergency number. Dial it from a phone directly: a call started "
        "through the PBX may not reach the emergency service near you.",
    ),
)


def reason_text(error: NumberError) -> str:
    """The reason ``error`` carries, in the user's language."""
    template = translate(CONTEXT, error.template)
    try:
        return template.format(**error.facts) if error.facts else template
    except (KeyError, IndexError, ValueError):  # a catalogue that mangled a placeholder
        return error.reason
