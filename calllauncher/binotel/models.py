"""Typed results, decoded leniently from the PBX's loosely typed JSON.

The PBX sends numbers as strings, ids as strings or numbers, and empty collections as
``""``, ``[]`` or ``{}``. Decoders here accept all of these and raise
:class:`ProtocolError` (never anything else) when a shape is beyond repair.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import Answer, ProtocolError

FINAL_DISPOSITIONS = frozenset(
    {
        "ANSWER",
        "TRANSFER",
        "BUSY",
        "NOANSWER",
        "CANCEL",
        "CONGESTION",
        "CHANUNAVAIL",
        "VM",
        "VM-SUCCESS",
        "FAILED",
        "SMS-SENDING",
        "SMS-SENT",
        "FAX",
    }
)


def as_str(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def as_int(value: Any, default: int = 0) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value == value and abs(value) < 2**62 else default
    if isinstance(value, str):
        try:
            return int(float(value.strip()))
        except (ValueError, OverflowError):
            return default
    return default


def as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def items_of(value: Any, what: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Iterate a collection sent as an object keyed by id, a list, or an empty marker."""
    if value in (None, "", [], {}):
        return
    if isinstance(value, Mapping):
        pairs: Any = value.items()
    elif isinstance(value, list):
        pairs = ((None, item) for item in value)
    else:
        raise ProtocolError(
            Answer.BAD_SHAPE,
            details=f"{what}: {type(value).__name__}",
        )
    for key, item in pairs:
        if isinstance(item, Mapping):
            yield as_str(key), item


@dataclass(frozen=True, slots=True)
class CallStarted:
    """What a call-starting operation returns. The id may be absent for some kinds."""

    general_call_id: str | None

    @classmethod
    def decode(cls, data: Mapping[str, Any]) -> CallStarted:
        raw = data.get("generalCallID")
        if isinstance(raw, list) and raw:
            raw = raw[0]
        text = as_str(raw)
        return cls(text or None)


# endpointData carries the line's SIP login and clear-text password. They are removed from
# the decoded response before anything else looks at it (see drop_credentials).
CREDENTIAL_FIELDS = frozenset({"login", "password", "sippassword", "secret"})
UNLINKED_PREFIX = "notLinkedToUser_"


def drop_credentials(value: Any) -> None:
    """Delete SIP logins and passwords, at any depth, from a decoded response, in place."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for name in [k for k in item if str(k).lower() in CREDENTIAL_FIELDS]:
                del item[name]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def line_status(endpoint: Mapping[str, Any]) -> str:
    """The line state (online, offline, inuse, ringing...) in any shape seen in the wild:
    ``status`` as a string, as ``{status, qualify, updatedAt}``, ``{preparedStatus}`` or
    ``{sip: {status}}``."""
    raw = endpoint.get("status")
    if isinstance(raw, Mapping):
        sip = as_mapping(raw.get("sip"))
        raw = raw.get("preparedStatus") or raw.get("status") or sip.get("status")
    return as_str(raw).strip().lower().replace(" ", "")


# An employee's presence, as settings/* names it (the client's
# ``change_employee_presence_state`` takes one of these).
PRESENCE_ACTIVE = "active"
PRESENCE_IN_CRM = "work in crm"
PRESENCE_BREAK = "break in work"
PRESENCE_INACTIVE = "inactive"
PRESENCE_STATES = (PRESENCE_ACTIVE, PRESENCE_IN_CRM, PRESENCE_BREAK, PRESENCE_INACTIVE)

# A line's state (endpointData.status), as the busy lamp shows it.
LINE_ONLINE = "online"
LINE_IN_USE = "inuse"
LINE_RINGING = "ringing"
LINE_OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class Employee:
    """A colleague's line. ``employee_id`` is "" for a line no user is linked to."""

    employee_id: str
    name: str
    extension: str
    email: str = ""
    department: str = ""
    presence_state: str = ""
    endpoint_status: str = ""

    @property
    def has_user(self) -> bool:
        return bool(self.employee_id)

    @classmethod
    def decode(cls, key: str, data: Mapping[str, Any]) -> Employee:
        endpoint = as_mapping(data.get("endpointData"))
        raw_id = as_str(data.get("employeeID")).strip()
        if not raw_id and key.isdigit():  # older answers were keyed by id
            raw_id = key
        employee_id = "" if raw_id in ("", "0") or key.startswith(UNLINKED_PREFIX) else raw_id
        email = as_str(data.get("email")).strip()
        if not email and "@" in key:
            email = key
        return cls(
            employee_id=employee_id,
            name=(as_str(data.get("name")) or as_str(endpoint.get("name"))).strip(),
            extension=as_str(endpoint.get("internalNumber") or data.get("internalNumber")).strip(),
            email=email,
            department=as_str(data.get("department") or endpoint.get("department")),
            presence_state=as_str(data.get("presenceState")).strip().lower(),
            endpoint_status=line_status(endpoint),
        )


@dataclass(frozen=True, slots=True)
class VoiceFile:
    id: str
    name: str
    type: str = ""

    @classmethod
    def decode(cls, key: str, data: Mapping[str, Any]) -> VoiceFile:
        return cls(
            as_str(data.get("id")) or key, as_str(data.get("name")), as_str(data.get("type"))
        )


