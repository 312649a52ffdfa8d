"""The simulated company: employees, voice files, incoming routes, IVR names, company numbers.

Every function returns fresh mutable copies so a test may change one PBX's data freely.
Values are loosely typed the way the real PBX sends them: ids and numbers are mostly strings,
some flags numbers; employees carry clear-text SIP credentials, as the real ones do.
"""

from __future__ import annotations

from typing import Any

# (employeeID, extension, name, email, department, presenceState, line status)
# The line status is what the busy lamp shows: online, offline, inuse or ringing.
_EMPLOYEES: tuple[tuple[str, ...], ...] = (
    ("4401", "901", "Олена Коваленко", "o.kovalenko@example.com", "Продажі", "active", "online"),
    ("4402", "902", "Andrii Shevchenko", "a.shevchenko@example.com", "Sales", "active", "inuse"),
    ("4403", "903", "Ірина Бондар", "i.bondar@example.com", "Підтримка", "work in crm", "online"),
    ("4404", "904", "Maksym Tkachenko", "maksym@example.com", "Support", "active", "ringing"),
    ("4405", "905", "Юлія Мельник", "y.melnyk@example.com", "Облік", "break in work", "online"),
    ("4406", "906", "Oleksandr Kravchenko", "okr@example.com", "Office", "inactive", "online"),
    ("4408", "908", "Тарас Олійник", "t.oliinyk@example.com", "Склад", "inactive", "offline"),
    ("4409", "909", "Sofiia Lysenko", "s.lysenko@example.com", "Reception", "active", "online"),
)

# Lines without a user (a desk phone in a meeting room): listed as notLinkedToUser_<id>,
# with employeeID the number 0 and presenceState "". (endpoint id, extension, line name)
_UNLINKED_LINES: tuple[tuple[int, str, str], ...] = ((7310, "907", "Переговорна"),)


def sip_password(extension: str) -> str:
    """The clear-text SIP password the simulated PBX hands out for a line (tests look for
    it everywhere the app writes to, to prove it is dropped)."""
    return f"fake-sip-{extension}-Zx9!q"


def _endpoint(endpoint_id: int, ext: str, name: str, department: str, status: str) -> Any:
    return {
        "id": str(endpoint_id),
        "login": f"sip{endpoint_id}",
        "password": sip_password(ext),
        "internalNumber": ext,
        "name": name,
        "encryptedWithTls": "0",
        "deviceType": "sip",
        "department": department,
        "status": {"status": status, "qualify": "32", "updatedAt": "1718000000"},
    }


# Extensions whose phone rings but is never picked up (ext -> phone ends in error 150).
NEVER_ANSWER: frozenset[str] = frozenset({"909"})

_VOICE_FILES: tuple[tuple[str, str, str], ...] = (
    ("101", "Вітання", "greeting"),
    ("102", "Нагадування про оплату", "announcement"),
    ("103", "Holiday greeting", "greeting"),
    ("104", "Замовлення готове до видачі", "announcement"),
    ("105", "Survey invitation", "announcement"),
)

_ROUTES: tuple[tuple[str, str, str], ...] = (
    ("1", "Робочий час", "Пн–Пт 9:00–18:00: головне меню, потім відділ продажів"),
    ("2", "Неробочий час", "Вечір і вихідні: автовідповідач і голосова пошта"),
    ("3", "Support line", "Support queue, overflow to voice mail after 60 s"),
)

IVR_NAMES: tuple[str, ...] = ("main", "support", "Головне меню")

# Company numbers (trunks) the calls may go out from; the first is the default.
PBX_NUMBERS: tuple[tuple[str, str], ...] = (
    ("0443334023", "Головний офіс"),
    ("0675550101", "Sales mobile"),
    ("0800300123", "Гаряча лінія"),
)


def default_employees() -> list[dict[str, Any]]:
    """Employees in the wire shape of ``settings/list-of-employees`` (one dict each), with
    the real PBX's loose types: ``isAdministrator`` sometimes 0, sometimes "0"."""
    out: list[dict[str, Any]] = []
    for index, (emp_id, ext, name, email, department, presence, status) in enumerate(_EMPLOYEES):
        out.append(
            {
                "employeeID": emp_id,
                "email": email,
                "name": name,
                "presenceState": presence,
                "department": department,
                "isAdministrator": "1" if index == 0 else (0 if index % 2 else "0"),
                "crmIsEnabled": "1",
                "chatIsEnabled": 0,
                "callCenterIsEnabled": "0",
                "language": "uk",
                "mobileNumber": "",
                "presenceStateUpdatedAt": "1718000000",  # 4.0 answers only
                "endpointData": _endpoint(7300 + index, ext, name, department, status),
            }
        )
    for endpoint_id, ext, line in _UNLINKED_LINES:
        out.append(
            {
                "employeeID": 0,
                "email": "",
                "name": "",
                "presenceState": "",
                "department": "",
                "isAdministrator": 0,
                "endpointData": _endpoint(endpoint_id, ext, line, "", "online"),
            }
        )
    return out


def employee_key(employee: dict[str, Any]) -> str:
    """How ``listOfEmployees`` is keyed: the e-mail, or notLinkedToUser_<endpoint id>."""
    email = employee.get("email")
    if isinstance(email, str) and email and employee.get("employeeID") not in (0, "0", "", None):
        return email
    endpoint = employee.get("endpointData")
    endpoint_id = endpoint.get("id") if isinstance(endpoint, dict) else None
    return f"notLinkedToUser_{endpoint_id}"


# What only 4.0 clients see of an employee.
FIELDS_40_ONLY = ("role", "presenceStateUpdatedAt", "wireIsEnabled")
PRESENCE_STATES = ("active", "work in crm", "break in work", "inactive")


def line_status(endpoint: Any) -> str:
    """The line state however it is sent: a string, {status}, {preparedStatus}, {sip}."""
    status = endpoint.get("status") if isinstance(endpoint, dict) else None
    if isinstance(status, dict):
        sip = status.get("sip")
        status = (
            status.get("preparedStatus")
            or status.get("status")
            or (sip.get("status") if isinstance(sip, dict) else None)
        )
    return status if isinstance(status, str) else ""


def default_voice_files() -> list[dict[str, Any]]:
    """Voice files in the wire shape of ``settings/list-of-voice-files``."""
    return [{"id": vid, "name": name, "type": kind} for vid, name, kind in _VOICE_FILES]


def default_routes() -> list[dict[str, Any]]:
    """Incoming-call scenarios in the wire shape of ``settings/list-of-routes``."""
    return [{"id": rid, "name": name, "description": desc} for rid, name, desc in _ROUTES]


def default_ivr_names() -> list[str]:
    return list(IVR_NAMES)


def default_pbx_numbers() -> dict[str, str]:
    """Company number -> its display name."""
    return dict(PBX_NUMBERS)
