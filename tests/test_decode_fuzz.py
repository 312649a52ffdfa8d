"""Thousands of random and malformed bodies: only the library's own exceptions come out."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from calllauncher.binotel import models
from calllauncher.binotel.errors import BinotelError
from calllauncher.binotel.transport import parse_response

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(
    [
        "status",
        "code",
        "message",
        "generalCallID",
        "callDetails",
        "listOfEmployees",
        "listOfVoiceFiles",
        "listOfRoutes",
        "endpointData",
        "employeeData",
        "billsec",
        "disposition",
        "startTime",
        "name",
        "id",
        "routes",
        "pbxNumberData",
    ]
)
# Objects shaped like real answers but with values of every type, nested to any depth.
answer_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6) | st.just("success"),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(field_names, inner, max_size=5),
    max_leaves=30,
)

DECODERS = [
    models.decode_employees,
    models.decode_voice_files,
    models.decode_routes,
    models.decode_call_details,
    models.CallStarted.decode,
]


def decode_all(data: dict[str, Any]) -> None:
    for decoder in DECODERS:
        with contextlib.suppress(BinotelError):
            decoder(data)


@given(
    st.binary(max_size=300),
    st.integers(100, 599),
    st.sampled_from(["", "application/json", "text/html"]),
)
def test_raw_bytes(body: bytes, status: int, content_type: str) -> None:
    try:
        data = parse_response(status, content_type, body, hint=False)
    except BinotelError:
        return
    decode_all(data)


@given(answer_like, st.sampled_from([200, 200, 500]))
def test_json_shapes(value: Any, status: int) -> None:
    body = json.dumps(value).encode()
    for cut in (None, len(body) // 2):
        try:
            data = parse_response(status, "application/json", body[:cut], hint=True)
        except BinotelError:
            continue
        decode_all(data)


@given(st.dictionaries(field_names, json_values, max_size=6))
def test_success_objects_with_any_values(value: dict[str, Any]) -> None:
    decode_all({**value, "status": "success"})
