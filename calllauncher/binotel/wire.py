"""The two wire forms of the Binotel API: names, bodies and 2.0 signatures.

Pure functions, no I/O: the client and the simulated PBX both build on them.
"""

from __future__ import annotations

import hashlib
import json
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
    "call_details": Operation("stats", "call-details", "call-details", False),
    "online_calls": Operation("stats", "online-calls", "online-calls", False),
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


def php_json_encode(value: Any) -> str:
    """Encode exactly like PHP's default ``json_encode``.

    No spaces, non-ASCII as lowercase ``\\uXXXX`` (surrogate pairs above U+FFFF, which
    Python's ``ensure_ascii`` already does), and ``/`` escaped as ``\\/``. A ``/`` can only
    occur inside strings in JSON text, so a plain replace is exact.
    """
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("/", "\\/")


def sign(secret: str, params: Mapping[str, Any]) -> str:
    """The 2.0 signature: md5(secret + json of params, top-level keys sorted)."""
    ordered = {key: params[key] for key in sorted(params)}
    return hashlib.md5((secret + php_json_encode(ordered)).encode("utf-8")).hexdigest()


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
