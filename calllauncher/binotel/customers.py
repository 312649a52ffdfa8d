"""customers/* (Binotel's built-in CRM) and the call lists by number: who is this number,
who called today. Decoded leniently, like the rest of the models."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

from .errors import Answer, ApiError, ProtocolError
from .models import CallDetails, as_mapping, as_str, decode_call_details, items_of


class Client(Protocol):
    """What these calls need of :class:`~calllauncher.binotel.client.Client` (a protocol:
    the client imports this module)."""

    def request(self, operation: str, params: Mapping[str, Any]) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str
    description: str = ""
    email: str = ""
    numbers: tuple[str, ...] = ()
    assigned_name: str = ""
    assigned_extension: str = ""

    @classmethod
    def decode(cls, key: str, data: Mapping[str, Any]) -> Customer:
        assigned = as_mapping(data.get("assignedToEmployee"))
        raw_numbers = data.get("numbers")
        numbers: list[str] = []
        if isinstance(raw_numbers, list | tuple):
            numbers = [as_str(n).strip() for n in raw_numbers]
        elif isinstance(raw_numbers, Mapping):
            numbers = [as_str(n).strip() for n in raw_numbers.values()]
        elif isinstance(raw_numbers, str | int):
            numbers = [as_str(raw_numbers).strip()]
        return cls(
            id=as_str(data.get("id")) or key,
            name=as_str(data.get("name")).strip(),
            description=as_str(data.get("description")).strip(),
            email=as_str(data.get("email")).strip(),
            numbers=tuple(n for n in numbers if n),
            # 4.0: an object; 2.0: flat fields
            assigned_name=as_str(assigned.get("name") or data.get("assignedToEmployeeName")),
            assigned_extension=as_str(
                assigned.get("internalNumber") or data.get("assignedToEmployeeNumber")
            ),
        )


def decode_customers(data: Mapping[str, Any]) -> list[Customer]:
    return [Customer.decode(k, v) for k, v in items_of(data.get("customerData"), "customers")]


class Customers:
    """customers/* — search, read and create; never delete (a dialer must not offer it)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def search(self, subject: str) -> list[Customer]:
        return decode_customers(self._client.request("customers_search", {"subject": subject}))

    def take_by_id(self, customer_ids: Iterable[str]) -> list[Customer]:
        ids = [str(i) for i in customer_ids]
        return decode_customers(self._client.request("customers_take_by_id", {"customer_id": ids}))

    def create(
        self,
        name: str,
        numbers: Iterable[str],
        *,
        description: str = "",
        assigned_extension: str = "",
    ) -> str:
        """Create a customer; the new id, or "" when the PBX does not say it."""
        params = {
            "name": name,
            "numbers": list(numbers),
            "description": description or None,
            "assigned_to_employee_number": assigned_extension or None,
        }
        data = self._client.request("customers_create", params)
        return as_str(data.get("customerID"))


def lost_calls_today(client: Client) -> dict[str, CallDetails]:
    """Today's missed incoming calls, under either of the method's two published names."""
    try:
        return decode_call_details(client.request("lost_calls_for_today", {}))
    except ApiError as exc:
        if exc.code != 102:
            raise
    return decode_call_details(client.request("lost_calls_today", {}))


def history_by_external_number(client: Client, numbers: Iterable[str]) -> dict[str, CallDetails]:
    wanted = [str(n) for n in numbers]
    return decode_call_details(
        client.request("history_by_external_number", {"external_numbers": wanted})
    )


def recent_calls_by_internal_number(client: Client, extension: str) -> dict[str, CallDetails]:
    return decode_call_details(
        client.request("recent_calls_by_internal_number", {"internal_number": extension})
    )


def call_record(client: Client, general_call_id: str) -> str:
    """The signed link to a call's recording (``stats/call-record``). It lives about 15
    minutes: ask when the person clicks Play, open it, never store or log it.

    Raises :class:`ProtocolError` for anything but an http(s) address: the link is handed
    to the desktop to open, and a ``file:`` or ``javascript:`` one must never get there.
    """
    data = client.request("call_record", {"record_call_id": str(general_call_id)})
    url = data.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ProtocolError(Answer.NOT_DATA, details="call-record: no url")
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    # The details name the scheme only: the link itself is a credential for 15 minutes.
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        scheme = parts.scheme[:10] if parts is not None else "?"
        raise ProtocolError(Answer.NOT_DATA, details=f"call-record: not an http(s) link ({scheme})")
    return url


# The web cabinet, for what the API does not do (they open in a logged-in browser).
CABINET = "https://my.binotel.ua/"


def cabinet_history_link(number: str) -> str:
    return f"{CABINET}?module=history&subject={quote(number, safe='')}"


def cabinet_add_contact_link(number: str) -> str:
    return f"{CABINET}?module=addClient&number={quote(number, safe='')}"
