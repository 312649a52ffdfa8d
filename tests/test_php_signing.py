"""2.0 signatures pinned to PHP itself: the client's encoder (binotel/wire.py) and the
simulated PBX's own PHP model (fakepbx/phpjson.py), each against PHP's bytes.

The committed vectors (tests/php/signing_vectors.json, written by tests/php/make_vectors.php)
always run. Where php-cli is installed (always in CI) PHP is also asked live, for the
vectors and for a few hundred generated bodies.
"""

from __future__ import annotations

import json
import random
import struct
import subprocess
from typing import Any

import pytest

from calllauncher.binotel import wire
from calllauncher.fakepbx import phpjson
from tests.support.php import PHP_DIR, php_required

VECTORS = json.loads((PHP_DIR / "signing_vectors.json").read_text("utf-8"))
SECRET: str = VECTORS["secret"]


def _params(body: str) -> Any:
    params = json.loads(body)
    if isinstance(params, dict):
        for name in ("signature", "key"):
            params.pop(name, None)
    return params


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["name"])
def test_client_encoder_matches_php_vectors(vector: dict[str, str]) -> None:
    params = _params(vector["body"])
    if not isinstance(params, dict):
        pytest.skip("the client only ever signs a map")
    if "error" in vector:
        with pytest.raises(ValueError):
            wire.sign(SECRET, params)
        return
    assert wire.php_json_encode(wire.php_ksort(params)) == vector["encoded"]
    assert wire.sign(SECRET, params) == vector["md5"]


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["name"])
def test_simulated_pbx_matches_php_vectors(vector: dict[str, str]) -> None:
    raw = vector["body"].encode("utf-8")
    if "error" in vector:
        with pytest.raises(phpjson.PhpJsonError):
            phpjson.signature(SECRET, phpjson.json_decode(raw))
        return
    decoded = phpjson.json_decode(raw)
    params = {k: v for k, v in decoded.items() if k not in ("signature", "key")}
    assert phpjson.json_encode(phpjson.ksort(params)) == vector["encoded"]
    assert phpjson.signature(SECRET, params) == vector["md5"]
    body = {**decoded, "signature": vector["md5"], "key": "k"}
    assert phpjson.request_signature_ok(SECRET, body)
    assert not phpjson.request_signature_ok(SECRET + "x", body)


def test_the_two_faults_of_the_issue() -> None:
    """An empty parameter map is signed as "[]" and DEL is written raw, as PHP does."""
    assert wire.php_json_encode(wire.php_ksort({})) == "[]"
    assert wire.php_json_encode({"a": "\x7f"}) == '{"a":"\x7f"}'
    assert phpjson.json_encode(phpjson.ksort({})) == "[]"
    assert phpjson.json_encode({"a": "\x7f"}) == '{"a":"\x7f"}'


def test_committed_vectors_are_what_php_writes_now() -> None:
    php = php_required()
    out = subprocess.run(
        [php, str(PHP_DIR / "make_vectors.php")], capture_output=True, check=True, timeout=60
    )
    fresh = json.loads(out.stdout)
    assert fresh["vectors"] == VECTORS["vectors"], "regenerate tests/php/signing_vectors.json"


# ----- generated bodies, asked of PHP live -------------------------------------------------

_CHARS = (
    "aZ09 _-.,:;!?@#$%^&*()[]{}<>=+~`'|/\\\"\x00\x01\x08\x09\x0a\x0c\x0d\x1f\x7f"
    "\u00a0é€ЇїҐґЖжЁё\u2028\u2029\ufeff\uffff😀🔑"
)


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(rng.randint(0, 8)))


def _key(rng: random.Random) -> str:
    return rng.choice(
        [_text(rng), str(rng.randint(-5, 20)), rng.choice(["0", "00", "-0", "1e3", " 7", "x"])]
    )


def _float(rng: random.Random) -> float:
    choice = rng.random()
    if choice < 0.3:
        return rng.uniform(-1000, 1000)
    if choice < 0.6:
        return float(rng.randint(-(10**20), 10**20)) / rng.choice([1, 10, 1000, 10**9])
    while True:  # any finite double, exponents over the whole range
        number: float = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
        if number == number and abs(number) != float("inf"):
            return number


def _value(rng: random.Random, depth: int) -> Any:
    kinds = ["text", "int", "float", "bool", "null"] + (["map", "list"] * 2 if depth < 3 else [])
    kind = rng.choice(kinds)
    if kind == "text":
        return _text(rng)
    if kind == "int":
        return rng.choice([rng.randint(-1000, 1000), rng.randint(-(2**70), 2**70)])
    if kind == "float":
        return _float(rng)
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "null":
        return None
    if kind == "list":
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {_key(rng): _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def _bodies(count: int) -> list[dict[str, Any]]:
    rng = random.Random(20240612)
    bodies: list[dict[str, Any]] = []
    for _ in range(count):
        body = {_key(rng): _value(rng, 1) for _ in range(rng.randint(0, 6))}
        bodies.append(body)
    return bodies


def test_generated_bodies_sign_as_php_signs_them() -> None:
    php = php_required()
    bodies = _bodies(400)
    lines = "".join(json.dumps(body) + "\n" for body in bodies)
    out = subprocess.run(
        [php, str(PHP_DIR / "sign_lines.php"), SECRET],
        input=lines.encode("ascii"),
        capture_output=True,
        check=True,
        timeout=60,
    )
    answers = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert len(answers) == len(bodies)
    for body, answer in zip(bodies, answers, strict=True):
        params = {k: v for k, v in body.items() if k not in ("signature", "key")}
        raw = json.dumps(body).encode("ascii")
        if "error" in answer:
            with pytest.raises(ValueError):
                wire.sign(SECRET, json.loads(raw))
            with pytest.raises(phpjson.PhpJsonError):
                phpjson.signature(SECRET, phpjson.json_decode(raw))
            continue
        shown = f"{body!r}\nPHP: {answer['encoded']}"
        assert wire.php_json_encode(wire.php_ksort(params)) == answer["encoded"], shown
        assert wire.sign(SECRET, params) == answer["md5"], shown
        decoded = phpjson.json_decode(raw)
        decoded = {k: v for k, v in decoded.items() if k not in ("signature", "key")}
        assert phpjson.json_encode(phpjson.ksort(decoded)) == answer["encoded"], shown
        assert phpjson.signature(SECRET, decoded) == answer["md5"], shown
