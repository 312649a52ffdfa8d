"""The two wire forms of the Binotel API: names, bodies and 2.0 signatures.

Pure functions, no I/O: the client and the simulated PBX both build on them.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

VERSIONS = ("4.0", "2.0")

# Python keyword -> (4.0 field, 2.0 field). The PHP client's names are the 2.0 ones.
FIELDS: dict[str, tuple[str, str]] = {
    "ext_number": ("internalNumber", "ext_number"),
    "phone_number": ("externalNumber", "phone_number"),
    "phone_number1": ("externalNumber1", "phoneNumber1"),
    "phone_number2": ("externalNumber2", "phoneNumber2"),
    "trunk_number": ("pbxNumber", "trunkNumber"),
    "call_time_to_ext": ("callTimeToExt", "callTimeToExt"),
    "limit_call_time": ("limitCallTime", "limitCallTime"),
    "playback_waiting": ("playbackWaiting", "playbackWaiting"),
    "caller_id_for_employee": ("callerIdForEmployee", "callerIdForEmployee"),
    "async_": ("async", "async"),
    "general_call_id": ("generalCallID", "generalCallID"),
    "voice_file_id": ("voiceFileID", "voiceFileID"),
    "ivr_name": ("ivrName", "ivrName"),
    # Who is calling (customers/*) and who called (stats/* by number): same names in both.
    "subject": ("subject", "subject"),
    "customer_id": ("customerID", "customerID"),
    "external_numbers": ("externalNumbers", "externalNumbers"),
    "internal_number": ("internalNumber", "internalNumber"),
    "name": ("name", "name"),
    "numbers": ("numbers", "numbers"),
    "description": ("description", "description"),
    "email": ("email", "email"),
    "assigned_to_employee_number": ("assignedToEmployeeNumber", "assignedToEmployeeNumber"),
    "assigned_to_employee": ("assignedToEmployee", "assignedToEmployee"),
    # stats/call-record names the call differently in each version.
    "record_call_id": ("generalCallID", "callID"),
    # settings/change-employee-presence-state: the same names in both versions.
    "employee_id": ("employeeID", "employeeID"),
    "presence_state": ("presenceState", "presenceState"),
}


@dataclass(frozen=True, slots=True)
class Operation:
    category: str
    method40: str
    method20: str
    starts_call: bool  # never retried automatically: a retry could ring a customer twice

    def path(self, version: str) -> str:
        method = self.method40 if version == "4.0" else self.method20
        return f"{version}/{self.category}/{method}.json"


OPERATIONS: dict[str, Operation] = {
    "ext_to_phone": Operation("calls", "internal-number-to-external-number", "ext-to-phone", True),
    "phone_to_phone": Operation(
        "calls", "external-number-to-external-number", "phone-to-phone", True
    ),
    "attended_call_transfer": Operation(
        "calls", "attended-call-transfer", "attended-call-transfer", True
    ),
    "hangup_call": Operation("calls", "hangup-call", "hangup-call", False),
    "call_with_announcement": Operation(
        "calls", "call-with-announcement", "call-with-announcement", True
    ),
    "call_with_interactive_voice_response": Operation(
        "calls",
        "call-with-interactive-voice-response",
        "call-with-interactive-voice-response",
        True,
    ),
    "list_of_employees": Operation("settings", "list-of-employees", "list-of-employees", False),
    "list_of_voice_files": Operation(
        "settings", "list-of-voice-files", "list-of-voice-files", False
    ),
    "list_of_routes": Operation("settings", "list-of-routes", "list-of-routes", False),
    # Sets a state, rings nobody: sending it twice leaves the same state.
    "change_employee_presence_state": Operation(
        "settings", "change-employee-presence-state", "change-employee-presence-state", False
    ),
    "call_details": Operation("stats", "call-details", "call-details", False),
    "online_calls": Operation("stats", "online-calls", "online-calls", False),
    # Sources differ on this name: the first is tried, the second after a 102.
    "lost_calls_for_today": Operation(
        "stats", "list-of-lost-calls-for-today", "list-of-lost-calls-for-today", False
    ),
    "lost_calls_today": Operation(
        "stats", "list-of-lost-calls-today", "list-of-lost-calls-today", False
    ),
    "history_by_external_number": Operation(
        "stats", "history-by-external-number", "history-by-external-number", False
    ),
    "recent_calls_by_internal_number": Operation(
        "stats", "recent-calls-by-internal-number", "recent-calls-by-internal-number", False
    ),
    # Read-only: a fresh signed link to the recording each time (it lives ~15 minutes).
    "call_record": Operation("stats", "call-record", "call-record", False),
    "customers_search": Operation("customers", "search", "search", False),
    "customers_take_by_id": Operation("customers", "take-by-id", "take-by-id", False),
    # Creates a record, rings nobody: a retry at worst meets the "name is unique" refusal.
    "customers_create": Operation("customers", "create", "create", False),
}


def wire_params(
    version: str, params: Mapping[str, Any], overrides: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Map Python keyword names to the version's field names, dropping ``None``s."""
    index = 0 if version == "4.0" else 1
    out: dict[str, Any] = {}
    for name, value in params.items():
        if value is None:
            continue
        field = (overrides or {}).get(name) or FIELDS[name][index]
        out[field] = value
    return out


