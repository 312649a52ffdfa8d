"""What a PHP back end does with a 2.0 request: ``json_decode($body, true)``, ``ksort`` and
``json_encode``, modelled on PHP's own C code (ext/json, zend_gcvt, zend_compare).

Written apart from the client's encoder (``binotel/wire.py``) on purpose: the simulated PBX
is an independent check of the client, and tests pin both to bytes PHP itself produced.
A PHP array is modelled as a ``dict`` keyed by ``int`` or ``str``; a JSON list decodes to
one keyed 0..n-1, exactly as in PHP, so ``{}`` and ``[]`` decode to the same thing.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

PhpArray = dict[int | str, Any]

ZEND_LONG_MAX = 9223372036854775807
ZEND_LONG_MIN = -ZEND_LONG_MAX - 1
JSON_PARSER_DEFAULT_DEPTH = 512
_HEX = "0123456789abcdef"
_WHITESPACE = b" \t\n\r\v\f"


class PhpJsonError(ValueError):
    """json_decode returned null or json_encode returned false."""


# ----- json_decode($text, true) ------------------------------------------------------------


def _long_or_double(text: str) -> int | float:
    number = int(text)
    if ZEND_LONG_MIN <= number <= ZEND_LONG_MAX:
        return number
    return float(text)  # php_json_scanner: an overflowing integer becomes a double


def _no_constants(name: str) -> Any:
    raise PhpJsonError(f"{name} is not JSON")


def _array_key(key: str) -> int | str:
    """ZEND_HANDLE_NUMERIC_STR: a canonical decimal integer string is an integer key."""
    raw = key.encode("utf-8", "surrogatepass")
    body = raw[1:] if raw[:1] == b"-" else raw
    if not body or not body.isdigit() or (body[:1] == b"0" and len(body) > 1):
        return key
    if raw == b"-0":
        return key
    number = int(raw)
    return number if ZEND_LONG_MIN <= number <= ZEND_LONG_MAX else key


def _assoc(pairs: list[tuple[str, Any]]) -> PhpArray:
    array: PhpArray = {}
    for key, value in pairs:
        array[_array_key(key)] = value  # zend_symtable_update: first place, last value
    return array


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item.values())
    return deepest


def _as_array(value: Any) -> Any:
    if isinstance(value, list):
        return {index: _as_array(item) for index, item in enumerate(value)}
    if isinstance(value, dict):
        return {key: _as_array(item) for key, item in value.items()}
    return value


def json_decode(raw: bytes) -> Any:
    """``json_decode($raw, true)``; raises :class:`PhpJsonError` where PHP gives null."""
    try:
        text = raw.decode("utf-8")
        value = json.loads(
            text,
            object_pairs_hook=_assoc,
            parse_int=_long_or_double,
            parse_constant=_no_constants,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PhpJsonError(str(exc)) from None
    if _has_lone_surrogate(value):
        raise PhpJsonError("Single unpaired UTF-16 surrogate in unicode escape")
    array = _as_array(value)
    if _depth(array) > JSON_PARSER_DEFAULT_DEPTH:
        raise PhpJsonError("Maximum stack depth exceeded")
    return array


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if any(0xD800 <= ord(ch) <= 0xDFFF for ch in item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


# ----- json_encode($value) -----------------------------------------------------------------


# The two-character escapes of php_json_escape_string (default flags: "/" is escaped).
_SHORT_ESCAPES = {
    0x22: '\\"',
    0x5C: "\\\\",
    0x2F: "\\/",
    0x08: "\\b",
    0x0C: "\\f",
    0x0A: "\\n",
    0x0D: "\\r",
    0x09: "\\t",
}


def _escape(text: str) -> str:
    """php_json_escape_string with default flags, walking the UTF-8 bytes."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise PhpJsonError("Malformed UTF-8 characters") from None
    out = ['"']
    pos = 0
    while pos < len(data):
        byte = data[pos]
        if byte < 0x80:
            pos += 1
            if byte in _SHORT_ESCAPES:
                out.append(_SHORT_ESCAPES[byte])
            elif byte < 0x20:
                out.append("\\u00" + _HEX[byte >> 4] + _HEX[byte & 0xF])
            else:
                out.append(chr(byte))  # DEL (0x7f) too: PHP writes it as it is
            continue
        size = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
        code = byte & (0x1F if size == 2 else 0x0F if size == 3 else 0x07)
        for follow in data[pos + 1 : pos + size]:
            code = (code << 6) | (follow & 0x3F)
        pos += size
        units = [code] if code < 0x10000 else [0xD800 | ((code - 0x10000) >> 10)]
        if code >= 0x10000:
            units.append(0xDC00 | ((code - 0x10000) & 0x3FF))
        for unit in units:
            out.append("\\u" + "".join(_HEX[(unit >> shift) & 0xF] for shift in (12, 8, 4, 0)))
    out.append('"')
    return "".join(out)


def _shortest_digits(value: float) -> tuple[str, int]:
    """zend_dtoa mode 0: the fewest digits that read back as ``value``, and ``decpt``."""
    for precision in range(1, 18):
        text = f"{value:.{precision - 1}e}"
        if float(text) == value:
            break
    mantissa, _, exponent = text.partition("e")
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    return digits, int(exponent) + 1


