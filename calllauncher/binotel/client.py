"""The Binotel API client, shaped like the original PHP client's models.

client = Client(key, secret)
started = client.calls.ext_to_phone(ext_number="910", phone_number="0443334023")
client.stats.call_details(started.general_call_id)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import requests

from . import wire
from .errors import Answer, ConfigError, ProtocolError
from .models import (
    PRESENCE_STATES,
    CallDetails,
    CallStarted,
    Employee,
    Route,
    VoiceFile,
    decode_call_details,
    decode_employees,
    decode_routes,
    decode_voice_files,
)
from .transport import DEFAULT_BASE_URL, READ_TIMEOUT, Transport

# A held (non-async) ext -> phone request waits for the employee to pick up.
DEFAULT_RING_TIME = 30
HOLD_MARGIN = 15.0


class Secret:
    """A string that will not show itself in a repr, str, f-string or log line."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


class Client:
    def __init__(
        self,
        key: str,
        secret: str | Secret,
        *,
        base_url: str = DEFAULT_BASE_URL,
        api_version: str = "4.0",
        verify: bool | str = True,
        transport: Transport | None = None,
        session_factory: Callable[[], requests.Session] | None = None,
        bridge_company_field: str = "pbxNumber",
    ) -> None:
        if api_version not in wire.VERSIONS:
            raise ConfigError(f"Unknown API version {api_version!r}; use 4.0 or 2.0.")
        self.key = key
        self._secret = secret if isinstance(secret, Secret) else Secret(secret)
        self.api_version = api_version
        if transport is None:
            transport = Transport(
                base_url, verify=verify, session_factory=session_factory or requests.Session
            )
        self.transport = transport
        # One official 4.0 sample names phone -> phone's company number "phoneNumber".
        self.bridge_company_field = bridge_company_field
        self.calls = Calls(self)
        self.settings = Settings(self)
        self.stats = Stats(self)
        from .customers import Customers

        self.customers = Customers(self)

    def __repr__(self) -> str:
        return f"Client(key={self.key!r}, api_version={self.api_version!r}, url={self.base_url!r})"

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    def close(self, *, cut: bool = False) -> None:
        """``cut``: also cut the requests under way (see :meth:`Transport.close`)."""
        self.transport.close(cut=cut)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        operation: str,
        params: Mapping[str, Any],
        *,
        read_timeout: float | None = None,
        overrides: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send one operation (a key of :data:`wire.OPERATIONS`) with Python-named params."""
        op = wire.OPERATIONS[operation]
        fields = wire.wire_params(self.api_version, params, overrides)
        secret = self._secret.reveal()
        if self.api_version == "4.0":
            body = wire.body_40(self.key, secret, fields)
            check = None
        else:
            body = wire.body_20(self.key, secret, fields)
            check = self._check_signature
        return self.transport.post(
            op.path(self.api_version),
            body,
            starts_call=op.starts_call,
            read_timeout=read_timeout,
            check=check,
        )

    def _check_signature(self, data: dict[str, Any]) -> None:
        if not wire.response_signature_ok(self._secret.reveal(), data):
            raise ProtocolError(
                Answer.BAD_SIGNATURE,
                details="2.0 response signature mismatch or missing",
            )


def _digits(name: str, value: object) -> str:
    text = str(value).strip() if value is not None else ""
    if not text:
        raise ConfigError(f"{name} is required.")
    return text


class Calls:
    """calls/* — start and control calls. Call-starting methods are never retried."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def ext_to_phone(
        self,
        ext_number: str,
        phone_number: str,
        *,
        call_time_to_ext: int | None = None,
        limit_call_time: int | None = None,
        playback_waiting: bool | None = None,
        trunk_number: str | None = None,
        caller_id_for_employee: str | None = None,
        async_: bool | None = None,
    ) -> CallStarted:
        """Ring extension ``ext_number``; when it answers, dial ``phone_number``."""
        params = {
            "ext_number": _digits("ext_number", ext_number),
            "phone_number": _digits("phone_number", phone_number),
            "call_time_to_ext": call_time_to_ext,
            "limit_call_time": limit_call_time,
            "playback_waiting": playback_waiting,
            "trunk_number": trunk_number or None,
            "caller_id_for_employee": caller_id_for_employee or None,
            "async_": async_,
        }
        timeout = None
        if not async_:
            timeout = (call_time_to_ext or DEFAULT_RING_TIME) + HOLD_MARGIN
            timeout = max(timeout, READ_TIMEOUT)
        data = self._client.request("ext_to_phone", params, read_timeout=timeout)
        return CallStarted.decode(data)

    def phone_to_phone(
        self,
        phone_number1: str,
        phone_number2: str,
        trunk_number: str,
        *,
        limit_call_time: int | None = None,
        playback_waiting: bool | None = None,
    ) -> CallStarted:
        """Connect two outside numbers through company number ``trunk_number``."""
        params = {
            "phone_number1": _digits("phone_number1", phone_number1),
            "phone_number2": _digits("phone_number2", phone_number2),
            "trunk_number": _digits("trunk_number", trunk_number),
            "limit_call_time": limit_call_time,
            "playback_waiting": playback_waiting,
        }
        overrides = None
        if self._client.api_version == "4.0":
            overrides = {"trunk_number": self._client.bridge_company_field}
        return CallStarted.decode(
            self._client.request("phone_to_phone", params, overrides=overrides)
        )

    def attended_call_transfer(self, general_call_id: str, phone_number: str) -> None:
        self._client.request(
            "attended_call_transfer",
            {
                "general_call_id": _digits("general_call_id", general_call_id),
                "phone_number": _digits("phone_number", phone_number),
            },
        )

    def hangup_call(self, general_call_id: str) -> None:
        self._client.request(
            "hangup_call", {"general_call_id": _digits("general_call_id", general_call_id)}
        )

    def call_with_announcement(self, phone_number: str, voice_file_id: str) -> CallStarted:
        data = self._client.request(
            "call_with_announcement",
            {
                "phone_number": _digits("phone_number", phone_number),
                "voice_file_id": _digits("voice_file_id", voice_file_id),
            },
        )
        return CallStarted.decode(data)

    def call_with_interactive_voice_response(self, phone_number: str, ivr_name: str) -> CallStarted:
        data = self._client.request(
            "call_with_interactive_voice_response",
            {
                "phone_number": _digits("phone_number", phone_number),
                "ivr_name": _digits("ivr_name", ivr_name),
            },
        )
        return CallStarted.decode(data)


class Settings:
    """settings/* — what fills the pickers."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_of_employees(self) -> list[Employee]:
        return decode_employees(self._client.request("list_of_employees", {}))

    def change_employee_presence_state(self, employee_id: str, state: str) -> None:
        """Set an employee's presence: one of :data:`PRESENCE_STATES` (``employee_id``
        comes from :meth:`list_of_employees`)."""
        if state not in PRESENCE_STATES:
            raise ConfigError(
                f"Unknown presence state {state!r}; use one of {', '.join(PRESENCE_STATES)}."
            )
        self._client.request(
            "change_employee_presence_state",
            {"employee_id": _digits("employee_id", employee_id), "presence_state": state},
        )

    def list_of_voice_files(self) -> list[VoiceFile]:
        return decode_voice_files(self._client.request("list_of_voice_files", {}))

    def list_of_routes(self) -> list[Route]:
        return decode_routes(self._client.request("list_of_routes", {}))


class Stats:
    """stats/* — following calls."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def call_details(self, general_call_id: str | Iterable[str]) -> dict[str, CallDetails]:
        """Details keyed by id. A call that just started may be missing for a moment."""
        ids: str | list[str]
        if isinstance(general_call_id, str):
            ids = _digits("general_call_id", general_call_id)
        else:
            ids = [_digits("general_call_id", i) for i in general_call_id]
        return decode_call_details(self._client.request("call_details", {"general_call_id": ids}))

    def online_calls(self) -> dict[str, CallDetails]:
        return decode_call_details(self._client.request("online_calls", {}))

    def lost_calls_today(self) -> dict[str, CallDetails]:
        from .customers import lost_calls_today

        return lost_calls_today(self._client)

    def history_by_external_number(self, numbers: Iterable[str]) -> dict[str, CallDetails]:
        from .customers import history_by_external_number

        return history_by_external_number(self._client, numbers)

    def recent_calls_by_internal_number(self, extension: str) -> dict[str, CallDetails]:
        from .customers import recent_calls_by_internal_number

        return recent_calls_by_internal_number(self._client, extension)

    def call_record(self, general_call_id: str) -> str:
        """The signed link to the call's recording; see :func:`.customers.call_record`."""
        from .customers import call_record

        return call_record(self._client, _digits("general_call_id", general_call_id))