# ----- PHP's json_encode, byte for byte ---------------------------------------------------
#
# Binotel's 2.0 back end is PHP: it signs ``json_encode`` of a PHP array, where a map
# whose keys are 0..n-1 is a list (so an empty map is ``[]``), integer-like string keys
# are integers, and floats follow ``serialize_precision = -1``. The simulated PBX checks
# this with its own, separately written code (fakepbx/phpjson.py); tests pin both to
# bytes produced by PHP itself (tests/php/).

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_INT_KEY = re.compile(r"(?:0|-?[1-9][0-9]*)")
_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "/": "\\/",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}
# What PHP escapes: quote, backslash, slash, C0 controls and every non-ASCII character.
# U+007F (DEL) is ASCII and PHP writes it raw.
_ESCAPED = re.compile('["\\\\/\x00-\x1f\x80-\U0010ffff]')
_SURROGATE = re.compile("[\ud800-\udfff]")
_NUMERIC = re.compile(
    r"[ \t\n\r\v\f]*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \t\n\r\v\f]*"
)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    if code > 0xFFFF:  # written as a UTF-16 surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _php_string(text: str) -> str:
    if _SURROGATE.search(text):  # PHP refuses a lone surrogate (not valid UTF-8)
        raise ValueError("a lone UTF-16 surrogate cannot be encoded")
    return '"' + _ESCAPED.sub(_escape_char, text) + '"'


def _php_float(value: float) -> str:
    """``zend_gcvt`` with 17 digits over the shortest round-trip digits (Python's repr)."""
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("PHP cannot encode NaN or infinity")
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    if value == 0:
        return sign + "0"
    exponent_text = repr(abs(value)).split("e")
    mantissa = exponent_text[0]
    exponent = int(exponent_text[1]) if len(exponent_text) > 1 else 0
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    # decpt: the value is 0.<digits> x 10**decpt
    decpt = len(whole.lstrip("0")) + exponent if whole.strip("0") else exponent
    if not whole.strip("0"):
        decpt -= len(fraction) - len(fraction.lstrip("0"))
    digits = digits.rstrip("0") or "0"
    if (decpt < -3) if decpt < 0 else (decpt > 17):
        power = decpt - 1
        tail = digits[1:] or "0"
        return f"{sign}{digits[0]}.{tail}e{'-' if power < 0 else '+'}{abs(power)}"
    if decpt <= 0:
        return f"{sign}0.{'0' * -decpt}{digits}"
    if len(digits) <= decpt:
        return sign + digits + "0" * (decpt - len(digits))
    return f"{sign}{digits[:decpt]}.{digits[decpt:]}"


def _php_key(key: object) -> int | str:
    """The key a PHP array holds: integer-like strings become integers."""
    if isinstance(key, bool) or not isinstance(key, int | str):
        raise TypeError(f"a PHP array key must be text or a whole number, not {key!r}")
    if isinstance(key, int):
        return key if _INT64_MIN <= key <= _INT64_MAX else str(key)
    if _INT_KEY.fullmatch(key) and _INT64_MIN <= int(key) <= _INT64_MAX:
        return int(key)
    return key


