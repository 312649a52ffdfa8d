"""Typed results, decoded leniently from the PBX's loosely typed JSON.

The PBX sends numbers as strings, ids as strings or numbers, and empty collections as
``""``, ``[]`` or ``{}``. Decoders here accept all of these and raise
:class:`ProtocolError` (never anything else) when a shape is beyond repair.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ProtocolError

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
            f"The PBX sent a list of {what} in a form the app does not understand.",
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


@dataclass(frozen=True, slots=True)
class Employee:
    employee_id: str
    name: str
    extension: str
    email: str = ""
    department: str = ""
    presence_state: str = ""
    endpoint_status: str = ""

    # endpointData also carries the SIP password; it is deliberately never decoded.
    @classmethod
    def decode(cls, key: str, data: Mapping[str, Any]) -> Employee:
        endpoint = as_mapping(data.get("endpointData"))
        return cls(
            employee_id=as_str(data.get("employeeID")) or key,
            name=as_str(data.get("name")),
            extension=as_str(endpoint.get("internalNumber") or data.get("internalNumber")),
            email=as_str(data.get("email")),
            department=as_str(data.get("department")),
            presence_state=as_str(data.get("presenceState")),
            endpoint_status=as_str(endpoint.get("status")),
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


@dataclass(frozen=True, slots=True)
class CallDetails:
    general_call_id: str
    disposition: str
    billsec: int = 0
    waitsec: int = 0
    start_time: int | None = None
    internal_number: str = ""
    external_number: str = ""
    employee_name: str = ""
    pbx_number: str = ""
    pbx_name: str = ""

    @property
    def is_final(self) -> bool:
        return self.disposition in FINAL_DISPOSITIONS

    @property
    def is_talking(self) -> bool:
        return self.disposition == "ONLINE"

    @classmethod
    def decode(cls, key: str, data: Mapping[str, Any]) -> CallDetails:
        employee = as_mapping(data.get("employeeData"))
        pbx = as_mapping(data.get("pbxNumberData"))
        start = as_int(data.get("startTime"), -1)
        return cls(
            general_call_id=as_str(data.get("generalCallID")) or key,
            disposition=as_str(data.get("disposition")).strip().upper(),
            billsec=max(0, as_int(data.get("billsec"))),
            waitsec=max(0, as_int(data.get("waitsec"))),
            start_time=start if start >= 0 else None,
            internal_number=as_str(data.get("internalNumber")),
            external_number=as_str(data.get("externalNumber")),
            employee_name=as_str(employee.get("name")),
            pbx_number=as_str(pbx.get("number")),
            pbx_name=as_str(pbx.get("name")),
        )


def decode_employees(data: Mapping[str, Any]) -> list[Employee]:
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
    out: dict[str, CallDetails] = {}
    for key, item in items_of(data.get("callDetails"), "calls"):
        details = CallDetails.decode(key, item)
        out[details.general_call_id] = details
    return out
