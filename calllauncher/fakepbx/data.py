"""The simulated company: employees, voice files, incoming routes, IVR names, company numbers.

Every function returns fresh mutable copies so a test may change one PBX's data freely.
Values are loosely typed the way the real PBX sends them: ids and numbers are strings.
"""

from __future__ import annotations

from typing import Any

# (employeeID, extension, name, email, department, presenceState, endpoint status)
_EMPLOYEES: tuple[tuple[str, ...], ...] = (
    ("4401", "901", "Олена Коваленко", "o.kovalenko@example.com", "Продажі", "active", "online"),
    ("4402", "902", "Andrii Shevchenko", "a.shevchenko@example.com", "Sales", "active", "online"),
    ("4403", "903", "Ірина Бондар", "i.bondar@example.com", "Підтримка", "work in crm", "online"),
    ("4404", "904", "Maksym Tkachenko", "maksym@example.com", "Support", "active", "online"),
    ("4405", "905", "Юлія Мельник", "y.melnyk@example.com", "Облік", "break in work", "online"),
    ("4406", "906", "Oleksandr Kravchenko", "okr@example.com", "Office", "inactive", "online"),
    ("4408", "908", "Тарас Олійник", "t.oliinyk@example.com", "Склад", "inactive", "offline"),
    ("4409", "909", "Sofiia Lysenko", "s.lysenko@example.com", "Reception", "active", "online"),
)

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
    """Employees in the wire shape of ``settings/list-of-employees`` (one dict each)."""
    out: list[dict[str, Any]] = []
    for emp_id, ext, name, email, department, presence, status in _EMPLOYEES:
        out.append(
            {
                "employeeID": emp_id,
                "name": name,
                "email": email,
                "department": department,
                "presenceState": presence,
                "endpointData": {
                    "internalNumber": ext,
                    "status": status,
                    "sipPassword": f"fake-sip-{ext}-not-a-secret",
                },
            }
        )
    return out


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