def _php_array(mapping: Mapping[Any, Any]) -> dict[int | str, Any]:
    out: dict[int | str, Any] = {}
    for key, item in mapping.items():
        out[_php_key(key)] = item  # PHP keeps the first position, the last value
    return out


def _encode(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        # json_decode turns an integer beyond 64 bits into a float
        out.append(str(value) if _INT64_MIN <= value <= _INT64_MAX else _php_float(float(value)))
    elif isinstance(value, float):
        out.append(_php_float(value))
    elif isinstance(value, str):
        out.append(_php_string(value))
    elif isinstance(value, Mapping):
        array = _php_array(value)
        if list(array) == list(range(len(array))):  # array_is_list: [] when empty
            _encode_list(array.values(), out)
        else:
            out.append("{")
            for index, (key, item) in enumerate(array.items()):
                if index:
                    out.append(",")
                out.append(_php_string(str(key)))
                out.append(":")
                _encode(item, out)
            out.append("}")
    elif isinstance(value, list | tuple):
        _encode_list(value, out)
    else:
        raise TypeError(f"{type(value).__name__} cannot be encoded as JSON")


def _encode_list(items: Any, out: list[str]) -> None:
    out.append("[")
    for index, item in enumerate(items):
        if index:
            out.append(",")
        _encode(item, out)
    out.append("]")


def php_json_encode(value: Any) -> str:
    """Encode exactly like PHP's default ``json_encode`` of the PHP value ``value`` maps to.

    Raises ``ValueError`` for what PHP refuses to encode (NaN, infinity, lone surrogates).
    """
    out: list[str] = []
    _encode(value, out)
    return "".join(out)


def _numeric(text: str) -> float | int | None:
    if not _NUMERIC.fullmatch(text):
        return None
    stripped = text.strip(" \t\n\r\v\f")
    if re.fullmatch(r"[+-]?[0-9]+", stripped) and _INT64_MIN <= int(stripped) <= _INT64_MAX:
        return int(stripped)
    return float(stripped)


def _php_compare(a: int | str, b: int | str) -> int:
    """PHP 8's ``ksort`` key order (SORT_REGULAR): numbers numerically, text bytewise."""
    left = a if isinstance(a, int) else _numeric(a)
    right = b if isinstance(b, int) else _numeric(b)
    if left is not None and right is not None:
        return (left > right) - (left < right)
    x, y = str(a).encode("utf-8"), str(b).encode("utf-8")
    return (x > y) - (x < y)


def php_ksort(params: Mapping[Any, Any]) -> dict[int | str, Any]:
    """PHP's ``ksort`` of the array ``params`` becomes (a stable sort, as in PHP 8)."""
    array = _php_array(params)
    return {key: array[key] for key in sorted(array, key=functools.cmp_to_key(_php_compare))}


def sign(secret: str, params: Mapping[str, Any]) -> str:
    """The 2.0 signature: ``md5($secret . json_encode(ksort($params)))``."""
    text = php_json_encode(php_ksort(params))
    return hashlib.md5((secret + text).encode("utf-8")).hexdigest()


def body_40(key: str, secret: str, params: Mapping[str, Any]) -> dict[str, Any]:
    return {**params, "key": key, "secret": secret}


def body_20(key: str, secret: str, params: Mapping[str, Any]) -> dict[str, Any]:
    return {**params, "signature": sign(secret, params), "key": key}


def response_signature_ok(secret: str, response: Mapping[str, Any]) -> bool:
    """Check a 2.0 response's own signature (computed over the response without it)."""
    claimed = response.get("signature")
    rest = {k: v for k, v in response.items() if k != "signature"}
    return isinstance(claimed, str) and claimed.lower() == sign(secret, rest)


def sign_response(secret: str, response: Mapping[str, Any]) -> dict[str, Any]:
    """What a 2.0 server sends: the response plus its signature (used by fakepbx)."""
    return {**response, "signature": sign(secret, response)}
