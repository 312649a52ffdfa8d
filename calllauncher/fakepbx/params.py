"""Reading and checking request parameters the way the PBX does (errors 103 and 104)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from calllauncher.binotel.wire import FIELDS

# Realistic messages per error code, used when nothing more specific is known.
MESSAGES: dict[int, str] = {
    102: "Method not found",
    103: "Not enough data",
    104: "Wrong data",
    105: "Internal server error. Try again later.",
    106: "Too many requests. Try again after 2 sec.",
    120: "Company is disabled",
    121: "Wrong key or secret",
    150: "Internal number is not available",
    151: "External number is not available",
}


class ApiError(Exception):
    """A PBX refusal: becomes ``{"status": "error", "code": code, "message": message}``."""

    def __init__(self, code: int, message: str = "") -> None:
        self.code = code
        self.message = message or MESSAGES.get(code, "Error")
        super().__init__(f"{code}: {self.message}")


class Params:
    """The parameters of one request, addressed by the Python names of ``wire.FIELDS``."""

    def __init__(
        self, version: str, params: Mapping[str, Any], aliases: Mapping[str, str] | None = None
    ) -> None:
        self.version = version
        self._index = 0 if version == "4.0" else 1
        self._raw = dict(params)
        self._aliases = dict(aliases or {})  # python name -> extra accepted wire field

    def field(self, name: str) -> str:
        """The wire field name of ``name`` in this request's version."""
        return FIELDS[name][self._index]

    def get(self, name: str) -> Any:
        value = self._raw.get(self.field(name))
        if value is None and name in self._aliases:
            value = self._raw.get(self._aliases[name])
        return value

    def present(self, name: str) -> bool:
        value = self.get(name)
        return value is not None and value != ""

    def require(self, name: str) -> Any:
        if not self.present(name):
            raise ApiError(103, f"Not enough data: {self.field(name)}")
        return self.get(name)

    def wrong(self, name: str, why: str = "") -> ApiError:
        suffix = f" ({why})" if why else ""
        return ApiError(104, f"Wrong data: {self.field(name)}{suffix}")

    def number(self, name: str, *, required: bool = True) -> str | None:
        """A phone number or extension: a string of 2 to 15 digits."""
        if not required and not self.present(name):
            return None
        value = self.require(name)
        if not (isinstance(value, str) and value.isascii() and value.isdigit()):
            raise self.wrong(name, "digits expected")
        if not 2 <= len(value) <= 15:
            raise self.wrong(name, "2 to 15 digits expected")
        return value

    def seconds(self, name: str) -> int | None:
        """An optional positive whole number of seconds (number or digit string)."""
        if not self.present(name):
            return None
        value = self.get(name)
        if isinstance(value, bool):
            raise self.wrong(name, "seconds expected")
        if isinstance(value, str) and value.isascii() and value.isdigit():
            value = int(value)
        if not isinstance(value, int) or not 0 < value <= 86400:
            raise self.wrong(name, "seconds expected")
        return value

    def flag(self, name: str, default: bool) -> bool:
        """An optional boolean; PHP-style ``0``/``1``/``"true"``/``"false"`` accepted too."""
        if not self.present(name):
            return default
        value = self.get(name)
        if isinstance(value, bool):
            return value
        if value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.lower() in ("0", "1", "true", "false"):
            return value.lower() in ("1", "true")
        raise self.wrong(name, "true or false expected")

    def text(self, name: str, *, required: bool = False) -> str | None:
        if not required and not self.present(name):
            return None
        value = self.require(name)
        if not isinstance(value, str):
            raise self.wrong(name, "text expected")
        return value

    def ident(self, name: str) -> str:
        """A required id: a non-empty string or a whole number, returned as a string."""
        value = self.require(name)
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.wrong(name)
        return str(value)

    def idents(self, name: str) -> list[str]:
        """One id or a list of ids (``call-details`` accepts both)."""
        value = self.require(name)
        items = value if isinstance(value, list) else [value]
        if not items:
            raise ApiError(103, f"Not enough data: {self.field(name)}")
        out: list[str] = []
        for item in items:
            if isinstance(item, bool) or not isinstance(item, str | int):
                raise self.wrong(name)
            out.append(str(item))
        return out