@dataclass(frozen=True, slots=True)
class Route:
    id: str
    name: str
    description: str = ""
    group: str = ""


# What the PBX writes instead of a number the caller withheld.
WITHHELD = frozenset({"unknown", "anonymous", "private", "restricted", "unavailable"})


def external_number(value: Any) -> tuple[str, bool]:
    """The customer's number as the app dials it, and whether the caller withheld it.

    ``"Unknown"`` (or nothing) is a withheld number, never something to call back; a
    foreign number written with the ``00`` prefix becomes international digits.
    """
    text = as_str(value).strip()
    if text.lower() in WITHHELD:
        return "", True
    digits = text.lstrip("+")
    if digits.isascii() and digits.isdigit() and digits.startswith("00") and len(digits) > 4:
        return digits[2:], False
    return text, False


@dataclass(frozen=True, slots=True)
class CallDetails:
    general_call_id: str
    disposition: str
    billsec: int = 0
    waitsec: int = 0
    start_time: int | None = None
    internal_number: str = ""  # an extension, a mobile number or a queue's name
    external_number: str = ""  # "" when withheld
    employee_name: str = ""
    pbx_number: str = ""
    pbx_name: str = ""
    number_withheld: bool = False
    call_type: str = ""  # "0" incoming, "1" outgoing
    comment: str = ""
    who_hung_up: str = ""
    recording_status: str = ""  # "uploaded" once the call's recording can be fetched

    @property
    def is_final(self) -> bool:
        return self.disposition in FINAL_DISPOSITIONS

    @property
    def is_talking(self) -> bool:
        return self.disposition == "ONLINE"

    @property
    def answered(self) -> bool:
        return self.disposition in ("ANSWER", "TRANSFER")

    @property
    def has_recording(self) -> bool:
        """Worth asking ``stats/call-record`` for: answered, and the recording uploaded."""
        return self.answered and self.recording_status == "uploaded"

    @property
    def internal_kind(self) -> str:
        """What ``internal_number`` holds: "extension", "phone" (a mobile number the call
        was forwarded to), "name" (a queue) or ""."""
        text = self.internal_number
        if not text:
            return ""
        if text.isascii() and text.isdigit():
            return "extension" if len(text) <= 6 else "phone"
        return "name"

    @classmethod
    def decode(cls, key: str, data: Mapping[str, Any]) -> CallDetails:
        employee = as_mapping(data.get("employeeData"))
        pbx = as_mapping(data.get("pbxNumberData"))
        start = as_int(data.get("startTime"), -1)
        number, withheld = external_number(data.get("externalNumber"))
        return cls(
            general_call_id=as_str(data.get("generalCallID")) or key,
            disposition=as_str(data.get("disposition")).strip().upper(),
            billsec=max(0, as_int(data.get("billsec"))),
            waitsec=max(0, as_int(data.get("waitsec"))),
            start_time=start if start >= 0 else None,
            internal_number=as_str(data.get("internalNumber")).strip(),
            external_number=number,
            employee_name=as_str(employee.get("name")),
            pbx_number=as_str(pbx.get("number")),
            pbx_name=as_str(pbx.get("name")),
            number_withheld=withheld,
            call_type=as_str(data.get("callType")).strip(),
            comment=as_str(data.get("comment")).strip(),
            who_hung_up=as_str(data.get("whoHungUp")).strip(),
            recording_status=as_str(data.get("recordingStatus")).strip().lower(),
        )


def decode_employees(data: Mapping[str, Any]) -> list[Employee]:
    """The employee list. The SIP credentials in it are deleted from ``data`` first."""
    drop_credentials(data)
    return [Employee.decode(k, v) for k, v in items_of(data.get("listOfEmployees"), "employees")]


def decode_voice_files(data: Mapping[str, Any]) -> list[VoiceFile]:
    return [
        VoiceFile.decode(k, v) for k, v in items_of(data.get("listOfVoiceFiles"), "voice files")
    ]


def decode_routes(data: Mapping[str, Any]) -> list[Route]:
    """Routes come in groups; a group is either a route itself or holds ``routes``."""
    routes: list[Route] = []
    for key, item in items_of(data.get("listOfRoutes"), "routes"):
        inner = item.get("routes") or item.get("listOfRoutes")
        group = as_str(item.get("name"))
        if inner not in (None, "", [], {}):
            for sub_key, sub in items_of(inner, "routes"):
                routes.append(_route(sub_key, sub, group))
        else:
            routes.append(_route(key, item, ""))
    return routes


def _route(key: str, data: Mapping[str, Any], group: str) -> Route:
    return Route(
        as_str(data.get("id")) or key,
        as_str(data.get("name")),
        as_str(data.get("description")),
        group,
    )


def decode_call_details(data: Mapping[str, Any]) -> dict[str, CallDetails]:
    drop_credentials(data)  # employeeData in call records may carry a line's too
    out: dict[str, CallDetails] = {}
    for key, item in items_of(data.get("callDetails"), "calls"):
        details = CallDetails.decode(key, item)
        out[details.general_call_id] = details
    return out
