"""Following calls: one request for all live calls, slowing down, backing off on 106."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from calllauncher.binotel import Client
from calllauncher.controller.calls import CALL, CallRequest
from calllauncher.controller.connection import Connection
from calllauncher.controller.live_calls import LiveCallsController
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.account import Account
from calllauncher.services.tasks import TaskRunner
from tests.support.values import KEY, SECRET


@pytest.fixture
def live(pbx: FakePBX) -> Iterator[LiveCallsController]:
    owner = QObject()
    runner = TaskRunner(owner)
    connection = Connection(owner)
    connection.sign_in(Account(KEY, pbx.url), SECRET)
    yield LiveCallsController(runner, connection, owner)
    runner.shutdown(2000)
    connection.close()


def start(pbx: FakePBX, number: str) -> str:
    with Client(KEY, SECRET, base_url=pbx.url) as c:
        call_id = c.calls.ext_to_phone("901", number, async_=True).general_call_id
    assert call_id
    return call_id


def test_several_calls_in_one_request_until_all_end(
    qtbot: QtBot, pbx: FakePBX, live: LiveCallsController
) -> None:
    ids = [start(pbx, n) for n in ("0443334023", "0443331111", "0443333333")]
    for call_id in ids:
        live.add(call_id, CallRequest(CALL, "0443334023", extension="901"), time.monotonic())
    with qtbot.waitSignals([live.callEnded] * 3, timeout=15000):
        pass
    polls = pbx.requests_for("call-details")
    assert sorted(polls[0].params["generalCallID"]) == sorted(ids)
    outcomes = {live.calls[i].state.disposition for i in ids}
    assert outcomes == {"ANSWER", "BUSY", "CHANUNAVAIL"}
    count = len(pbx.requests_for("call-details"))
    qtbot.wait(1500)
    assert len(pbx.requests_for("call-details")) == count  # no polling once all have ended


def test_backs_off_as_the_pbx_asks_on_106(
    qtbot: QtBot, pbx: FakePBX, live: LiveCallsController
) -> None:
    call_id = start(pbx, "0443334023")
    pbx.inject(Fault.RATE_LIMIT, method="call-details", delay=2, count=3)
    live.add(call_id, CallRequest(CALL, "0443334023", extension="901"), time.monotonic())
    qtbot.waitUntil(lambda: len(pbx.requests_for("call-details")) >= 2, timeout=10000)
    first, second = pbx.requests_for("call-details")[:2]
    # The client itself waits out short 106s for read-only calls; either way >= 2 s apart.
    assert second.received_at - first.received_at >= 1.9


def test_hang_up_ends_the_call(qtbot: QtBot, pbx: FakePBX, live: LiveCallsController) -> None:
    call_id = start(pbx, "0443334023")
    live.add(call_id, CallRequest(CALL, "0443334023", extension="901"), time.monotonic())
    with qtbot.waitSignal(live.callEnded, timeout=10000):
        live.hang_up(call_id)
        live.hang_up(call_id)  # a second press while the first is on its way sends nothing
    assert len(pbx.requests_for("hangup-call")) == 1
    assert live.calls[call_id].state.is_final
