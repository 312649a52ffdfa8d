"""The client over real HTTP against the simulated PBX, in both wire versions."""

from __future__ import annotations

import traceback
from typing import Any

import pytest

from calllauncher.binotel import (
    Answer,
    ApiError,
    AuthError,
    BinotelError,
    Client,
    ConfigError,
    NetworkError,
    NetworkKind,
    ProtocolError,
    RateLimitError,
    RequestTimeout,
    Transport,
)
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.wording.failures import describe
from tests.support.values import KEY, SECRET

V4, V2 = "4.0", "2.0"


def last_params(pbx: FakePBX) -> dict[str, Any]:
    return dict(pbx.log()[-1].params)


def fast_client(pbx: FakePBX, version: str, **transport: Any) -> Client:
    sleeps: list[float] = []
    t = Transport(pbx.url, sleep=sleeps.append, **transport)
    c = Client(KEY, SECRET, api_version=version, transport=t)
    c.sleeps = sleeps  # type: ignore[attr-defined]
    return c


def assert_no_secret(exc: BaseException) -> None:
    text = "".join(traceback.format_exception(exc))
    for shown in (str(exc), repr(exc), getattr(exc, "details", ""), text):
        assert SECRET not in shown


# --- every operation, every option, under the right wire name --------------------------

EXT_TO_PHONE_NAMES = {
    V4: ("internalNumber", "externalNumber", "pbxNumber"),
    V2: ("ext_number", "phone_number", "trunkNumber"),
}


def test_ext_to_phone_every_option(client: Client, pbx: FakePBX, version: str) -> None:
    started = client.calls.ext_to_phone(
        ext_number="901",
        phone_number="0443334023",
        call_time_to_ext=25,
        limit_call_time=120,
        playback_waiting=False,
        trunk_number="0443334000",
        caller_id_for_employee="CRM client 3320",
        async_=True,
    )
    assert started.general_call_id
    ext, ext_phone, company = EXT_TO_PHONE_NAMES[version]
    params = last_params(pbx)
    assert params == {
        ext: "901",
        ext_phone: "0443334023",
        company: "0443334000",
        "callTimeToExt": 25,
        "limitCallTime": 120,
        "playbackWaiting": False,
        "callerIdForEmployee": "CRM client 3320",
        "async": True,
    }
    request = pbx.log()[-1]
    assert request.method == (
        "internal-number-to-external-number" if version == V4 else "ext-to-phone"
    )
    if version == V4:
        assert request.body["key"] == KEY and request.body["secret"] == SECRET
    else:
        assert "secret" not in request.body and len(request.body["signature"]) == 32


def test_ext_to_phone_held_until_employee_answers(client: Client, pbx: FakePBX) -> None:
    started = client.calls.ext_to_phone("902", "0671234567")
    assert started.general_call_id
    assert "async" not in last_params(pbx)  # options left out are not sent


def test_phone_to_phone(client: Client, pbx: FakePBX, version: str) -> None:
    started = client.calls.phone_to_phone(
        "0443334023", "0671234567", "0443334000", limit_call_time=60, playback_waiting=True
    )
    assert started.general_call_id
    names = (
        ("externalNumber1", "externalNumber2", "pbxNumber")
        if version == V4
        else ("phoneNumber1", "phoneNumber2", "trunkNumber")
    )
    assert last_params(pbx) == {
        names[0]: "0443334023",
        names[1]: "0671234567",
        names[2]: "0443334000",
        "limitCallTime": 60,
        "playbackWaiting": True,
    }


def test_phone_to_phone_company_field_is_configurable(pbx: FakePBX) -> None:
    with Client(KEY, SECRET, base_url=pbx.url, bridge_company_field="phoneNumber") as c:
        c.calls.phone_to_phone("0443334023", "0671234567", "0443334000")
    assert last_params(pbx)["phoneNumber"] == "0443334000"


def test_transfer_and_hangup(client: Client, pbx: FakePBX, version: str) -> None:
    call_id = client.calls.ext_to_phone("901", "0443334023", async_=True).general_call_id
    assert call_id
    client.calls.attended_call_transfer(call_id, "903")
    field = "externalNumber" if version == V4 else "phone_number"
    assert last_params(pbx) == {"generalCallID": call_id, field: "903"}
    client.calls.hangup_call(call_id)
    assert pbx.log()[-1].method == "hangup-call"
    assert last_params(pbx) == {"generalCallID": call_id}


