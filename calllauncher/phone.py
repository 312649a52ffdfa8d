"""Turn whatever a person typed, pasted or clicked into the number form Binotel dials.

Binotel wants Ukrainian numbers as 10 national digits (``0443334023``), foreign
numbers as international digits without ``+`` (``4915112345678``) and internal
lines as their short extension (``901``).  Every rejection carries a :class:`Reason` and its
facts, which ``wording/numbers.py`` turns into a sentence a receptionist can act on.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, ValidationResult, shortnumberinfo

from .number_reason import Reason

DEFAULT_REGION = "UA"

Kind = Literal["national", "international", "extension"]

_UA_CODE = 380
# E.164 caps numbers at 15 digits; the slack on input covers a typed 00 prefix.
_E164_MAX = 15
_MAX_DIGITS = 17


# Only layout characters are dropped silently.  Anything else (*, #, @ ...) is
# refused, because quietly deleting it could dial a different number than meant.
_SEPARATORS = frozenset("-.()/[]\\_~·\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fb")
_PLUS_SIGNS = frozenset("+\uff0b")

# "ext. 12", "x12", "доб. 123", "#12", ",12" at the end.  The lookbehind keeps
# words like "Box 12" from counting, so they get the "letters" reason instead.
_SUFFIX_RE = re.compile(
    r"(?<![^\W\d_])(?:ext(?:ension)?|x|доб(?:авочный)?|дод(?:атковий)?|вн(?:утр(?:енний|ішній)?)?|[#,;])"
    r"[.:]?\s*\d+\s*$",
    re.IGNORECASE,
)

_URI_RE = re.compile(r"^\s*(tel|callto|sips?):(?://)?(.*?)\s*$", re.IGNORECASE | re.DOTALL)
# A dialling pause (",", or "p"/"w" right after a digit or separator) ends the
# part we can dial; what follows is DTMF for an IVR, which the PBX can't take.
_PAUSE_RE = re.compile(r",|(?<=[\d\s().-])[pw]", re.IGNORECASE)
_IPV4_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# Ukraine's emergency lines (fire, police, ambulance, gas, the common 112): short enough to
# pass for internal lines. Other regions' come from phonenumbers' short-number data.
_UA_EMERGENCY = frozenset({"101", "102", "103", "104", "112"})


@dataclass(frozen=True, slots=True)
class Normalized:
    digits: str  # sent to the PBX: "0443334023", "77011234567", "901"
    kind: Kind
    display: str  # "+380 44 333 4023", or the extension itself


class NumberError(ValueError):
    """A number was refused. ``reason`` says why and ``facts`` hold the details a sentence
    needs (``n``, ``code``, ``char``, ``number``); ``wording/numbers.py`` words them for a
    receptionist. ``str()`` is the bare fact, for logs."""

    def __init__(self, reason: Reason, **facts: object) -> None:
        shown = ", ".join(f"{k}={v}" for k, v in facts.items())
        super().__init__(f"{reason.value} ({shown})" if facts else reason.value)
        self.reason = reason
        self.facts = facts


def normalize(
    text: str,
    region: str = DEFAULT_REGION,
    *,
    allow_extension: bool = True,
    allow_emergency: bool = False,
) -> Normalized:
    """Return the Binotel form of ``text`` or raise NumberError with the reason.

    ``region`` only decides how numbers typed without a country code are read;
    a Ukrainian result is always "national", everything else "international".
    An unknown region is a programming error and raises plain ValueError.

    Emergency numbers (112, 101-104, the region's own) are refused: click-to-call rings
    the desk phone and then has the PBX dial out on whatever line it picks, so the call
    may reach another region's service or none, and it can't be traced to the caller.
    ``allow_emergency`` only for a number that is rung, never dialled out (my extension).
    """
    region = region.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"Unknown region code: {region!r}")
    if is_dial_uri(text):
        text = parse_uri(text)
    plus, digits = _clean(text)

    if not plus and not allow_emergency and is_emergency(digits, region):
        raise NumberError(Reason.EMERGENCY, number=digits)
    if not plus and _looks_like_extension(digits):
        if not allow_extension:
            raise NumberError(Reason.NO_EXTENSION)
        return Normalized(digits, "extension", digits)
    if len(digits) > _MAX_DIGITS:
        raise NumberError(Reason.TOO_LONG)
    if plus:
        return _finish(_parse_international(digits), international=True)
    if region == "UA":
        return _from_ua_digits(digits)
    return _from_foreign_region(digits, region)


def is_emergency(digits: str, region: str = DEFAULT_REGION) -> bool:
    """True for an emergency number dialled as ``digits`` from ``region`` (or Ukraine)."""
    if digits in _UA_EMERGENCY:
        return True
    return len(digits) <= 6 and shortnumberinfo.is_emergency_number(digits, region.upper())


def try_normalize(
    text: str, region: str = DEFAULT_REGION, *, allow_extension: bool = True
) -> Normalized | NumberError:
    """Like normalize, but hand back the refusal instead of raising (for live validation)."""
    try:
        return normalize(text, region, allow_extension=allow_extension)
    except NumberError as exc:
        return exc


def is_dial_uri(text: str) -> bool:
    """True if ``text`` uses a scheme meant for dialling (tel:, callto:, sip:, sips:)."""
    return _URI_RE.match(text) is not None


def parse_uri(uri: str) -> str:
    """Pull the raw, still unnormalized number out of a dial link.

    Separators such as ``-.()`` are kept for normalize to deal with; URI
    parameters (``;ext=12``, ``;phone-context=...``) and anything after a
    dialling pause are dropped, as the PBX can only place the call itself.
    """
    match = _URI_RE.match(uri)
    if match is None:
        raise NumberError(Reason.NOT_A_LINK)
    scheme, rest = match.group(1).lower(), match.group(2)
    if scheme.startswith("sip"):
        user, at, _host = rest.partition("@")
        # Without "@" a SIP URI names only a host; an IP address there would
        # otherwise pass for digits and ring some unrelated extension.
        rest = user if at or not _IPV4_RE.match(user.partition(";")[0]) else ""
    # Split before decoding so an escaped %3B or %3F stays part of the number.
    rest = re.split(r"[;?#]", rest, maxsplit=1)[0].rstrip("/")
    rest = unquote(rest, errors="replace")
    rest = _PAUSE_RE.split(rest, maxsplit=1)[0].strip()
    if not any(ch.isdigit() for ch in rest):
        raise NumberError(Reason.NOT_A_LINK)
    return rest


def _clean(text: str) -> tuple[bool, str]:
    """Reduce typed text to (had a leading plus, ASCII digits) or explain why not."""
    if not text.strip():
        raise NumberError(Reason.EMPTY)
    if _SUFFIX_RE.search(text):
        raise NumberError(Reason.SUFFIX)
    plus = False
    digits: list[str] = []
    bad: str | None = None
    has_letters = False
    for ch in text:
        # Pasted text brings full-width or Arabic-Indic digits; they mean the same.
        value = unicodedata.decimal(ch, -1)
        if value >= 0:
            digits.append(str(value))
        elif ch in _PLUS_SIGNS:
            if plus or digits:
                raise NumberError(Reason.BAD_PLUS)
            plus = True
        elif ch.isspace() or ch in _SEPARATORS or unicodedata.category(ch) == "Cf":
            # Cf covers zero-width spaces and direction marks web pages hide in numbers.
            continue
        elif ch.isalpha():
            has_letters = True
        elif bad is None:
            bad = ch
    if has_letters:
        raise NumberError(Reason.LETTERS)
    if bad is not None:
        shown = bad if bad.isprintable() else f"U+{ord(bad):04X}"
        raise NumberError(Reason.BAD_CHARACTER, char=shown)
    if not digits:
        raise NumberError(Reason.NO_DIGITS)
    return plus, "".join(digits)


def _looks_like_extension(digits: str) -> bool:
    # A leading 0 means the start of an area code (e.g. "044"), never a line.
    return 2 <= len(digits) <= 5 and not digits.startswith("0")


def _parse_international(digits: str) -> PhoneNumber:
    try:
        return phonenumbers.parse("+" + digits, None)
    except NumberParseException as exc:
        raise NumberError(_parse_failure(exc)) from None


def _parse_failure(exc: NumberParseException) -> Reason:
    if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
        return Reason.BAD_COUNTRY
    if exc.error_type == NumberParseException.TOO_LONG:
        return Reason.TOO_LONG
    return Reason.TOO_SHORT


def _from_ua_digits(digits: str) -> Normalized:
    """Read digits typed without "+" the way people in Ukraine write numbers."""
    if digits.startswith("00"):
        return _finish(_parse_international(digits[2:]), international=True)
    if digits.startswith("380") and len(digits) >= 10:
        # The country code typed without "+" ("380 44 ...", "38 (044) ...").
        return _finish(_parse_international(digits), international=True)
    if re.match(r"80[1-9]", digits) and len(digits) >= 10:
        # The Soviet-era trunk prefix 8 before the 0XX code: "8 044 333 40 23".
        digits = digits[1:]
    if digits.startswith("0"):
        if len(digits) != 10:
            raise NumberError(Reason.UA_NATIONAL_LENGTH, n=len(digits))
        return _finish(phonenumbers.parse(digits, "UA"), international=False)
    if len(digits) == 9:
        # Nine digits is usually a number with its leading 0 forgotten ("67 123
        # 45 67").  We only add the 0 when the result is a range in use today, so
        # a mistyped number gets a reason instead of a confident wrong guess.
        number = phonenumbers.parse(digits, "UA")
        if phonenumbers.is_valid_number(number):
            return _finish(number, international=False)
        raise NumberError(Reason.UA_NATIONAL_LENGTH, n=9)
    guess = _guess_international(digits)
    if guess is not None:
        return guess
    if len(digits) <= 8:
        # 5-7 digits is how a city number looks without its area code.
        raise NumberError(Reason.UA_LOCAL if 5 <= len(digits) <= 7 else Reason.TOO_SHORT)
    raise NumberError(Reason.UA_NEEDS_ZERO if len(digits) == 10 else Reason.UA_TOO_LONG)


def _from_foreign_region(digits: str, region: str) -> Normalized:
    try:
        number = phonenumbers.parse(digits, region)
    except NumberParseException as exc:
        raise NumberError(_parse_failure(exc)) from None
    verdict = phonenumbers.is_possible_number_with_reason(number)
    if number.country_code == _UA_CODE or verdict == ValidationResult.IS_POSSIBLE:
        # Outside Ukraine a +380 number can only have been typed with a country code.
        return _finish(number, international=True)
    guess = _guess_international(digits)
    if guess is not None:
        return guess
    return _finish(number, international=False)  # raises with the region's reason


def _guess_international(digits: str) -> Normalized | None:
    """Binotel shows foreign numbers as bare international digits ("77011234567"),
    so people paste them back like that.  Accept that reading only for numbers
    too long to be ambiguous and only when they form a number in real use."""
    if len(digits) < 11:
        return None
    try:
        number = phonenumbers.parse("+" + digits, None)
    except NumberParseException:
        return None
    if number.country_code == _UA_CODE or not phonenumbers.is_valid_number(number):
        return None
    return _finish(number, international=True)


def _finish(number: PhoneNumber, *, international: bool) -> Normalized:
    """Check the parsed number and render it in Binotel's form.

    ``international`` records whether the person typed a country code, so a
    length complaint can count digits the same way they wrote them.
    """
    nsn = phonenumbers.national_significant_number(number)
    if number.country_code == _UA_CODE:
        # Lenient on purpose: Ukraine keeps opening new ranges that the bundled
        # metadata may not know yet, so any 9-digit national part is accepted
        # (only the length is checked, not is_valid_number).  A second 0 is
        # refused because Binotel would read "00..." as a call abroad.
        if nsn.startswith("0"):
            raise NumberError(Reason.UA_DOUBLE_ZERO)
        if len(nsn) != 9:
            if international:
                raise NumberError(Reason.UA_INTL_LENGTH, n=len(nsn))
            raise NumberError(Reason.UA_NATIONAL_LENGTH, n=len(nsn) + 1)
        return Normalized("0" + nsn, "national", _display(number))
    verdict = phonenumbers.is_possible_number_with_reason(number)
    if len(str(number.country_code)) + len(nsn) > _E164_MAX:
        verdict = ValidationResult.TOO_LONG
    # Local-only lengths are numbers missing their area code: they can't be
    # dialled from Ukraine, so they count as too short.
    if verdict in (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        raise NumberError(Reason.SHORT_FOR, code=number.country_code)
    if verdict == ValidationResult.TOO_LONG:
        raise NumberError(Reason.LONG_FOR, code=number.country_code)
    if verdict == ValidationResult.INVALID_LENGTH:
        raise NumberError(Reason.WRONG_LENGTH_FOR, code=number.country_code)
    if verdict == ValidationResult.INVALID_COUNTRY_CODE:
        raise NumberError(Reason.BAD_COUNTRY)
    display = _display(number)
    # Some inputs ("000000" read as German) leave a national prefix inside the
    # number; Binotel and our own display would then read it differently.
    if phonenumbers.national_significant_number(phonenumbers.parse(display, None)) != nsn:
        raise NumberError(Reason.NOT_REAL_FOR, code=number.country_code)
    return Normalized(f"{number.country_code}{nsn}", "international", display)


def _display(number: PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def numbers_in_text(text: str, region: str = DEFAULT_REGION, *, limit: int = 5) -> list[Normalized]:
    """Every dialable number written in ``text`` ("Call Petro at +380 67 123 45 67 or
    044 333 40 23 after 5"), in order, each once: phonenumbers' matcher finds them, and
    each is then read as :func:`normalize` reads a typed one (a refused one is left out)."""
    region = region.upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"Unknown region code: {region!r}")
    found: list[Normalized] = []
    for match in phonenumbers.PhoneNumberMatcher(text, region):
        try:
            number = normalize(match.raw_string, region, allow_extension=False)
        except NumberError:
            continue
        if all(number.digits != seen.digits for seen in found):
            found.append(number)
        if len(found) >= limit:
            break
    return found