def _double(value: float) -> str:
    """smart_str_append_double(serialize_precision = -1): zend_gcvt with 17 digits."""
    if value != value or abs(value) == float("inf"):
        raise PhpJsonError("Inf and NaN cannot be JSON encoded")
    negative = str(value).startswith("-")
    if value == 0.0:
        return "-0" if negative else "0"
    digits, decpt = _shortest_digits(abs(value))
    sign = "-" if negative else ""
    if decpt < -3 or decpt > 17:  # exponential format, e.g. 1.0e+25
        decpt -= 1
        rest = digits[1:] if len(digits) > 1 else "0"
        exp_sign = "-" if decpt < 0 else "+"
        return sign + digits[0] + "." + rest + "e" + exp_sign + str(abs(decpt))
    if decpt < 0:
        return sign + "0." + "0" * (-decpt) + digits
    if decpt == 0:
        return sign + "0." + digits
    whole = digits[:decpt].ljust(decpt, "0")
    fraction = digits[decpt:]
    return sign + whole + ("." + fraction if fraction else "")


def _is_list(array: Mapping[Any, Any]) -> bool:
    """zend_array_is_list: the keys are exactly 0, 1, 2... in this order."""
    return all(key == position for position, key in enumerate(array))


def json_encode(value: Any) -> str:
    """``json_encode($value)`` with no flags. A Python list is a PHP list."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if not ZEND_LONG_MIN <= value <= ZEND_LONG_MAX:
            return _double(float(value))
        return str(value)
    if isinstance(value, float):
        return _double(value)
    if isinstance(value, str):
        return _escape(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join(json_encode(item) for item in value) + "]"
    if isinstance(value, Mapping):
        array = _assoc([(str(key), item) for key, item in value.items()])
        if _is_list(array):
            return "[" + ",".join(json_encode(item) for item in array.values()) + "]"
        members = (_escape(str(key)) + ":" + json_encode(item) for key, item in array.items())
        return "{" + ",".join(members) + "}"
    raise PhpJsonError(f"Type is not supported: {type(value).__name__}")


# ----- ksort($array) -----------------------------------------------------------------------


def _numeric_string(text: str) -> int | float | None:
    """_is_numeric_string_ex (PHP 8: whitespace allowed on both sides), else None."""
    data = text.encode("utf-8", "surrogatepass")
    end = len(data)
    pos = 0
    while pos < end and data[pos] in _WHITESPACE:
        pos += 1
    start = pos
    if pos < end and data[pos] in b"+-":
        pos += 1
    digits = 0
    while pos < end and 0x30 <= data[pos] <= 0x39:
        pos, digits = pos + 1, digits + 1
    is_double = False
    if pos < end and data[pos] == 0x2E:  # "."
        is_double = True
        pos += 1
        while pos < end and 0x30 <= data[pos] <= 0x39:
            pos, digits = pos + 1, digits + 1
    if not digits:
        return None
    if pos < end and data[pos] in b"eE":
        look = pos + 1
        if look < end and data[look] in b"+-":
            look += 1
        if look < end and 0x30 <= data[look] <= 0x39:
            is_double = True
            pos = look
            while pos < end and 0x30 <= data[pos] <= 0x39:
                pos += 1
    number = data[start:pos]
    while pos < end and data[pos] in _WHITESPACE:
        pos += 1
    if pos != end:
        return None
    if not is_double:
        value = int(number)
        if ZEND_LONG_MIN <= value <= ZEND_LONG_MAX:
            return value
    return float(number)


def _compare(first: int | str, second: int | str) -> int:
    """php_array_key_compare_unstable_i: two integers, smart string compare, zend_compare."""
    if isinstance(first, int) and isinstance(second, int):
        return 1 if first > second else -1
    a = first if isinstance(first, int) else _numeric_string(first)
    b = second if isinstance(second, int) else _numeric_string(second)
    if a is not None and b is not None:
        return (a > b) - (a < b)
    x = str(first).encode("utf-8", "surrogatepass")
    y = str(second).encode("utf-8", "surrogatepass")
    return (x > y) - (x < y)


def ksort(array: Mapping[Any, Any]) -> PhpArray:
    ordered = _assoc([(str(key), value) for key, value in array.items()])
    keys = sorted(ordered, key=functools.cmp_to_key(_compare))  # zend_sort is stable
    return {key: ordered[key] for key in keys}


# ----- the 2.0 signature -------------------------------------------------------------------


def signature(secret: str, params: Mapping[Any, Any]) -> str:
    """``md5($secret . json_encode($params))`` after ``ksort($params)``."""
    text = secret + json_encode(ksort(params))
    return hashlib.md5(text.encode("utf-8", "surrogatepass")).hexdigest()


def request_signature_ok(secret: str, body: Mapping[Any, Any]) -> bool:
    """Binotel's check: drop ``signature`` and ``key``, sign the rest, compare."""
    claimed = body.get("signature")
    if not isinstance(claimed, str):
        return False
    params = {k: v for k, v in body.items() if k not in ("signature", "key")}
    try:
        expected = signature(secret, params)
    except PhpJsonError:
        return False
    given = claimed.lower().encode("utf-8", "surrogatepass")
    return hmac.compare_digest(given, expected.encode("ascii"))
