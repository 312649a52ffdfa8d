"""Why a number can't be dialled, as a fact (no words, no phonenumbers).

Apart from :mod:`calllauncher.phone` so the wording layer can key its sentences by reason
without loading phonenumbers' metadata before the window's first frame.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Reason"]


class Reason(StrEnum):
    """Why a number was refused: a fact the wording layer turns into a sentence
    (``wording/numbers.py``), with the facts in :attr:`NumberError.facts`."""

    EMPTY = "empty"
    TOO_SHORT = "too short"
    TOO_LONG = "too long"
    LETTERS = "letters"
    NO_DIGITS = "no digits"
    BAD_PLUS = "bad plus"
    SUFFIX = "extension suffix"  # "ext. 12" after the number
    NO_EXTENSION = "no extension"  # an extension where a full number is needed
    BAD_COUNTRY = "bad country code"
    NOT_A_LINK = "not a link"
    UA_NATIONAL_LENGTH = "ua national length"  # facts: n (digits typed)
    UA_INTL_LENGTH = "ua international length"  # facts: n (digits after +380)
    UA_DOUBLE_ZERO = "ua double zero"
    UA_NEEDS_ZERO = "ua needs zero"
    UA_TOO_LONG = "ua too long"
    UA_LOCAL = "ua local"  # a city number without its area code
    BAD_CHARACTER = "bad character"  # facts: char
    SHORT_FOR = "short for country"  # facts: code
    LONG_FOR = "long for country"  # facts: code
    WRONG_LENGTH_FOR = "wrong length for country"  # facts: code
    NOT_REAL_FOR = "not real for country"  # facts: code
    EMERGENCY = "emergency"  # facts: number
