"""The simulated CRM behind customers/*: a few customers, searched by name or number."""

from __future__ import annotations

import itertools
import threading
from typing import Any, Protocol

from calllauncher.fakepbx.params import ApiError, Params
from calllauncher.fakepbx.stats import keyed


class PBX(Protocol):
    """The simulated PBX's state this module reads and changes (``pbx.PBX`` fits; a
    protocol, since pbx.py imports this module)."""

    customers: list[dict[str, Any]]
    customer_searches: int
    employees: list[dict[str, Any]]
    _lock: threading.RLock


# (id, name, description, numbers, assigned extension)
_CUSTOMERS: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    ("6611", "ТОВ «Ромашка»", "Постачальник кави, оплата щомісяця", ("0671234567",), "902"),
    ("6612", "Petro Ivanenko", "VIP client, prefers English", ("0509876543",), "903"),
    ("6613", "Аптека №5", "Замовлення щовівторка", ("0443331122", "0931112233"), "901"),
    ("6614", "Marta Hnatiuk", "", ("0687776655",), ""),
    ("6615", "Склад «Північ»", "Доставка до 14:00", ("0577001020",), "905"),
)

# Outside numbers the demo's incoming calls come from: known customers and strangers.
STRANGERS: tuple[str, ...] = ("0635554433", "0952223344", "0731239876")


def _assignee(employees: list[dict[str, Any]], ext: str) -> dict[str, Any] | str:
    """``assignedToEmployee`` for the line ``ext`` ("" when no line has it)."""
    for employee in employees:
        endpoint = employee.get("endpointData")
        if isinstance(endpoint, dict) and str(endpoint.get("internalNumber")) == ext and ext:
            return {
                "id": str(employee.get("employeeID")),
                "name": str(employee.get("name")),
                "internalNumber": ext,
                "email": str(employee.get("email")),
            }
    return ""


def default_customers(employees: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Customers in the 4.0 wire shape of ``customerData``."""
    out: list[dict[str, Any]] = []
    for cid, name, description, numbers, ext in _CUSTOMERS:
        assigned = _assignee(employees, ext)
        out.append(
            {
                "id": cid,
                "name": name,
                "description": description,
                "email": "",
                "numbers": list(numbers),
                "labels": [],
                "assignedToEmployee": assigned,
            }
        )
    return out


def find_by_number(pbx: PBX, number: str) -> dict[str, Any] | None:
    for customer in pbx.customers:
        if number and number in customer.get("numbers", []):
            return customer
    return None


def search(pbx: PBX, p: Params) -> dict[str, Any]:
    subject = (p.text("subject", required=True) or "").strip().casefold()
    if not subject:
        raise p.wrong("subject", "empty")
    with pbx._lock:
        pbx.customer_searches += 1
        found = [
            c
            for c in pbx.customers
            if subject in str(c.get("name", "")).casefold()
            or any(subject in n for n in c.get("numbers", []))
        ]
        return {"customerData": keyed(found, "id")}


def take_by_id(pbx: PBX, p: Params) -> dict[str, Any]:
    wanted = set(p.idents("customer_id"))
    with pbx._lock:
        return {"customerData": keyed([c for c in pbx.customers if str(c["id"]) in wanted], "id")}


_new_ids = itertools.count(7001)


def create(pbx: PBX, p: Params) -> dict[str, Any]:
    name = (p.text("name", required=True) or "").strip()
    numbers = p.require("numbers")
    if not name:
        raise p.wrong("name", "empty")
    if not isinstance(numbers, list) or not all(isinstance(n, str) and n for n in numbers):
        raise p.wrong("numbers", "a list of numbers expected")
    # Both published forms of the assignee: a flat extension, or {internalNumber}.
    nested = p.get("assigned_to_employee")
    ext = p.text("assigned_to_employee_number") or ""
    if not ext and isinstance(nested, dict):
        ext = str(nested.get("internalNumber") or "")
    with pbx._lock:
        assigned = _assignee(pbx.employees, ext) if ext else ""
        if ext and not assigned:
            raise p.wrong("assigned_to_employee_number", "no such internal number")
        if any(c.get("name") == name for c in pbx.customers):
            raise ApiError(104, "Wrong data: name (already exists)")
        if any(n in c.get("numbers", []) for c in pbx.customers for n in numbers):
            raise ApiError(104, "Wrong data: numbers (already belong to a customer)")
        cid = str(next(_new_ids))
        pbx.customers.append(
            {
                "id": cid,
                "name": name,
                "description": p.text("description") or "",
                "email": "",
                "numbers": list(numbers),
                "labels": [],
                "assignedToEmployee": assigned,
            }
        )
    return {"customerID": cid}
