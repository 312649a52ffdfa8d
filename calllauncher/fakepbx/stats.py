"""stats/* of the simulated PBX: the call records as the real PBX lists them (details by
id, online calls, today's lost calls, a number's history, an extension's recent calls) and
the recordings' signed links."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from calllauncher.fakepbx.calls import Call
from calllauncher.fakepbx.params import Params


class PBX(Protocol):
    """The simulated PBX's state these methods read (``pbx.PBX`` fits; a protocol, since
    pbx.py imports this module)."""

    _lock: threading.RLock
    _calls: dict[str, Call]

    def recording_url(self, call_id: str) -> str: ...


def keyed(items: Iterable[dict[str, Any]], key: str) -> dict[str, Any] | list[Any]:
    """A collection the PHP way: an object keyed by id, or ``[]`` when empty."""
    out = {str(item.get(key)): copy.deepcopy(item) for item in items}
    return out if out else []


def call_details(pbx: PBX, p: Params) -> dict[str, Any]:
    wanted = p.idents("general_call_id")
    now = time.monotonic()
    with pbx._lock:
        found = [pbx._calls.get(call_id) for call_id in wanted]
        shown = [c.details(now) for c in found if c is not None and c.is_visible(now)]
    return {"callDetails": keyed(shown, "generalCallID")}


def online_calls(pbx: PBX, p: Params) -> dict[str, Any]:
    now = time.monotonic()
    with pbx._lock:
        shown = [
            c.details(now) for c in pbx._calls.values() if c.is_visible(now) and not c.is_final(now)
        ]
    return {"callDetails": keyed(shown, "generalCallID")}


MISSED = frozenset({"NOANSWER", "CANCEL", "CHANUNAVAIL", "VM"})


def _records(pbx: PBX, keep: Callable[[Call, float], bool]) -> dict[str, Any]:
    now = time.monotonic()
    with pbx._lock:
        shown = [c.details(now) for c in pbx._calls.values() if c.is_visible(now) and keep(c, now)]
    return {"callDetails": keyed(shown, "generalCallID")}


def lost_today(pbx: PBX, p: Params) -> dict[str, Any]:
    midnight = time.mktime((*time.localtime()[:3], 0, 0, 0, 0, 0, -1))

    def missed(c: Call, now: float) -> bool:
        return (
            c.incoming
            and c.is_final(now)
            and c.disposition(now) in MISSED
            and c.start_time >= midnight
        )

    return _records(pbx, missed)


def history_by_number(pbx: PBX, p: Params) -> dict[str, Any]:
    wanted = p.require("external_numbers")
    numbers = {str(n) for n in (wanted if isinstance(wanted, list) else [wanted])}
    if not numbers:
        raise p.wrong("external_numbers", "empty")
    return _records(pbx, lambda c, now: c.external_number in numbers)


def call_record(pbx: PBX, p: Params) -> dict[str, Any]:
    call_id = p.ident("record_call_id")
    now = time.monotonic()
    with pbx._lock:
        found = pbx._calls.get(call_id)
        if found is None or not found.is_visible(now):
            raise p.wrong("record_call_id", "unknown call")
        if found.details(now).get("recordingStatus") != "uploaded":
            raise p.wrong("record_call_id", "the call has no recording")
    return {"url": pbx.recording_url(call_id)}


RECENT_DAYS = 14  # the addendum: "the employee's last 2 weeks, at most 50 calls"
RECENT_MOST = 50


def recent_by_ext(pbx: PBX, p: Params) -> dict[str, Any]:
    ext = p.number("internal_number")
    since = time.time() - RECENT_DAYS * 86400
    now = time.monotonic()
    with pbx._lock:
        mine = [
            (c.start_time, order, c)
            for order, c in enumerate(pbx._calls.values())
            if c.is_visible(now)
            and (c.internal_number == ext or ext in c.ringing)
            and c.start_time >= since
        ]
        mine.sort(key=lambda found: found[:2], reverse=True)  # the newest, made last first
        shown = [c.details(now) for _, _, c in mine[:RECENT_MOST]]
    return {"callDetails": keyed(shown, "generalCallID")}
