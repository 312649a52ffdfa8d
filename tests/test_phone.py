"""Tests for calllauncher.phone: what people type, paste and click, and what Binotel gets."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from calllauncher.phone import (
    DEFAULT_REGION,
    Normalized,
    NumberError,
    Reason,
    is_dial_uri,
    normalize,
    parse_uri,
    try_normalize,
)
from calllauncher.wording.numbers import TEMPLATES, reason_text


def said(result: Normalized | NumberError) -> str:
    """The sentence a refusal becomes (in English here: the tests' language)."""
    assert isinstance(result, NumberError), result
    return reason_text(result)


KYIV = "0443334023"
KYIV_DISPLAY = "+380 44 333 4023"
MOBILE = "0671234567"

# (typed text, expected digits, expected kind)
VALID_UA = [
    ("+380 44 333-40-23", KYIV, "national"),
    ("(044) 333 40 23", KYIV, "national"),
    ("380443334023", KYIV, "national"),
    ("0443334023", KYIV, "national"),
    ("8 044 333 40 23", KYIV, "national"),
    ("00380443334023", KYIV, "national"),
    ("+38 (044) 333-40-23", KYIV, "national"),
    ("380-44-333-40-23", KYIV, "national"),
    ("38 044 333 40 23", KYIV, "national"),
    ("+380443334023", KYIV, "national"),
    ("+380 (0) 44 333 40 23", KYIV, "national"),
    ("+380 044 333 40 23", KYIV, "national"),
    ("044\u00a0333\u00a040\u00a023", KYIV, "national"),
    ("044.333.40.23", KYIV, "national"),
    ("044/333 40 23", KYIV, "national"),
    ("044–333–40–23", KYIV, "national"),
    ("044\u2011333\u201140\u201123", KYIV, "national"),
    ("  \t0443334023 \n", KYIV, "national"),
    ("\u200e+380\u200b443334023\ufeff", KYIV, "national"),
    ("＋３８０４４３３３４０２３", KYIV, "national"),
    ("443334023", KYIV, "national"),
    ("tel:+380443334023", KYIV, "national"),
    ("+380 67 123 45 67", MOBILE, "national"),
    ("067-123-45-67", MOBILE, "national"),
    ("067 123 4567", MOBILE, "national"),
    ("8 067 123 45 67", MOBILE, "national"),
    ("671234567", MOBILE, "national"),
    ("+380 50 123 45 67", "0501234567", "national"),
    ("093 123 45 67", "0931234567", "national"),
    ("0 800 500 609", "0800500609", "national"),
    ("800500609", "0800500609", "national"),
    ("(032) 297-12-34", "0322971234", "national"),
    # A range the metadata doesn't know: accepted because Ukraine is lenient.
    ("0123456789", "0123456789", "national"),
]

VALID_FOREIGN = [
    ("+7 701 123 4567", "77011234567", "international"),
    ("+49 151 12345678", "4915112345678", "international"),
    ("+1 (212) 555-0123", "12125550123", "international"),
    ("0049 151 12345678", "4915112345678", "international"),
    ("004915112345678", "4915112345678", "international"),
    ("+44 20 7946 0958", "442079460958", "international"),
    ("+44 (0)20 7946 0958", "442079460958", "international"),
    ("+48 512 345 678", "48512345678", "international"),
    ("+39 06 1234 5678", "390612345678", "international"),
    ("+420 601 123 456", "420601123456", "international"),
    # Binotel's own foreign form pasted back from the call history.
    ("77011234567", "77011234567", "international"),
    ("4915112345678", "4915112345678", "international"),
    ("12125550123", "12125550123", "international"),
]

VALID_EXTENSIONS = [
    ("901", "901", "extension"),
    ("9001", "9001", "extension"),
    ("12", "12", "extension"),
    ("90001", "90001", "extension"),
    (" 901 ", "901", "extension"),
]

EXT = "Extensions after the number (like “ext. 12”) aren't supported; type the main number only."

# (typed text, exact reason)
INVALID = [
    ("", "Type a phone number."),
    ("   \t ", "Type a phone number."),
    ("\u00a0", "Type a phone number."),
    ("0800-FLOWERS", "This number has letters in it."),
    ("call me", "This number has letters in it."),
    ("044 333 4O 23", "This number has letters in it."),
    ("1", "This number is too short."),
    ("7", "This number is too short."),
    ("+1", "This number is too short."),
    ("3334023", "This number is too short; add the area code in front (like 044 for Kyiv)."),
    ("12345678", "This number is too short."),
    ("090", "Ukrainian numbers have 10 digits, starting with 0; this one has 3."),
    ("044 333 40 2", "Ukrainian numbers have 10 digits, starting with 0; this one has 9."),
    ("044 333 40 231", "Ukrainian numbers have 10 digits, starting with 0; this one has 11."),
    ("123456789", "Ukrainian numbers have 10 digits, starting with 0; this one has 9."),
    ("+380 44 333 402", "+380 numbers have 9 digits after the country code; this one has 8."),
    ("+380 44 333 40 231", "+380 numbers have 9 digits after the country code; this one has 10."),
    ("380 44 333 402", "+380 numbers have 9 digits after the country code; this one has 8."),
    (
        "+380 00 333 40 23",
        "After +380 or the first 0, a Ukrainian number can't start with another 0.",
    ),
    (
        "4433340231",
        "Ukrainian numbers start with 0. For another country, type + and the country code first.",
    ),
    (
        "99999999999",
        "This number is too long for Ukraine. For another country, type + and the country code "
        "first.",
    ),
    ("+999 123 456", "This number doesn't start with a real country code."),
    ("+49 1", "This number is too short."),
    ("+49 30 1", "This number is too short for country code +49."),
    ("+7 701", "This number is too short for country code +7."),
    ("+33 6 12 34 56 789", "This number is too long for country code +33."),
    ("+33 6 12 34 56", "This number is too short for country code +33."),
    ("+1 212 555 01234", "This number is too long for country code +1."),
    ("1234567890123456789", "This number is too long."),
    ("044 333 40 23 ext. 12", EXT),
    ("044 333 40 23 доб. 12", EXT),
    ("+380443334023 x12", EXT),
    ("0443334023#12", EXT),
    ("044 333 40 23, 5", EXT),
    ("*100#", "This number has a character that can't be dialled: “*”."),
    ("044@333", "This number has a character that can't be dialled: “@”."),
    ("++380443334023", "The + sign can only go at the very start of the number."),
    ("044+3334023", "The + sign can only go at the very start of the number."),
    ("---", "This number has no digits in it."),
    ("+", "This number has no digits in it."),
    ("tel:", "This link does not hold a phone number."),
]


@pytest.mark.parametrize(("text", "digits", "kind"), VALID_UA + VALID_FOREIGN + VALID_EXTENSIONS)
def test_normalize_accepts(text: str, digits: str, kind: str) -> None:
    result = normalize(text)
    assert (result.digits, result.kind) == (digits, kind)


@pytest.mark.parametrize(("text", "reason"), INVALID)
def test_normalize_rejects_with_reason(text: str, reason: str) -> None:
    with pytest.raises(NumberError) as info:
        normalize(text)
    assert reason_text(info.value) == reason
    assert said(try_normalize(text)) == reason


def test_display_forms() -> None:
    assert normalize("0443334023").display == KYIV_DISPLAY
    assert normalize("+49 151 12345678").display == "+49 1511 2345678"
    assert normalize("+1 212 555 0123").display == "+1 212-555-0123"
    assert normalize("901").display == "901"


def test_normalized_is_frozen() -> None:
    result = normalize(KYIV)
    assert result == Normalized(KYIV, "national", KYIV_DISPLAY)
    with pytest.raises(AttributeError):
        result.digits = "0"  # type: ignore[misc]


def test_extension_can_be_refused() -> None:
    reason = "An extension can't be used here; type a full phone number."
    with pytest.raises(NumberError) as info:
        normalize("901", allow_extension=False)
    assert info.value.reason == Reason.NO_EXTENSION
    assert said(try_normalize("9001", allow_extension=False)) == reason
    assert normalize(KYIV, allow_extension=False).digits == KYIV


def test_try_normalize_returns_result_when_valid() -> None:
    assert try_normalize("067 123 45 67") == Normalized(MOBILE, "national", "+380 67 123 4567")


def test_number_error_is_a_value_error() -> None:
    assert issubclass(NumberError, ValueError)
    refused = NumberError(Reason.SHORT_FOR, code=48)
    assert refused.reason == Reason.SHORT_FOR and refused.facts == {"code": 48}
    assert str(refused) == "short for country (code=48)"  # the fact, for logs


def test_every_reason_has_its_sentence() -> None:
    assert set(TEMPLATES) == set(Reason)


@pytest.mark.parametrize(
    ("text", "region", "digits", "kind"),
    [
        ("512 345 678", "PL", "48512345678", "international"),
        ("22 123 45 67", "PL", "48221234567", "international"),
        ("0048 512 345 678", "PL", "48512345678", "international"),
        ("00380443334023", "PL", KYIV, "national"),
        ("+380443334023", "PL", KYIV, "national"),
        ("(212) 555-0123", "US", "12125550123", "international"),
        ("011 49 151 12345678", "US", "4915112345678", "international"),
        ("512 345 678", "pl", "48512345678", "international"),
        ("901", "PL", "901", "extension"),
    ],
)
def test_region_changes_how_bare_digits_are_read(
    text: str, region: str, digits: str, kind: str
) -> None:
    result = normalize(text, region)
    assert (result.digits, result.kind) == (digits, kind)


def test_region_reasons() -> None:
    assert said(try_normalize("555-0123", "US")) == "This number is too short for country code +1."
    # The same nine digits are a Mykolaiv number (0512) when read as Ukrainian.
    assert normalize("512 345 678").digits == "0512345678"


def test_unknown_region_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Unknown region") as info:
        normalize(KYIV, "XX")
    assert not isinstance(info.value, NumberError)


def _example_numbers() -> list[phonenumbers.PhoneNumber]:
    numbers = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                numbers.append(number)
    return numbers


@pytest.mark.parametrize(
    "number", _example_numbers(), ids=lambda n: phonenumbers.format_number(n, 0)
)
def test_every_countrys_example_number(number: phonenumbers.PhoneNumber) -> None:
    nsn = phonenumbers.national_significant_number(number)
    expected = "0" + nsn if number.country_code == 380 else f"{number.country_code}{nsn}"
    region = phonenumbers.region_code_for_number(number)
    assert region is not None
    formats = [phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.INTERNATIONAL]
    # Tiny countries have national numbers of extension length; those are read
    # as extensions when typed without a country code, by design.
    if len(nsn) > 5:
        formats.append(phonenumbers.PhoneNumberFormat.NATIONAL)
    for fmt in formats:
        text = phonenumbers.format_number(number, fmt)
        assert normalize(text, region).digits == expected, text


URIS = [
    ("tel:+380443334023", "+380443334023"),
    ("tel://0443334023", "0443334023"),
    ("callto:0443334023", "0443334023"),
    ("callto://+380443334023", "+380443334023"),
    ("callto://+380443334023/", "+380443334023"),
    ("sip:0443334023@pbx.example.com", "0443334023"),
    ("sip:+380443334023@host;user=phone", "+380443334023"),
    ("sip:+380443334023;phone-context=example.com@host", "+380443334023"),
    ("sips:901@pbx.example.com", "901"),
    ("sip:901", "901"),
    ("tel:%2B380443334023", "+380443334023"),
    ("tel:+380%2044%20333", "+380 44 333"),
    ("tel:0443334023;phone-context=+380", "0443334023"),
    ("tel:0443334023;ext=12", "0443334023"),
    ("tel:0443334023,123", "0443334023"),
    ("tel:0443334023p123", "0443334023"),
    ("tel:0443334023W1#", "0443334023"),
    ("tel:044-333-40-23", "044-333-40-23"),
    ("tel:(044)333.40.23", "(044)333.40.23"),
    ("TEL:0443334023", "0443334023"),
    ("Callto:+380443334023", "+380443334023"),
    ("  tel:0443334023\n", "0443334023"),
    ("tel:+380443334023?body=x", "+380443334023"),
    ("tel:0800-FLOWERS", "0800-FLOWERS"),
]


@pytest.mark.parametrize(("uri", "raw"), URIS)
def test_parse_uri(uri: str, raw: str) -> None:
    assert is_dial_uri(uri)
    assert parse_uri(uri) == raw


@pytest.mark.parametrize(
    "uri",
    [
        "http://example.com/0443334023",
        "https://binotel.ua",
        "mailto:office@example.com",
        "0443334023",
        "",
        "   ",
        "telephone:0443334023",
        "xtel:0443334023",
    ],
)
def test_non_dial_links_are_refused(uri: str) -> None:
    assert not is_dial_uri(uri)
    with pytest.raises(NumberError) as info:
        parse_uri(uri)
    assert info.value.reason == Reason.NOT_A_LINK


@pytest.mark.parametrize(
    "uri",
    ["tel:", "tel://", "callto:", "sip:alice@example.com", "callto:skypeuser", "sip:10.0.0.1"],
)
def test_dial_links_without_a_number_are_refused(uri: str) -> None:
    assert is_dial_uri(uri)
    with pytest.raises(NumberError) as info:
        parse_uri(uri)
    assert info.value.reason == Reason.NOT_A_LINK


@pytest.mark.parametrize(
    ("uri", "digits"),
    [
        ("tel:+380443334023", KYIV),
        ("callto://+7%20701%20123%204567", "77011234567"),
        ("sip:901@pbx.example.com", "901"),
        ("tel:067-123-45-67;ext=5", MOBILE),
    ],
)
def test_normalize_takes_links(uri: str, digits: str) -> None:
    assert normalize(uri).digits == digits


def test_letters_in_a_link_are_reported() -> None:
    assert said(try_normalize("tel:0800-FLOWERS")) == "This number has letters in it."


# Text shaped like phone numbers, so the round-trip property meets many valid
# ones instead of only rejections.
_phone_like = st.builds(
    lambda prefix, groups, sep: prefix + sep.join(groups),
    st.sampled_from(["", "+", "00", "0", "8 0", "+380", "380", "+7", "+49", "+1 ", "(0"]),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5),
    st.sampled_from(["", " ", "-", ".", ") ", "\u00a0", "–"]),
)
_regions = st.sampled_from([DEFAULT_REGION, "PL", "US", "DE", "KZ", "GB"])


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(), _phone_like), region=_regions, allow_extension=st.booleans())
@example(text="0443334023", region="UA", allow_extension=True)
@example(text="+44 (0)20 7946 0958", region="UA", allow_extension=False)
def test_normalize_never_crashes_and_round_trips(
    text: str, region: str, allow_extension: bool
) -> None:
    try:
        result = normalize(text, region, allow_extension=allow_extension)
    except NumberError as exc:
        assert reason_text(exc)
        again = try_normalize(text, region, allow_extension=allow_extension)
        assert isinstance(again, NumberError) and again.reason == exc.reason
        return
    assert result.digits
    assert result.digits.isascii()
    assert result.digits.isdigit()
    assert result.kind in ("national", "international", "extension")
    if result.kind == "national":
        assert len(result.digits) == 10
        assert result.digits.startswith("0")
        assert not result.digits.startswith("00")
    again = normalize(result.display, allow_extension=allow_extension)
    assert again.digits == result.digits
    assert again.kind == result.kind


@given(st.text())
def test_parse_uri_never_crashes(text: str) -> None:
    try:
        raw = parse_uri(text)
    except NumberError as exc:
        assert exc.reason == Reason.NOT_A_LINK
    else:
        assert is_dial_uri(text)
        assert any(ch.isdigit() for ch in raw)
