"""The simulated PBX accepts what Binotel's official PHP sample clients send (4.0 and 2.0)
and refuses a 2.0 signature PHP would refuse.

The bodies in tests/php/official_requests.json were written by PHP
(tests/php/make_official_requests.php); where php is installed the sample client is also
run live against the simulated PBX."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from calllauncher.fakepbx import FakePBX
from tests.support.php import PHP_DIR, php_required

SAMPLES = json.loads((PHP_DIR / "official_requests.json").read_text("utf-8"))


@pytest.fixture
def sample_pbx() -> Iterator[FakePBX]:
    with FakePBX(key=SAMPLES["key"], secret=SAMPLES["secret"], time_scale=0.05) as server:
        yield server


def _post(pbx: FakePBX, path: str, raw: bytes) -> dict[str, Any]:
    answer = requests.post(
        pbx.url + path, data=raw, headers={"Content-Type": "application/json"}, timeout=10
    )
    return dict(answer.json())


@pytest.mark.parametrize("sample", SAMPLES["requests"], ids=lambda s: s["path"])
def test_official_sample_requests_are_accepted(sample_pbx: FakePBX, sample: dict[str, str]) -> None:
    answer = _post(sample_pbx, sample["path"], sample["body"].encode("utf-8"))
    assert answer["status"] == "success", answer
    assert not sample_pbx.handler_errors()


def test_the_40_sample_company_number_name_starts_the_bridge(sample_pbx: FakePBX) -> None:
    sample = next(
        s for s in SAMPLES["requests"] if "external-number-to-external-number" in s["path"]
    )
    call_id = _post(sample_pbx, sample["path"], sample["body"].encode())["generalCallID"]
    state = sample_pbx.call_state(call_id)
    assert state is not None and state["pbxNumberData"]["number"] == "0443334023"


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda body: {**body, "signature": "0" * 32}, id="wrong-signature"),
        pytest.param(lambda body: {k: v for k, v in body.items() if k != "signature"}, id="none"),
        pytest.param(lambda body: {**body, "ext_number": "902"}, id="changed-parameter"),
        pytest.param(lambda body: {**body, "limitCallTime": "60"}, id="int-sent-as-text"),
    ],
)
def test_a_signature_php_would_refuse_is_refused(sample_pbx: FakePBX, spoil: Any) -> None:
    sample = next(s for s in SAMPLES["requests"] if s["path"].endswith("ext-to-phone.json"))
    body = spoil(json.loads(sample["body"]))
    answer = _post(sample_pbx, sample["path"], json.dumps(body).encode())
    assert (answer["status"], answer["code"]) == ("error", 121)
    assert sample_pbx.call_ids() == []


def test_a_parameterless_request_signed_over_braces_is_refused(sample_pbx: FakePBX) -> None:
    """The client's old mistake: md5(secret + "{}") where PHP signs "[]"."""
    for text, status in (("{}", "error"), ("[]", "success")):
        signature = hashlib.md5((SAMPLES["secret"] + text).encode()).hexdigest()
        raw = json.dumps({"signature": signature, "key": SAMPLES["key"]}).encode()
        assert _post(sample_pbx, "2.0/settings/list-of-employees.json", raw)["status"] == status


@pytest.mark.parametrize(
    ("version", "method", "params"),
    [
        ("2.0", "settings/list-of-employees", {}),
        ("2.0", "settings/list-of-voice-files", {}),
        (
            "2.0",
            "calls/ext-to-phone",
            {
                "ext_number": "901",
                "phone_number": "0443334023",
                "async": True,
                "callerIdForEmployee": "VIP/😀\x7f",
            },
        ),
        ("2.0", "stats/online-calls", {}),
        (
            "4.0",
            "calls/external-number-to-external-number",
            {
                "externalNumber1": "0443334023",
                "externalNumber2": "0675550101",
                "phoneNumber": "0443334023",
            },
        ),
        ("4.0", "settings/list-of-employees", {}),
    ],
)
def test_the_official_php_client_live(
    sample_pbx: FakePBX, version: str, method: str, params: dict[str, Any]
) -> None:
    php = php_required()
    out = subprocess.run(
        [
            php,
            str(PHP_DIR / "official_client.php"),
            sample_pbx.url,
            version,
            SAMPLES["key"],
            SAMPLES["secret"],
            method,
            json.dumps(params),
        ],
        capture_output=True,
        check=True,
        timeout=30,
    )
    answer = json.loads(out.stdout)
    assert answer["status"] == "success", answer