def test_announcement_and_voice_menu(client: Client, pbx: FakePBX, version: str) -> None:
    field = "externalNumber" if version == V4 else "phone_number"
    voice = client.settings.list_of_voice_files()[0]
    client.calls.call_with_announcement("0443334023", voice.id)
    assert pbx.log()[-1].method == "call-with-announcement"
    assert last_params(pbx) == {field: "0443334023", "voiceFileID": voice.id}
    client.calls.call_with_interactive_voice_response("0443334023", "Головне меню")
    assert pbx.log()[-1].method == "call-with-interactive-voice-response"
    assert last_params(pbx) == {field: "0443334023", "ivrName": "Головне меню"}


def test_lists(client: Client) -> None:
    employees = client.settings.list_of_employees()
    assert {"901", "902"} <= {e.extension for e in employees}
    assert all(e.name for e in employees)
    assert any(any(ord(ch) > 0x400 for ch in e.name) for e in employees)  # Ukrainian names
    for e in employees:
        assert "sip" not in repr(e).lower() or "password" not in repr(e).lower()
    assert all(f.id and f.name for f in client.settings.list_of_voice_files())
    assert all(r.name for r in client.settings.list_of_routes())


def test_call_details_follow_a_call_to_its_end(client: Client, pbx: FakePBX) -> None:
    import time

    call_id = client.calls.ext_to_phone("901", "0443334023", async_=True).general_call_id
    assert call_id
    seen: list[str] = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        details = client.stats.call_details(call_id).get(call_id)
        if details is not None:
            if not seen or seen[-1] != details.disposition:
                seen.append(details.disposition)
            if details.is_final:
                break
        time.sleep(0.02)
    assert seen[0] in ("", "ONLINE")
    assert "ONLINE" in seen and seen[-1] == "ANSWER"
    both = client.stats.call_details([call_id, call_id])
    assert both[call_id].billsec > 0
    assert call_id not in client.stats.online_calls()


# --- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (102, ApiError, "API version"),
        (103, ApiError, "missing"),
        (104, ApiError, "rejected a value"),
        (105, ApiError, "internal fault"),
        (106, RateLimitError, "Wait 2 seconds"),
        (120, ApiError, "disabled"),
        (121, AuthError, "key or secret is wrong"),
        (150, ApiError, "Your phone did not answer"),
        (151, ApiError, "could not reach the number"),
        (999, ApiError, "The PBX refused the request (Something odd)"),
    ],
)
def test_every_error_code(pbx: FakePBX, version: str, code: int, kind: type, words: str) -> None:
    message = "Try again after 2 sec." if code == 106 else "Something odd"
    pbx.inject(Fault.ERROR, code=code, message=message)
    with fast_client(pbx, version) as c, pytest.raises(kind) as info:
        c.calls.ext_to_phone("901", "0443334023", async_=True)  # call starts: never retried
    assert info.value.code == code and info.value.pbx_message == message
    assert f"code {code}: {message}" in str(info.value)  # the library's own short line
    assert words in describe(info.value).sentence  # the app's sentence, from the facts
    assert str(code) in info.value.details
    assert_no_secret(info.value)


def test_wrong_secret_is_auth_error(pbx: FakePBX, version: str) -> None:
    c = Client(KEY, "wrong", base_url=pbx.url, api_version=version)
    with c, pytest.raises(AuthError):
        c.settings.list_of_employees()


FAULTS = [
    (Fault.HTTP_500, ProtocolError, {"http_status": 500}, "HTTP 500"),
    (Fault.HTML_502, ProtocolError, {"what": Answer.HTML_PAGE, "http_status": 502}, "HTTP 502"),
    (Fault.HTTP_403, ProtocolError, {"http_status": 403, "may_be_ip_block": True}, "IP address"),
    (Fault.EMPTY, ProtocolError, {"what": Answer.EMPTY}, "an empty answer"),
    (Fault.TRUNCATED, ProtocolError, {"what": Answer.INCOMPLETE}, "an incomplete answer"),
    (Fault.NOT_JSON, ProtocolError, {"what": Answer.NOT_DATA}, "not data"),
    (Fault.WRONG_SHAPE, ProtocolError, {"what": Answer.NO_SUCCESS}, "without a success"),
    (Fault.RESET, NetworkError, {"kind": NetworkKind.RESET}, "cut off"),
]


