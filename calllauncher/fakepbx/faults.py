"""Injected misbehaviour: what a flaky network, a proxy or an unhappy PBX may send back."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum

from calllauncher.binotel.wire import OPERATIONS


class Fault(StrEnum):
    """One kind of misbehaviour for ``FakePBX.inject``.

    Faults that replace the answer (all but SLOW, TRUNCATED and BAD_SIGNATURE) are sent
    *instead of* processing the request: no call starts. SLOW, TRUNCATED and BAD_SIGNATURE
    process the request (a call does start) and only delay or spoil the answer.
    ``delay`` matters to two kinds only: SLOW waits that many real seconds (2 if 0) and
    RATE_LIMIT names it as the "after N sec." wait (2 if 0); the others answer at once.
    """

    HTTP_500 = "http500"  # HTTP 500 with an HTML error page
    HTML_502 = "html502"  # HTTP 502 Bad Gateway HTML page from a proxy
    EMPTY = "empty"  # HTTP 200, JSON content type, no body at all
    TRUNCATED = "truncated"  # the real JSON answer cut in half (Content-Length matches the cut)
    RESET = "reset"  # connection reset: no response at all
    SLOW = "slow"  # wait `delay` seconds, then process and answer normally
    RATE_LIMIT = "rate_limit"  # error 106 "Too many requests. Try again after N sec."
    ERROR = "error"  # status error with the given code and message
    NOT_JSON = "not_json"  # HTTP 200 text/plain "OK"
    HTTP_403 = "http403"  # HTML "Forbidden" page (an unregistered IP address)
    BAD_SIGNATURE = "bad_signature"  # 2.0: the answer carries a wrong signature
    WRONG_SHAPE = "wrong_shape"  # HTTP 200 JSON [1,2,3]

    # SLOW_THEN_PROCESS is SLOW: a slow request is still processed.
    SLOW_THEN_PROCESS = "slow"


PROCESSING_FAULTS = frozenset({Fault.SLOW, Fault.TRUNCATED, Fault.BAD_SIGNATURE})


@dataclass
class PendingFault:
    fault: Fault
    remaining: int
    method: str | None
    delay: float
    code: int
    message: str

    def matches(self, method: str) -> bool:
        if self.method is None or self.method == method:
            return True
        op = OPERATIONS.get(self.method)  # an operation key such as "ext_to_phone" works too
        return op is not None and method in (op.method40, op.method20)


@dataclass(frozen=True)
class FiredFault:
    """One fault taken from the queue for one request."""

    fault: Fault
    delay: float
    code: int
    message: str


class FaultQueue:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[PendingFault] = []

    def add(
        self,
        fault: Fault | str,
        *,
        count: int = 1,
        method: str | None = None,
        delay: float = 0.0,
        code: int = 0,
        message: str = "",
    ) -> None:
        kind = Fault(fault)
        if count < 1:
            raise ValueError("count must be at least 1")
        if delay < 0:
            raise ValueError("delay must not be negative")
        with self._lock:
            self._pending.append(PendingFault(kind, count, method, delay, code, message))

    def take(self, method: str) -> FiredFault | None:
        """The first queued fault that applies to a request for wire ``method``, used once."""
        with self._lock:
            for pending in self._pending:
                if pending.matches(method):
                    pending.remaining -= 1
                    if pending.remaining <= 0:
                        self._pending.remove(pending)
                    return FiredFault(pending.fault, pending.delay, pending.code, pending.message)
        return None

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def __len__(self) -> int:
        with self._lock:
            return sum(p.remaining for p in self._pending)
