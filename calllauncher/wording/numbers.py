"""Why a number can't be dialled, in the user's language, for the window and the command
line alike. phone.py says only the fact (a :class:`~calllauncher.phone.Reason` and its
facts: ``n``, ``code``, ``char``, ``number``); the sentence for it is here, once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..number_reason import Reason
from ..translation import translate

if TYPE_CHECKING:
    from ..phone import NumberError

CONTEXT = "Form"

# The sources, marked for pyside6-lupdate; translated when said (a reason with facts is
# translated as its template, then filled in).
_MARKED: dict[Reason, object] = {
    Reason.EMPTY: QT_TRANSLATE_NOOP("Form", "Type a phone number."),
    Reason.TOO_SHORT: QT_TRANSLATE_NOOP("Form", "This number is too short."),
    Reason.TOO_LONG: QT_TRANSLATE_NOOP("Form", "This number is too long."),
    Reason.LETTERS: QT_TRANSLATE_NOOP("Form", "This number has letters in it."),
    Reason.NO_DIGITS: QT_TRANSLATE_NOOP("Form", "This number has no digits in it."),
    Reason.BAD_PLUS: QT_TRANSLATE_NOOP(
        "Form", "The + sign can only go at the very start of the number."
    ),
    Reason.SUFFIX: QT_TRANSLATE_NOOP(
        "Form",
        "Extensions after the number (like “ext. 12”) aren't supported; type the main number only.",
    ),
    Reason.NO_EXTENSION: QT_TRANSLATE_NOOP(
        "Form", "An extension can't be used here; type a full phone number."
    ),
    Reason.BAD_COUNTRY: QT_TRANSLATE_NOOP(
        "Form", "This number doesn't start with a real country code."
    ),
    Reason.NOT_A_LINK: QT_TRANSLATE_NOOP("Form", "This link does not hold a phone number."),
    Reason.UA_NATIONAL_LENGTH: QT_TRANSLATE_NOOP(
        "Form", "Ukrainian numbers have 10 digits, starting with 0; this one has {n}."
    ),
    Reason.UA_INTL_LENGTH: QT_TRANSLATE_NOOP(
        "Form", "+380 numbers have 9 digits after the country code; this one has {n}."
    ),
    Reason.UA_DOUBLE_ZERO: QT_TRANSLATE_NOOP(
        "Form", "After +380 or the first 0, a Ukrainian number can't start with another 0."
    ),
    Reason.UA_NEEDS_ZERO: QT_TRANSLATE_NOOP(
        "Form",
        "Ukrainian numbers start with 0. For another country, type + and the country code first.",
    ),
    Reason.UA_TOO_LONG: QT_TRANSLATE_NOOP(
        "Form",
        "This number is too long for Ukraine. "
        "For another country, type + and the country code first.",
    ),
    Reason.UA_LOCAL: QT_TRANSLATE_NOOP(
        "Form", "This number is too short; add the area code in front (like 044 for Kyiv)."
    ),
    Reason.BAD_CHARACTER: QT_TRANSLATE_NOOP(
        "Form", "This number has a character that can't be dialled: “{char}”."
    ),
    Reason.SHORT_FOR: QT_TRANSLATE_NOOP(
        "Form", "This number is too short for country code +{code}."
    ),
    Reason.LONG_FOR: QT_TRANSLATE_NOOP("Form", "This number is too long for country code +{code}."),
    Reason.WRONG_LENGTH_FOR: QT_TRANSLATE_NOOP(
        "Form", "This number has the wrong number of digits for country code +{code}."
    ),
    Reason.NOT_REAL_FOR: QT_TRANSLATE_NOOP(
        "Form", "This isn't a real phone number for country code +{code}."
    ),
    Reason.EMERGENCY: QT_TRANSLATE_NOOP(
        "Form",
        "{number} is an emergency number. Dial it from a phone directly: a call started "
        "through the PBX may not reach the emergency service near you.",
    ),
}
TEMPLATES: dict[Reason, str] = {reason: str(source) for reason, source in _MARKED.items()}


def reason_text(error: NumberError) -> str:
    """The reason ``error`` carries, in the user's language."""
    source = TEMPLATES[error.reason]
    template = translate(CONTEXT, source)
    try:
        return template.format(**error.facts) if error.facts else template
    except (KeyError, IndexError, ValueError):  # a catalogue that mangled a placeholder
        return source.format(**error.facts)