@pytest.mark.parametrize(("fault", "kind", "facts", "words"), FAULTS)
def test_fault_modes_give_errors_with_facts(
    pbx: FakePBX, version: str, fault: Fault, kind: type, facts: dict[str, Any], words: str
) -> None:
    pbx.inject(fault, count=5)
    with fast_client(pbx, version) as c, pytest.raises(kind) as info:
        c.settings.list_of_voice_files()
    assert {name: getattr(info.value, name) for name in facts} == facts
    assert words in str(info.value)  # a short plain line for library users and logs
    assert not info.value.may_have_started  # nothing that starts a call was sent
    assert_no_secret(info.value)


def test_bad_response_signature_is_not_trusted(pbx: FakePBX) -> None:
    pbx.inject(Fault.BAD_SIGNATURE, count=5)
    with fast_client(pbx, V2) as c, pytest.raises(ProtocolError, match="signature"):
        c.settings.list_of_voice_files()


def test_timeout_on_call_start_reaches_server_once(pbx: FakePBX, version: str) -> None:
    pbx.inject(Fault.SLOW, delay=1.5)
    with fast_client(pbx, version, read_timeout=0.3) as c, pytest.raises(RequestTimeout) as info:
        c.calls.ext_to_phone("901", "0443334023", async_=True)
    assert info.value.may_have_started and info.value.kind == NetworkKind.TIMEOUT
    assert "may still have started" in str(info.value)
    method = "internal-number-to-external-number" if version == V4 else "ext-to-phone"
    assert len(pbx.requests_for(method)) == 1


@pytest.mark.parametrize("fault", [Fault.RESET, Fault.HTTP_500, Fault.RATE_LIMIT])
def test_call_start_is_never_retried(pbx: FakePBX, version: str, fault: Fault) -> None:
    pbx.inject(fault, count=5, delay=1)
    with fast_client(pbx, version) as c, pytest.raises(BinotelError):
        c.calls.call_with_interactive_voice_response("0443334023", "main")
    assert len(pbx.requests_for("call-with-interactive-voice-response")) == 1
    assert c.sleeps == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("fault", [Fault.RESET, Fault.HTTP_500, Fault.HTML_502, Fault.RATE_LIMIT])
def test_read_only_retries_then_succeeds(pbx: FakePBX, version: str, fault: Fault) -> None:
    pbx.inject(fault, count=2, delay=1)
    with fast_client(pbx, version) as c:
        assert c.settings.list_of_employees()
    assert len(pbx.requests_for("list-of-employees")) == 3
    waits = c.sleeps  # type: ignore[attr-defined]
    assert len(waits) == 2
    if fault is Fault.RATE_LIMIT:
        assert waits == [1.0, 1.0]  # honours "after N sec."
    else:
        assert waits[1] > waits[0]  # backs off


def test_read_only_gives_up_after_bounded_attempts(pbx: FakePBX) -> None:
    pbx.inject(Fault.HTTP_500, count=10)
    with fast_client(pbx, V4) as c, pytest.raises(ProtocolError):
        c.settings.list_of_employees()
    assert len(pbx.requests_for("list-of-employees")) == 3


def test_connection_refused_is_network_error() -> None:
    c = Client(KEY, SECRET, base_url="http://127.0.0.1:9/api/")
    with c, pytest.raises(NetworkError) as info:
        c.calls.hangup_call("1")
    assert info.value.kind == "refused"
    assert_no_secret(info.value)


def test_plain_http_only_to_loopback() -> None:
    with pytest.raises(ConfigError, match="https"):
        Client(KEY, SECRET, base_url="http://api.binotel.com/api/")
    for url in ("http://127.0.0.1:1/api/", "http://localhost:1/", "http://[::1]:1/"):
        Client(KEY, SECRET, base_url=url).close()


def test_client_repr_hides_secret(client: Client) -> None:
    assert SECRET not in repr(client)
    assert SECRET not in repr(vars(client))
