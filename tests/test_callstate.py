from __future__ import annotations

from calllauncher.binotel.models import CallDetails
from calllauncher.callstate import CallTracker
from calllauncher.wording.calls import cli_state_text as describe


def details(disposition: str, billsec: int = 0) -> CallDetails:
    return CallDetails("7", disposition, billsec=billsec)


def test_life_of_a_call_in_words() -> None:
    t = CallTracker("7", started_at=100.0)
    assert describe(t.update(None, 100.2)) == "starting"
    assert describe(t.update(details(""), 101.0)) == "dialling"
    assert describe(t.update(details("ONLINE"), 103.0)) == "talking 0:00"
    assert describe(t.tick(186.0)) == "talking 1:23"
    assert describe(t.update(None, 187.0)) == "talking 1:23"  # vanished: keep, don't guess
    assert describe(t.update(details("ANSWER", 151), 255.0)) == "ended: answered 2:31"


def test_unanswered_outcomes() -> None:
    for disposition, words in [
        ("BUSY", "ended: busy"),
        ("NOANSWER", "ended: no answer"),
        ("CANCEL", "ended: cancelled"),
        ("CHANUNAVAIL", "ended: unreachable"),
    ]:
        t = CallTracker("7", 0.0)
        state = t.update(details(disposition), 1.0)
        assert state.is_final and describe(state) == words


def test_polls_slow_down_and_honour_rate_limit() -> None:
    t = CallTracker("7", started_at=0.0)
    assert t.next_poll(1.0) == 1.0
    assert t.next_poll(30.0) == 2.0
    assert t.next_poll(300.0) == 5.0
    assert t.next_poll(1.0, wait_at_least=7.0) == 7.0
