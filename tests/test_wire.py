"""2.0 signatures against PHP json_encode bytes written out by hand."""

from __future__ import annotations

import hashlib

import pytest

from calllauncher.binotel import wire

# (params, the exact bytes PHP's json_encode gives after ksort, md5("secret" + those bytes))
CASES = [
    pytest.param(
        {"phone_number": "044/333", "ext_number": "901"},
        '{"ext_number":"901","phone_number":"044\\/333"}',
        "a860913966cd9b32c96f01e4754b8a5c",
        id="slash-escaped-and-keys-sorted",
    ),
    pytest.param(
        {"ivrName": "Головне меню", "externalNumber": "0443334023"},
        '{"externalNumber":"0443334023","ivrName":'
        '"\\u0413\\u043e\\u043b\\u043e\\u0432\\u043d\\u0435 \\u043c\\u0435\\u043d\\u044e"}',
        "52380a404012023bf2b49259a11f43b7",
        id="cyrillic-lowercase-u-escapes",
    ),
    pytest.param(
        {"callerIdForEmployee": "VIP 😀"},
        '{"callerIdForEmployee":"VIP \\ud83d\\ude00"}',
        "ff48b75ccf1df224c5a042d0547010ac",
        id="emoji-surrogate-pair",
    ),
    pytest.param(
        {"limitCallTime": 120},
        '{"limitCallTime":120}',
        "ec574c0f71b25277a2398cc923f81800",
        id="int-120",
    ),
    pytest.param(
        {"limitCallTime": "120"},
        '{"limitCallTime":"120"}',
        "762beb3b81be21e89bb2fa5a8dfffddc",
        id="string-120",
    ),
    pytest.param(
        {"z": {"b": 1, "a": 2}, "generalCallID": ["2", "1"], "a": True},
        '{"a":true,"generalCallID":["2","1"],"z":{"b":1,"a":2}}',
        "b50901778e09c0aca20d20cd7bf5bbae",
        id="nested-object-not-resorted",
    ),
]


@pytest.mark.parametrize(("params", "php_bytes", "digest"), CASES)
def test_signature_matches_php(params: dict[str, object], php_bytes: str, digest: str) -> None:
    assert hashlib.md5(("secret" + php_bytes).encode()).hexdigest() == digest
    ordered = {k: params[k] for k in sorted(params)}
    assert wire.php_json_encode(ordered) == php_bytes
    assert wire.sign("secret", params) == digest


def test_int_and_string_sign_differently() -> None:
    assert wire.sign("s", {"a": 120}) != wire.sign("s", {"a": "120"})


def test_response_signature_round_trip_and_tamper() -> None:
    signed = wire.sign_response("k", {"status": "success", "generalCallID": "1"})
    assert wire.response_signature_ok("k", signed)
    assert not wire.response_signature_ok("other", signed)
    assert not wire.response_signature_ok("k", {**signed, "generalCallID": "2"})
    assert not wire.response_signature_ok("k", {"status": "success"})


def test_body_forms() -> None:
    params = {"internalNumber": "901"}
    assert wire.body_40("K", "S", params) == {"internalNumber": "901", "key": "K", "secret": "S"}
    body = wire.body_20("K", "S", params)
    assert "secret" not in body
    assert body["key"] == "K" and body["signature"] == wire.sign("S", params)


def test_every_python_name_maps_in_both_versions() -> None:
    for name, (v4, v2) in wire.FIELDS.items():
        assert wire.wire_params("4.0", {name: 1}) == {v4: 1}
        assert wire.wire_params("2.0", {name: 1}) == {v2: 1}
    assert wire.wire_params("4.0", {"ext_number": None}) == {}
