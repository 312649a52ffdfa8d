"""The simulated PBX, spoken to over real HTTP on 127.0.0.1 with ``requests``."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calllauncher.binotel import Client, wire
from calllauncher.fakepbx import FakePBX, Fault, LoggedRequest

KEY, SECRET = "demo", "demo-secret"
SCALE = 0.05  # every call-life timing runs 20 times faster
EXT_TO_PHONE = "internal-number-to-external-number"


@pytest.fixture
def pbx() -> Iterator[FakePBX]:
    with FakePBX(key=KEY, secret=SECRET, time_scale=SCALE) as server:
        yield server
        assert server.handler_errors() == []


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def body_for(version: str, params: dict[str, Any], key: str = KEY, secret: str = SECRET) -> Any:
    if version == "4.0":
        return wire.body_40(key, secret, params)
    return wire.body_20(key, secret, params)


def send(
    http: requests.Session,
    pbx: FakePBX,
    op: str,
    params: dict[str, Any] | None = None,
    *,
    version: str = "4.0",
    key: str = KEY,
    secret: str = SECRET,
    timeout: float = 5.0,
) -> dict[str, Any]:
    """POST one operation and return the decoded JSON object."""
    url = pbx.url + wire.OPERATIONS[op].path(version)
    payload = body_for(version, params or {}, key, secret)
    with http.post(url, json=payload, timeout=timeout) as response:
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
        decoded = response.json()
    assert isinstance(decoded, dict)
    return decoded


def post_raw(http: requests.Session, url: str, **kwargs: Any) -> tuple[int, str, bytes]:
    with http.post(url, timeout=5, **kwargs) as response:
        return response.status_code, response.headers.get("Content-Type", ""), response.content


def wait_until(check: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


def start_call(http: requests.Session, pbx: FakePBX, number: str, **options: Any) -> str:
    params = {"internalNumber": "901", "externalNumber": number, "async": True, **options}
    answer = send(http, pbx, "ext_to_phone", params)
    assert answer["status"] == "success", answer
    call_id = answer["generalCallID"]
    assert isinstance(call_id, str) and call_id.isdigit()
    return call_id


def disposition(pbx: FakePBX, call_id: str) -> object:
    state = pbx.call_state(call_id)
    assert state is not None
    return state["disposition"]


def wait_final(pbx: FakePBX, call_id: str, timeout: float = 5.0) -> dict[str, object]:
    def final() -> bool:
        state = pbx.call_state(call_id)
        return state is not None and bool(state["final"])

    wait_until(final, timeout)
    state = pbx.call_state(call_id)
    assert state is not None
    return state


# ----- server basics ---------------------------------------------------------------------


def test_url_and_loopback_only() -> None:
    with FakePBX() as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.url.endswith("/api/")
    with pytest.raises(ValueError, match="loopback"):
        FakePBX(host="0.0.0.0")
    with pytest.raises(ValueError, match="loopback"):
        FakePBX(host="example.com")


def test_stop_without_start_and_twice() -> None:
    FakePBX().stop()
    server = FakePBX().start()
    server.stop()
    server.stop()
    with pytest.raises(RuntimeError):
        server.start()


# ----- authentication --------------------------------------------------------------------


def test_auth_40(http: requests.Session, pbx: FakePBX) -> None:
    assert send(http, pbx, "list_of_routes")["status"] == "success"
    for key, secret in (("nope", SECRET), (KEY, "wrong"), ("", "")):
        answer = send(http, pbx, "list_of_routes", key=key, secret=secret)
        assert answer["status"] == "error"
        assert answer["code"] == 121
        assert "signature" not in answer  # 4.0 answers are unsigned


def test_auth_40_missing_secret(http: requests.Session, pbx: FakePBX) -> None:
    url = pbx.url + "4.0/settings/list-of-routes.json"
    _status, _type, content = post_raw(http, url, json={"key": KEY})
    assert json.loads(content)["code"] == 121


def test_auth_20_and_signed_answers(http: requests.Session, pbx: FakePBX) -> None:
    good = send(http, pbx, "list_of_voice_files", version="2.0")
    assert good["status"] == "success"
    assert wire.response_signature_ok(SECRET, good)
    wrong_key = send(http, pbx, "list_of_voice_files", version="2.0", key="nope")
    assert wrong_key["code"] == 121
    assert wire.response_signature_ok(SECRET, wrong_key)  # errors are signed too
    wrong_secret = send(http, pbx, "list_of_voice_files", version="2.0", secret="other")
    assert wrong_secret["code"] == 121


@pytest.mark.parametrize("version", wire.VERSIONS)
def test_non_ascii_secret(http: requests.Session, version: str) -> None:
    secret = "s3cr3t-Зірка/🔑"
    with FakePBX(key="ключ", secret=secret, time_scale=SCALE) as server:
        answer = send(http, server, "list_of_routes", version=version, key="ключ", secret=secret)
        assert answer["status"] == "success", answer
        if version == "2.0":
            assert wire.response_signature_ok(secret, answer)
        wrong = send(http, server, "list_of_routes", version=version, key="ключ", secret="x")
        assert wrong["code"] == 121
        assert server.handler_errors() == []


def test_auth_20_tampered_params(http: requests.Session, pbx: FakePBX) -> None:
    body = wire.body_20(KEY, SECRET, {"generalCallID": "1"})
    body["generalCallID"] = "2"  # signed value changed in transit
    url = pbx.url + "2.0/stats/call-details.json"
    _status, _type, content = post_raw(http, url, json=body)
    assert json.loads(content)["code"] == 121


def test_20_signature_covers_non_ascii(http: requests.Session, pbx: FakePBX) -> None:
    params = {"phone_number": "0443334023", "ivrName": "Головне меню"}
    answer = send(http, pbx, "call_with_interactive_voice_response", params, version="2.0")
    assert answer["status"] == "success", answer
    assert wire.response_signature_ok(SECRET, answer)
    employees = send(http, pbx, "list_of_employees", version="2.0")  # Cyrillic names inside
    assert wire.response_signature_ok(SECRET, employees)


# ----- protocol errors -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "4.0/calls/no-such-method.json",
        "3.0/calls/hangup-call.json",
        "4.0/calls/ext-to-phone.json",
        "2.0/calls/internal-number-to-external-number.json",
        "4.0/hangup-call.json",
        "nothing",
    ],
)
def test_unknown_method(http: requests.Session, pbx: FakePBX, path: str) -> None:
    status, _type, content = post_raw(http, pbx.url + path, json=wire.body_40(KEY, SECRET, {}))
    assert status == 200
    answer = json.loads(content)
    assert (answer["status"], answer["code"], answer["message"]) == (
        "error",
        102,
        "Method not found",
    )


def test_non_post_is_405(http: requests.Session, pbx: FakePBX) -> None:
    with http.get(pbx.url + "4.0/settings/list-of-routes.json", timeout=5) as response:
        assert response.status_code == 405
        assert response.headers["Allow"] == "POST"
    assert pbx.log()[-1].http_method == "GET"


@pytest.mark.parametrize("raw", [b"{not json", b"", b"\xff\xfe", b"[1, 2]"])
def test_bad_body_is_103(http: requests.Session, pbx: FakePBX, raw: bytes) -> None:
    url = pbx.url + "4.0/settings/list-of-routes.json"
    headers = {"Content-Type": "application/json"}
    _status, _type, content = post_raw(http, url, data=raw, headers=headers)
    assert json.loads(content)["code"] == 103
    assert pbx.log()[-1].raw == raw


@pytest.mark.parametrize(
    ("version", "op", "params", "field"),
    [
        ("4.0", "ext_to_phone", {"internalNumber": "901"}, "externalNumber"),
        ("4.0", "ext_to_phone", {"externalNumber": "0443334023"}, "internalNumber"),
        ("2.0", "ext_to_phone", {"ext_number": "901"}, "phone_number"),
        (
            "4.0",
            "phone_to_phone",
            {"externalNumber1": "0441", "externalNumber2": "0442"},
            "pbxNumber",
        ),
        ("2.0", "phone_to_phone", {"phoneNumber1": "0441", "phoneNumber2": "0442"}, "trunkNumber"),
        ("4.0", "hangup_call", {}, "generalCallID"),
        ("4.0", "attended_call_transfer", {"generalCallID": "1"}, "externalNumber"),
        ("2.0", "attended_call_transfer", {"generalCallID": "1"}, "phone_number"),
        ("4.0", "call_with_announcement", {"externalNumber": "0443334023"}, "voiceFileID"),
        ("4.0", "call_with_interactive_voice_response", {"externalNumber": "0441"}, "ivrName"),
        ("4.0", "call_details", {}, "generalCallID"),
        ("4.0", "call_details", {"generalCallID": []}, "generalCallID"),
    ],
)
def test_missing_field_is_103(
    http: requests.Session,
    pbx: FakePBX,
    version: str,
    op: str,
    params: dict[str, Any],
    field: str,
) -> None:
    answer = send(http, pbx, op, params, version=version)
    assert answer["code"] == 103
    assert answer["message"] == f"Not enough data: {field}"


@pytest.mark.parametrize(
    ("op", "params"),
    [
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": "044-333-40-23"}),
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": "+380443334023"}),
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": "1234567890123456"}),
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": "5"}),
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": 443334023}),
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": "٠٤٤٣٣٣٤٠٢٣"}),
        ("ext_to_phone", {"internalNumber": "977", "externalNumber": "0443334023"}),
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": "0441", "async": "maybe"}),
        ("ext_to_phone", {"internalNumber": "901", "externalNumber": "0441", "callTimeToExt": -5}),
        ("call_with_announcement", {"externalNumber": "0443334023", "voiceFileID": "999"}),
        ("call_with_interactive_voice_response", {"externalNumber": "0441", "ivrName": "nope"}),
        ("hangup_call", {"generalCallID": "123"}),
        ("attended_call_transfer", {"generalCallID": "123", "externalNumber": "902"}),
    ],
)
def test_wrong_data_is_104(
    http: requests.Session, pbx: FakePBX, op: str, params: dict[str, Any]
) -> None:
    answer = send(http, pbx, op, params)
    assert (answer["status"], answer["code"]) == ("error", 104), answer
    assert answer["message"].startswith("Wrong data")
    assert pbx.call_ids() == []


# ----- settings ----------------------------------------------------------------------------


def test_list_of_employees_has_the_real_shape(http: requests.Session, pbx: FakePBX) -> None:
    employees = send(http, pbx, "list_of_employees")["listOfEmployees"]
    assert isinstance(employees, dict)
    assert len(employees) == 9
    by_ext = {e["endpointData"]["internalNumber"]: e for e in employees.values()}
    assert by_ext["901"]["name"] == "Олена Коваленко"
    assert by_ext["902"]["name"] == "Andrii Shevchenko"
    assert by_ext["908"]["endpointData"]["status"]["status"] == "offline"
    assert by_ext["902"]["endpointData"]["status"]["status"] == "inuse"
    for key, employee in employees.items():
        endpoint = employee["endpointData"]
        assert {"id", "login", "password", "internalNumber", "status"} <= set(endpoint)
        assert set(endpoint["status"]) == {"status", "qualify", "updatedAt"}
        if key.startswith("notLinkedToUser_"):  # a line with no user
            assert key == f"notLinkedToUser_{endpoint['id']}"
            assert employee["employeeID"] == 0 and employee["presenceState"] == ""
        else:  # keyed by e-mail, the id a string
            assert key == employee["email"] and isinstance(employee["employeeID"], str)
            assert employee["presenceState"] in (
                "active",
                "work in crm",
                "break in work",
                "inactive",
            )
    assert by_ext["907"]["employeeID"] == 0


def test_lists_and_empty_collections(http: requests.Session, pbx: FakePBX) -> None:
    voice = send(http, pbx, "list_of_voice_files")["listOfVoiceFiles"]
    assert {v["name"] for v in voice.values()} >= {"Вітання", "Нагадування про оплату"}
    assert all(vid == v["id"] for vid, v in voice.items())
    routes = send(http, pbx, "list_of_routes")["listOfRoutes"]
    assert all(set(route) == {"id", "name", "description"} for route in routes.values())
    pbx.employees.clear()
    pbx.voice_files.append({"id": "777", "name": "Test", "type": "greeting"})
    assert send(http, pbx, "list_of_employees")["listOfEmployees"] == []
    assert "777" in send(http, pbx, "list_of_voice_files")["listOfVoiceFiles"]
    assert send(http, pbx, "online_calls")["callDetails"] == []


# ----- call life -----------------------------------------------------------------------------


def test_answered_call_life(http: requests.Session, pbx: FakePBX) -> None:
    pbx.invisible_for = 10.0  # 0.5 s real: long enough to observe
    call_id = start_call(http, pbx, "0443334023", limitCallTime=8)
    hidden = send(http, pbx, "call_details", {"generalCallID": call_id})
    assert hidden == {"status": "success", "callDetails": []}
    state = pbx.call_state(call_id)
    assert state is not None and state["visible"] is False

    seen: dict[str, Any] = {}

    def listed() -> bool:  # the answer that lists it is the one read (no race with its end)
        found = send(http, pbx, "call_details", {"generalCallID": [call_id]})["callDetails"]
        seen.update(found or {})
        return bool(found)

    wait_until(listed)
    details = seen[call_id]
    assert details["disposition"] in ("", "ONLINE")
    assert details["generalCallID"] == call_id
    assert details["internalNumber"] == "901"
    assert details["externalNumber"] == "0443334023"
    assert details["callType"] == "1"
    assert details["employeeData"] == {
        "name": "Олена Коваленко",
        "email": "o.kovalenko@example.com",
    }
    assert details["pbxNumberData"] == {"number": "0443334023", "name": "Головний офіс"}
    assert details["startTime"].isdigit()
    assert abs(int(details["startTime"]) - time.time()) < 5

    wait_until(lambda: disposition(pbx, call_id) == "ONLINE")
    online = send(http, pbx, "online_calls")["callDetails"]
    assert call_id in online
    final = wait_final(pbx, call_id)
    assert final["disposition"] == "ANSWER"
    assert final["billsec"] == "8"  # limitCallTime caps the 25 s talk
    assert final["waitsec"] == "4"  # 1.5 s employee + 2.5 s customer
    assert send(http, pbx, "online_calls")["callDetails"] == []
    last = send(http, pbx, "call_details", {"generalCallID": call_id})["callDetails"][call_id]
    assert (last["disposition"], last["billsec"]) == ("ANSWER", "8")


def test_dialling_shows_empty_disposition(http: requests.Session, pbx: FakePBX) -> None:
    pbx.customer_answer_after = 40.0  # 2 s real
    call_id = start_call(http, pbx, "0443334023")
    wait_until(lambda: bool(send(http, pbx, "online_calls")["callDetails"]))
    details = send(http, pbx, "call_details", {"generalCallID": call_id})["callDetails"][call_id]
    assert details["disposition"] == ""
    assert details["billsec"] == "0"


@pytest.mark.parametrize(
    ("number", "expected"),
    [("0441231111", "BUSY"), ("0441232222", "NOANSWER"), ("0441233333", "CHANUNAVAIL")],
)
def test_failed_outcomes(http: requests.Session, pbx: FakePBX, number: str, expected: str) -> None:
    pbx.customer_ring_timeout = 4.0
    call_id = start_call(http, pbx, number)
    final = wait_final(pbx, call_id)
    assert final["disposition"] == expected
    assert final["billsec"] == "0"


def test_held_request_returns_when_employee_answers(http: requests.Session, pbx: FakePBX) -> None:
    pbx.ext_answer_after = 6.0  # 0.3 s real
    began = time.monotonic()
    answer = send(http, pbx, "ext_to_phone", {"internalNumber": "902", "externalNumber": "0501"})
    assert answer["status"] == "success"
    assert time.monotonic() - began >= 0.29
    state = pbx.call_state(answer["generalCallID"])
    assert state is not None and state["internalNumber"] == "902"


def test_async_request_returns_at_once(http: requests.Session, pbx: FakePBX) -> None:
    pbx.ext_answer_after = 100.0  # 5 s real, would be noticed
    began = time.monotonic()
    start_call(http, pbx, "0443334023")
    assert time.monotonic() - began < 2.0


def test_909_never_answers(http: requests.Session, pbx: FakePBX) -> None:
    params = {"internalNumber": "909", "externalNumber": "0443334023", "callTimeToExt": 8}
    began = time.monotonic()
    answer = send(http, pbx, "ext_to_phone", params)
    elapsed = time.monotonic() - began
    assert (answer["code"], answer["message"]) == (150, "Internal number is not available")
    assert 0.39 <= elapsed < 3.0  # 8 s scaled
    assert pbx.call_ids() == []


def test_909_async_ends_without_answer(http: requests.Session, pbx: FakePBX) -> None:
    answer = send(
        http,
        pbx,
        "ext_to_phone",
        {
            "internalNumber": "909",
            "externalNumber": "0443334023",
            "async": True,
            "callTimeToExt": 4,
        },
    )
    final = wait_final(pbx, answer["generalCallID"])
    assert final["disposition"] == "NOANSWER"


def test_908_offline_fails_at_once(http: requests.Session, pbx: FakePBX) -> None:
    pbx.ring_timeout = 100.0
    began = time.monotonic()
    for is_async in (False, True):
        params = {"internalNumber": "908", "externalNumber": "0443334023", "async": is_async}
        assert send(http, pbx, "ext_to_phone", params)["code"] == 150
    assert time.monotonic() - began < 2.0


def test_hangup_before_answer_is_cancel(http: requests.Session, pbx: FakePBX) -> None:
    pbx.customer_answer_after = 100.0
    call_id = start_call(http, pbx, "0443334023")
    assert send(http, pbx, "hangup_call", {"generalCallID": call_id}) == {"status": "success"}
    state = pbx.call_state(call_id)
    assert state is not None
    assert (state["disposition"], state["final"], state["hungUp"]) == ("CANCEL", True, True)
    again = send(http, pbx, "hangup_call", {"generalCallID": call_id})
    assert again["code"] == 104  # already over


def test_hangup_while_talking_is_answer(http: requests.Session, pbx: FakePBX) -> None:
    pbx.talk_for = 1000.0
    call_id = start_call(http, pbx, "0443334023")
    wait_until(lambda: disposition(pbx, call_id) == "ONLINE")
    time.sleep(0.2)
    assert (
        send(http, pbx, "hangup_call", {"generalCallID": call_id}, version="2.0")["status"]
        == "success"
    )
    state = pbx.call_state(call_id)
    assert state is not None and state["disposition"] == "ANSWER"
    assert 3 <= int(str(state["billsec"])) < 100


def test_transfer_makes_transfer(http: requests.Session, pbx: FakePBX) -> None:
    call_id = start_call(http, pbx, "0443334023", limitCallTime=10)
    wait_until(lambda: disposition(pbx, call_id) == "ONLINE")
    answer = send(
        http,
        pbx,
        "attended_call_transfer",
        {"generalCallID": call_id, "phone_number": "902"},
        version="2.0",
    )
    assert answer["status"] == "success", answer
    state = pbx.call_state(call_id)
    assert state is not None and state["transferredTo"] == "902"
    assert state["disposition"] == "ONLINE"
    assert wait_final(pbx, call_id)["disposition"] == "TRANSFER"
    late = send(
        http, pbx, "attended_call_transfer", {"generalCallID": call_id, "externalNumber": "903"}
    )
    assert late["code"] == 104


def test_transferred_then_hung_up(http: requests.Session, pbx: FakePBX) -> None:
    pbx.talk_for = 1000.0
    call_id = start_call(http, pbx, "0443334023")
    wait_until(lambda: disposition(pbx, call_id) == "ONLINE")
    send(http, pbx, "attended_call_transfer", {"generalCallID": call_id, "externalNumber": "903"})
    send(http, pbx, "hangup_call", {"generalCallID": call_id})
    assert disposition(pbx, call_id) == "TRANSFER"


def test_phone_to_phone(http: requests.Session, pbx: FakePBX) -> None:
    v40 = {
        "externalNumber1": "0501234567",
        "externalNumber2": "0671234567",
        "pbxNumber": "0675550101",
        "limitCallTime": 5,
    }
    call_id = send(http, pbx, "phone_to_phone", v40)["generalCallID"]
    state = pbx.call_state(call_id)
    assert state is not None
    assert state["pbxNumberData"] == {"number": "0675550101", "name": "Sales mobile"}
    assert state["employeeData"] == [] and state["internalNumber"] == ""
    alias = {
        "externalNumber1": "0501234567",
        "externalNumber2": "0671234567",
        "phoneNumber": "0443334023",
    }
    assert send(http, pbx, "phone_to_phone", alias)["status"] == "success"
    v20 = {"phoneNumber1": "0501234567", "phoneNumber2": "0671231111", "trunkNumber": "0443334023"}
    second = send(http, pbx, "phone_to_phone", v20, version="2.0")["generalCallID"]
    assert wait_final(pbx, second)["disposition"] == "BUSY"
    assert wait_final(pbx, call_id)["billsec"] == "5"


def test_announcement_and_ivr(http: requests.Session, pbx: FakePBX) -> None:
    one = send(
        http, pbx, "call_with_announcement", {"externalNumber": "0443334023", "voiceFileID": 102}
    )
    two = send(
        http,
        pbx,
        "call_with_interactive_voice_response",
        {"externalNumber": "0443334023", "ivrName": "support"},
    )
    ids = {one["generalCallID"], two["generalCallID"]}
    assert len(ids) == 2 and ids <= set(pbx.call_ids())
    assert wait_final(pbx, one["generalCallID"])["billsec"] == "12"


def test_call_ids_unique_under_concurrency(http: requests.Session, pbx: FakePBX) -> None:
    def one(_: int) -> str:
        with requests.Session() as own:
            return start_call(own, pbx, "0443334023")

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(one, range(24)))
    assert len(set(ids)) == 24
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 24


def test_call_details_unknown_and_mixed(http: requests.Session, pbx: FakePBX) -> None:
    call_id = start_call(http, pbx, "0443334023")
    wait_until(lambda: bool(pbx.call_state(call_id)["visible"]))  # type: ignore[index]
    found = send(http, pbx, "call_details", {"generalCallID": [call_id, "1", 2]})["callDetails"]
    assert list(found) == [call_id]
    assert send(http, pbx, "call_details", {"generalCallID": "5"})["callDetails"] == []
    assert pbx.call_state("5") is None


# ----- faults --------------------------------------------------------------------------------


def url_of(pbx: FakePBX, op: str = "list_of_routes", version: str = "4.0") -> str:
    return pbx.url + wire.OPERATIONS[op].path(version)


@pytest.mark.parametrize(
    ("fault", "status", "ctype", "content"),
    [
        (Fault.HTTP_500, 500, "text/html", b"500 Internal Server Error"),
        (Fault.HTML_502, 502, "text/html", b"502 Bad Gateway"),
        (Fault.HTTP_403, 403, "text/html", b"403 Forbidden"),
        (Fault.EMPTY, 200, "application/json", b""),
        (Fault.NOT_JSON, 200, "text/plain", b"OK"),
        (Fault.WRONG_SHAPE, 200, "application/json", b"[1,2,3]"),
        ("http500", 500, "text/html", b"nginx"),
    ],
)
def test_replacing_faults(
    http: requests.Session,
    pbx: FakePBX,
    fault: Fault | str,
    status: int,
    ctype: str,
    content: bytes,
) -> None:
    pbx.inject(fault)
    url = url_of(pbx, "ext_to_phone")
    params = {"internalNumber": "901", "externalNumber": "0443334023", "async": True}
    got_status, got_type, got = post_raw(http, url, json=body_for("4.0", params))
    assert got_status == status
    assert got_type.startswith(ctype)
    assert content in got if content else got == b""
    assert pbx.call_ids() == []  # the answer was replaced: nothing started
    assert send(http, pbx, "list_of_routes")["status"] == "success"  # one request only


def test_reset_is_logged_and_starts_nothing(http: requests.Session, pbx: FakePBX) -> None:
    pbx.inject(Fault.RESET, method=EXT_TO_PHONE)
    params = {"internalNumber": "901", "externalNumber": "0443334023", "async": True}
    with pytest.raises(requests.ConnectionError):
        send(http, pbx, "ext_to_phone", params)
    logged = pbx.requests_for(EXT_TO_PHONE)
    assert len(logged) == 1
    assert logged[0].params["externalNumber"] == "0443334023"
    assert pbx.call_ids() == []
    assert send(http, pbx, "ext_to_phone", params)["status"] == "success"


def test_truncated_answer_still_starts_the_call(http: requests.Session, pbx: FakePBX) -> None:
    pbx.inject("truncated")
    params = {"internalNumber": "901", "externalNumber": "0443334023", "async": True}
    status, ctype, content = post_raw(
        http, url_of(pbx, "ext_to_phone"), json=body_for("4.0", params)
    )
    assert (status, ctype) == (200, "application/json; charset=utf-8")
    with pytest.raises(ValueError):
        json.loads(content)
    assert content.startswith(b'{"status":"success"')
    assert len(pbx.call_ids()) == 1


def test_slow_answers_late_but_processes(http: requests.Session, pbx: FakePBX) -> None:
    pbx.inject(Fault.SLOW_THEN_PROCESS, delay=0.4)
    params = {"internalNumber": "901", "externalNumber": "0443334023", "async": True}
    with pytest.raises(requests.Timeout):
        send(http, pbx, "ext_to_phone", params, timeout=0.1)
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1
    wait_until(lambda: len(pbx.call_ids()) == 1)  # the customer rings all the same
    pbx.inject("slow", delay=0.2)
    began = time.monotonic()
    assert send(http, pbx, "list_of_routes")["status"] == "success"
    assert time.monotonic() - began >= 0.19


def test_rate_limit(http: requests.Session, pbx: FakePBX) -> None:
    pbx.inject(Fault.RATE_LIMIT)
    pbx.inject(Fault.RATE_LIMIT, delay=7)
    first = send(http, pbx, "list_of_routes")
    assert (first["code"], first["message"]) == (106, "Too many requests. Try again after 2 sec.")
    second = send(http, pbx, "list_of_routes", version="2.0")
    assert second["message"] == "Too many requests. Try again after 7 sec."
    assert wire.response_signature_ok(SECRET, second)
    assert send(http, pbx, "list_of_routes")["status"] == "success"


def test_error_fault(http: requests.Session, pbx: FakePBX) -> None:
    pbx.inject(Fault.ERROR, code=120)
    pbx.inject("error", code=104, message="API calls are not enabled for this line")
    pbx.inject("error")
    assert send(http, pbx, "list_of_routes") == {
        "status": "error",
        "code": 120,
        "message": "Company is disabled",
    }
    assert send(http, pbx, "list_of_routes")["message"] == "API calls are not enabled for this line"
    assert send(http, pbx, "list_of_routes")["code"] == 105


def test_bad_signature(http: requests.Session, pbx: FakePBX) -> None:
    pbx.inject(Fault.BAD_SIGNATURE, count=2)
    answer = send(http, pbx, "list_of_routes", version="2.0")
    assert answer["status"] == "success"
    assert isinstance(answer["signature"], str) and len(answer["signature"]) == 32
    assert not wire.response_signature_ok(SECRET, answer)
    assert send(http, pbx, "list_of_routes", version="4.0")["status"] == "success"  # 4.0: no-op
    assert wire.response_signature_ok(SECRET, send(http, pbx, "list_of_routes", version="2.0"))


def test_fault_count_and_method_filter(http: requests.Session, pbx: FakePBX) -> None:
    pbx.inject(Fault.WRONG_SHAPE, count=2, method="list-of-routes")
    for _ in range(3):
        assert send(http, pbx, "list_of_voice_files")["status"] == "success"
    for expected in (b"[1,2,3]", b"[1,2,3]"):
        assert post_raw(http, url_of(pbx), json=body_for("4.0", {}))[2] == expected
    assert send(http, pbx, "list_of_routes")["status"] == "success"
    pbx.inject("http403", method="ext_to_phone")  # an operation key matches both versions
    url = url_of(pbx, "ext_to_phone", "2.0")
    params = {"ext_number": "901", "phone_number": "0441", "async": True}
    assert post_raw(http, url, json=body_for("2.0", params))[0] == 403


def test_inject_rejects_nonsense(pbx: FakePBX) -> None:
    with pytest.raises(ValueError):
        pbx.inject("meteor")
    with pytest.raises(ValueError):
        pbx.inject(Fault.EMPTY, count=0)


# ----- log -----------------------------------------------------------------------------------


def test_log(http: requests.Session, pbx: FakePBX) -> None:
    send(http, pbx, "list_of_routes")
    send(http, pbx, "call_details", {"generalCallID": "7"}, version="2.0")
    entries = pbx.log()
    assert [e.method for e in entries] == ["list-of-routes", "call-details"]
    first, second = entries
    assert isinstance(first, LoggedRequest)
    assert (first.version, first.category, first.path) == (
        "4.0",
        "settings",
        "/api/4.0/settings/list-of-routes.json",
    )
    assert first.body == {"key": KEY, "secret": SECRET}
    assert first.params == {}
    assert second.params == {"generalCallID": "7"}
    assert set(second.body) == {"generalCallID", "key", "signature"}
    assert first.headers["Content-Type"] == "application/json"
    assert first.received_at <= second.received_at <= time.monotonic()
    assert pbx.requests_for("call-details") == [second]
    pbx.clear_log()
    assert pbx.log() == []


# ----- stopping ------------------------------------------------------------------------------


def test_stop_releases_held_requests() -> None:
    server = FakePBX(time_scale=1.0).start()  # 909 would hold for 30 s, SLOW for 30 s
    server.inject(Fault.SLOW, delay=30, method="list-of-routes")
    outcomes: list[object] = []

    def held(op: str, params: dict[str, Any]) -> None:
        try:
            with requests.Session() as own:
                outcomes.append(send(own, server, op, params, timeout=20)["code"])
        except requests.RequestException as exc:  # a cut connection is acceptable too
            outcomes.append(type(exc).__name__)

    threads = [
        threading.Thread(
            target=held,
            args=("ext_to_phone", {"internalNumber": "909", "externalNumber": "0443334023"}),
        ),
        threading.Thread(target=held, args=("list_of_routes", {})),
    ]
    for thread in threads:
        thread.start()
    wait_until(lambda: len(server.log()) == 2)
    began = time.monotonic()
    server.stop()
    assert time.monotonic() - began < 3.0
    for thread in threads:
        thread.join(timeout=5)
        assert not thread.is_alive()
    assert outcomes == [105, 105]
    assert server.handler_errors() == []


# ----- robustness ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shared_pbx() -> Iterator[FakePBX]:
    with FakePBX(time_scale=SCALE) as server:
        yield server


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    op=st.sampled_from(sorted(wire.OPERATIONS)),
    version=st.sampled_from(wire.VERSIONS),
    params=st.dictionaries(
        st.sampled_from(
            [
                "internalNumber",
                "externalNumber",
                "ext_number",
                "phone_number",
                "generalCallID",
                "voiceFileID",
                "ivrName",
                "async",
                "callTimeToExt",
                "pbxNumber",
                "trunkNumber",
                "externalNumber1",
                "phoneNumber1",
            ]
        ),
        json_values,
        max_size=5,
    ),
)
def test_any_params_get_a_proper_answer(
    shared_pbx: FakePBX, op: str, version: str, params: dict[str, Any]
) -> None:
    if op == "ext_to_phone":
        params["async"] = True  # keep the property fast: never hold
    with requests.Session() as own:
        answer = send(own, shared_pbx, op, params, version=version)
    assert answer["status"] in ("success", "error")
    if answer["status"] == "error":
        assert answer["code"] in (103, 104, 150)
    if version == "2.0":
        assert wire.response_signature_ok(SECRET, answer)
    assert shared_pbx.handler_errors() == []


# ----- python -m calllauncher.fakepbx --------------------------------------------------------


def test_module_runs_alone(http: requests.Session) -> None:
    command = [
        sys.executable,
        "-m",
        "calllauncher.fakepbx",
        "--port",
        "0",
        "--key",
        "k",
        "--secret",
        "s",
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:") and url.endswith("/api/")
            body = wire.body_40("k", "s", {})
            with http.post(
                url + "4.0/settings/list-of-routes.json", json=body, timeout=5
            ) as response:
                assert response.json()["status"] == "success"
        finally:
            proc.terminate()
            proc.communicate(timeout=5)
    assert proc.returncode == 0


def test_module_refuses_public_host() -> None:
    command = [sys.executable, "-m", "calllauncher.fakepbx", "--host", "0.0.0.0"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    assert done.returncode == 2
    assert "loopback" in done.stderr


def test_recent_calls_are_the_extensions_last_two_weeks_at_most_50(pbx: FakePBX) -> None:
    """The addendum: ``recent-calls-by-internal-number`` gives the employee's last 2 weeks,
    at most 50 calls. (Unbounded, a day of calls made each of the timeline's refreshes
    parse a growing answer.)"""
    now = int(time.time())
    old = pbx.record_desk_call("0501110000", "901", start_time=now - 15 * 86400)
    made = [
        pbx.record_desk_call(f"05011{n:05d}", "901", start_time=now - 3600 + n) for n in range(55)
    ]
    pbx.record_desk_call("0502220000", "902", start_time=now)  # another extension's
    with Client(KEY, SECRET, base_url=pbx.url) as client:
        found = client.stats.recent_calls_by_internal_number("901")
    assert set(found) == set(made[-50:])  # the 50 newest
    assert old not in found
