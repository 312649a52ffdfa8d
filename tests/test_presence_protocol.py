"""settings/change-employee-presence-state: the wire, the library and the simulated PBX,
over real HTTP on 127.0.0.1; and the simulated colleagues' busy lamps following the calls."""

from __future__ import annotations

import time

import pytest

from calllauncher.binotel import ApiError, Client, ConfigError, wire
from calllauncher.binotel.models import (
    PRESENCE_ACTIVE,
    PRESENCE_BREAK,
    PRESENCE_IN_CRM,
    PRESENCE_INACTIVE,
    PRESENCE_STATES,
)
from calllauncher.fakepbx import FakePBX
from tests.support.values import KEY, SECRET


def by_ext(client: Client) -> dict[str, object]:
    return {e.extension: e for e in client.settings.list_of_employees()}


def test_the_operation_and_its_fields() -> None:
    op = wire.OPERATIONS["change_employee_presence_state"]
    assert op.path("4.0") == "4.0/settings/change-employee-presence-state.json"
    assert op.path("2.0") == "2.0/settings/change-employee-presence-state.json"
    assert not op.starts_call  # rings nobody: a retry leaves the same state
    for version in wire.VERSIONS:
        fields = wire.wire_params(version, {"employee_id": "58", "presence_state": "active"})
        assert fields == {"employeeID": "58", "presenceState": "active"}
    assert PRESENCE_STATES == ("active", "work in crm", "break in work", "inactive")


def test_change_is_one_request_and_the_list_shows_it(pbx: FakePBX, client: Client) -> None:
    before = by_ext(client)["903"]
    assert before.presence_state == PRESENCE_IN_CRM  # type: ignore[attr-defined]
    pbx.clear_log()
    client.settings.change_employee_presence_state("4403", PRESENCE_BREAK)
    (sent,) = pbx.requests_for("change_employee_presence_state")
    assert sent.version == client.api_version
    assert sent.params == {"employeeID": "4403", "presenceState": "break in work"}
    after = by_ext(client)["903"]
    assert after.presence_state == PRESENCE_BREAK  # type: ignore[attr-defined]
    for state in (PRESENCE_ACTIVE, PRESENCE_INACTIVE):
        client.settings.change_employee_presence_state("4403", state)
        assert by_ext(client)["903"].presence_state == state  # type: ignore[attr-defined]


def test_updated_at_is_a_40_field(pbx: FakePBX) -> None:
    for version in wire.VERSIONS:
        with Client(KEY, SECRET, base_url=pbx.url, api_version=version) as c:
            c.settings.change_employee_presence_state("4401", PRESENCE_BREAK)
            raw = c.request("list_of_employees", {})["listOfEmployees"]
            olena = raw["o.kovalenko@example.com"]
            if version == "4.0":
                assert abs(int(olena["presenceStateUpdatedAt"]) - time.time()) < 60
            else:
                assert "presenceStateUpdatedAt" not in olena


@pytest.mark.parametrize(
    ("params", "code", "field"),
    [
        ({"presenceState": "active"}, 103, "employeeID"),
        ({"employeeID": "4401"}, 103, "presenceState"),
        ({"employeeID": "9999", "presenceState": "active"}, 104, "employeeID"),
        ({"employeeID": "0", "presenceState": "active"}, 104, "employeeID"),  # a bare line
        ({"employeeID": "4401", "presenceState": "lunch"}, 104, "presenceState"),
        ({"employeeID": "4401", "presenceState": 1}, 104, "presenceState"),
    ],
)
def test_the_pbx_refuses_bad_values(
    pbx: FakePBX, client: Client, params: dict[str, object], code: int, field: str
) -> None:
    fields = {"employeeID": "employee_id", "presenceState": "presence_state"}
    with pytest.raises(ApiError) as refused:
        client.request("change_employee_presence_state", {fields[k]: v for k, v in params.items()})
    assert refused.value.code == code
    assert field in refused.value.pbx_message
    assert by_ext(client)["901"].presence_state == PRESENCE_ACTIVE  # type: ignore[attr-defined]


def test_the_library_refuses_a_state_it_does_not_know(pbx: FakePBX, client: Client) -> None:
    pbx.clear_log()
    with pytest.raises(ConfigError):
        client.settings.change_employee_presence_state("4401", "lunch")
    with pytest.raises(ConfigError):
        client.settings.change_employee_presence_state("", PRESENCE_ACTIVE)
    assert pbx.log() == []  # nothing was sent


def lamp(client: Client, ext: str) -> str:
    return str(by_ext(client)[ext].endpoint_status)  # type: ignore[attr-defined]


def test_busy_lamps_follow_the_simulated_calls(pbx: FakePBX, client: Client) -> None:
    assert (lamp(client, "903"), lamp(client, "905"), lamp(client, "908")) == (
        "online",
        "online",
        "offline",
    )
    pbx.incoming_call(
        "0671234567", ring=("903", "905", "908"), answered_by="903", answer_after=10, talk=10
    )
    assert (lamp(client, "903"), lamp(client, "905"), lamp(client, "908")) == (
        "ringing",
        "ringing",
        "offline",  # an offline phone is not rung
    )
    deadline = time.monotonic() + 5
    while lamp(client, "903") != "inuse" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (lamp(client, "903"), lamp(client, "905")) == ("inuse", "online")
    while lamp(client, "903") != "online" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert lamp(client, "903") == "online"  # the call is over
