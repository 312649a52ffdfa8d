"""Decoders against the response shapes real Binotel PBXs send (binotel-api.md addendum)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from calllauncher.binotel.models import decode_call_details, decode_employees

EMPLOYEES: dict[str, Any] = {
    "status": "success",
    "listOfEmployees": {
        "o.kovalenko@example.com": {
            "employeeID": "37537",
            "email": "o.kovalenko@example.com",
            "name": "Олена Коваленко",
            "presenceState": "work in crm",
            "department": "Продажі",
            "isAdministrator": "0",
            "endpointData": {
                "id": "7301",
                "login": "sip7301",
                "password": "Cl34r-T3xt-SIP",
                "internalNumber": "901",
                "name": "Олена",
                "encryptedWithTls": 0,
                "status": {"status": "inuse", "qualify": "31", "updatedAt": 1718000000},
            },
        },
        "notLinkedToUser_7310": {
            "employeeID": 0,
            "email": "",
            "name": "",
            "presenceState": "",
            "isAdministrator": 0,
            "endpointData": {
                "id": 7310,
                "login": "sip7310",
                "password": "An0ther-SIP",
                "internalNumber": 907,
                "name": "Переговорна",
                "status": "online",
            },
        },
        "a@example.com": {
            "employeeID": 58,
            "name": "Andrii",
            "presenceState": "active",
            "endpointData": {"internalNumber": "902", "status": {"preparedStatus": "ringing"}},
        },
        "b@example.com": {
            "employeeID": "59",
            "name": "Bohdan",
            "endpointData": {"internalNumber": "903", "status": {"sip": {"status": "offline"}}},
        },
        "c@example.com": {"employeeID": "60", "name": "C", "endpointData": ""},
        "d@example.com": {"employeeID": "61", "name": "D", "endpointData": []},
    },
}


def test_employees_in_every_real_shape() -> None:
    data = copy.deepcopy(EMPLOYEES)
    by_ext = {e.extension: e for e in decode_employees(data)}
    linked = by_ext["901"]
    assert (linked.employee_id, linked.email, linked.name) == (
        "37537",
        "o.kovalenko@example.com",
        "Олена Коваленко",
    )
    assert (linked.presence_state, linked.endpoint_status, linked.has_user) == (
        "work in crm",
        "inuse",
        True,
    )
    line = by_ext["907"]  # keyed notLinkedToUser_, employeeID the number 0
    assert (line.employee_id, line.has_user, line.name, line.presence_state) == (
        "",
        False,
        "Переговорна",
        "",
    )
    assert line.endpoint_status == "online"
    assert by_ext["902"].employee_id == "58" and by_ext["902"].email == "a@example.com"
    assert by_ext["902"].endpoint_status == "ringing"
    assert by_ext["903"].endpoint_status == "offline"
    assert by_ext[""].name in ("C", "D")  # no line: decoded, and the pickers skip it


def test_sip_credentials_are_gone_once_parsed() -> None:
    data = copy.deepcopy(EMPLOYEES)
    employees = decode_employees(data)
    text = repr(data) + repr(employees)
    for secret in ("Cl34r-T3xt-SIP", "An0ther-SIP", "sip7301", "sip7310"):
        assert secret not in text
    assert all("password" not in repr(e) for e in employees)


@pytest.mark.parametrize("empty", [[], "", {}, None])
def test_no_employees_in_any_empty_form(empty: object) -> None:
    assert decode_employees({"listOfEmployees": empty}) == []


RECORDS: dict[str, Any] = {
    "callDetails": {
        "1": {
            "generalCallID": "1",
            "callType": "0",
            "externalNumber": "Unknown",
            "internalNumber": "Очередь продаж",
            "disposition": "NOANSWER",
            "billsec": "0",
            "waitsec": 12,
            "startTime": "1718000000",
            "whoHungUp": "client",
            "employeeData": [],
            "pbxNumberData": "",
            "customerData": "",
            "historyData": [{"employeeData": []}],
        },
        "2": {
            "generalCallID": 2,
            "callType": 1,
            "externalNumber": "0077011234567",
            "internalNumber": "0671234567",
            "disposition": "answer",
            "billsec": 95,
            "startTime": 1718000100,
            "comment": "Передзвонити",
            "whoHungUp": "employee",
            "employeeData": {"name": "Олена Коваленко", "email": "o@example.com"},
            "pbxNumberData": {"number": 443334023, "name": "Офіс"},
        },
        "3": {"generalCallID": "3", "externalNumber": 443334023, "internalNumber": 901},
    }
}


def test_call_records_in_every_real_shape() -> None:
    found = decode_call_details(copy.deepcopy(RECORDS))
    withheld = found["1"]
    assert withheld.number_withheld and withheld.external_number == ""
    assert (withheld.internal_kind, withheld.internal_number) == ("name", "Очередь продаж")
    assert (withheld.call_type, withheld.who_hung_up, withheld.waitsec) == ("0", "client", 12)
    foreign = found["2"]
    assert (foreign.external_number, foreign.number_withheld) == ("77011234567", False)
    assert foreign.internal_kind == "phone" and foreign.is_final and foreign.billsec == 95
    assert (foreign.comment, foreign.employee_name, foreign.pbx_number) == (
        "Передзвонити",
        "Олена Коваленко",
        "443334023",
    )
    numbers = found["3"]  # numbers as integers
    assert (numbers.external_number, numbers.internal_number) == ("443334023", "901")
    assert numbers.internal_kind == "extension" and not numbers.number_withheld
