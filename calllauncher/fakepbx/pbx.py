"""The simulated PBX without HTTP: data, call state machine and the API methods.

``PBX.call(version, op, params)`` runs one API method and returns the success fields, or
raises ``ApiError``. All state sits behind one lock; the only blocking step (a non-async
ext -> phone call waiting for the employee) waits outside it and is cut short by ``stop``.
"""

from __future__ import annotations

import copy
import itertools
import random
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from calllauncher.fakepbx import customers, data, stats
from calllauncher.fakepbx.calls import Call, Outcome
from calllauncher.fakepbx.live import EventClock, LiveServer
from calllauncher.fakepbx.params import ApiError, Params

Handler = Callable[["PBX", Params], dict[str, Any]]

# 4.0 alias: one official sample names the phone -> phone company number "phoneNumber".
_ALIASES_40: dict[str, dict[str, str]] = {"phone_to_phone": {"trunk_number": "phoneNumber"}}


class PBX:
    """Company data, timings (seconds, multiplied by ``time_scale``) and live calls."""

    def __init__(self, *, time_scale: float = 1.0) -> None:
        if not time_scale > 0:
            raise ValueError("time_scale must be positive")
        self.time_scale = time_scale
        # Call-life timings in simulated seconds; real duration = value * time_scale.
        self.invisible_for = 0.4  # after the id is handed out, call-details omits it
        self.ext_answer_after = 1.5  # the employee picks up
        self.customer_answer_after = 2.5  # the customer picks up once dialled
        self.talk_for = 25.0  # conversation length (capped by limitCallTime)
        self.announcement_for = 12.0  # playing a voice file
        self.ring_timeout = 30.0  # employee ring time when callTimeToExt is not given
        self.customer_ring_timeout = 30.0  # "...2222" rings this long, then NOANSWER
        self.busy_after = 2.0  # "...1111" gives BUSY after this
        self.unavailable_after = 1.0  # "...3333" gives CHANUNAVAIL after this
        # The company. Plain mutable lists/dicts: tests may change them.
        self.employees: list[dict[str, Any]] = data.default_employees()
        self.voice_files: list[dict[str, Any]] = data.default_voice_files()
        self.routes: list[dict[str, Any]] = data.default_routes()
        self.ivr_names: list[str] = data.default_ivr_names()
        self.pbx_numbers: dict[str, str] = data.default_pbx_numbers()
        self.never_answer: set[str] = set(data.NEVER_ANSWER)

        self._lock = threading.RLock()
        self._calls: dict[str, Call] = {}
        self._stopping = threading.Event()
        self._ids = itertools.count(random.randint(3_049_200_000, 3_049_900_000), 7)
        self.customers: list[dict[str, Any]] = customers.default_customers(self.employees)
        self.customer_searches = 0
        # The push channel (start_websocket); events are fired by the clock's thread.
        self.live_server: LiveServer | None = None
        self._clock = EventClock(self._stopping)

    # ----- incoming calls and events -----------------------------------------------------

    def incoming_call(
        self,
        external_number: str,
        *,
        ring: Iterable[str] = ("901",),
        answered_by: str | None = None,
        answer_after: float = 3.0,
        ring_for: float = 20.0,
        talk: float = 20.0,
        pbx_number: str | None = None,
    ) -> str:
        """A customer rings the company now: ``ring`` extensions ring; ``answered_by``
        picks up after ``answer_after`` simulated seconds (or nobody, and after ``ring_for``
        the call ends NOANSWER). Events go out on the WebSocket as they happen."""
        now, start_time = time.monotonic(), int(time.time())
        if answered_by is not None:
            answer = now + self._scaled(answer_after)
            outcome = Outcome(answer, answer + self._scaled(talk), "ANSWER")
        else:
            outcome = Outcome(None, now + self._scaled(ring_for), "NOANSWER")
        company = pbx_number or next(iter(self.pbx_numbers), "0443334023")
        rung = tuple(ring)
        employee = self._employee_by_ext(answered_by) if answered_by else None
        call_id = self._add_call(
            "incoming",
            started=now,
            start_time=start_time,
            internal=answered_by or (rung[0] if rung else ""),
            external=external_number,
            company=(company, self.pbx_numbers.get(company, "")),
            outcome=outcome,
            employee=employee,
            ringing=rung,
            announce=False,
        )
        with self._lock:
            self._calls[call_id].incoming = True
            self._calls[call_id].visible_at = now
        self._announce(call_id)
        return call_id

    def start_websocket(self, *, key: str | None = None, secret: str | None = None) -> str:
        """Serve the push channel on a free loopback port; its ``ws://`` URL."""
        if self.live_server is None:
            own_key = getattr(self, "key", "demo")
            own_secret = getattr(self, "secret", "demo-secret")
            self.live_server = LiveServer(key or own_key, secret or own_secret).start()
        return self.live_server.url

    def _announce(self, call_id: str) -> None:
        """Fix the moments of the call's events on the clock (only with a push channel)."""
        if self.live_server is None:
            return
        with self._lock:
            call = self._calls[call_id]
            start, answer, end = call.started, call.outcome.answer_at, call.end_at
        self._clock.at(start, lambda: self._send_event(call_id, "callStart"))
        if answer is not None and answer < end:
            self._clock.at(answer, lambda: self._send_event(call_id, "callAnswer"))
        self._clock.at(end, lambda: self._send_event(call_id, "callStop"))

    def _send_event(self, call_id: str, name: str) -> None:
        server = self.live_server
        if server is None:
            return
        now = time.monotonic()
        with self._lock:
            call = self._calls[call_id]
            if name == "callStop":
                if call.stop_announced or not call.is_final(now):
                    return  # hung up earlier: sent then; or the end moved on
                call.stop_announced = True
            frame = self._event(call, name, now)
        server.broadcast(frame)

    def _event(self, call: Call, name: str, now: float) -> dict[str, Any]:
        frame: dict[str, Any] = {"eventName": name, "generalCallID": call.general_call_id}
        customer = call.customer or {}
        assigned = customer.get("assignedToEmployee")
        customer_fields = {
            "externalNumber": call.external_number,
            "customerName": customer.get("name", ""),
            "customerDescription": customer.get("description", ""),
            "isNewCall": 0 if customer or self._called_before(call) else 1,
            "assignedToEmployeeName": assigned.get("name", "")
            if isinstance(assigned, dict)
            else "",
            "linkToCrmUrl": f"https://my.binotel.ua/?module=cdrs&subject={call.external_number}",
            "linkToCrmTitle": "Binotel",
        }
        if name == "callStart":
            frame.update(
                startTime=call.start_time,
                callType=0 if call.incoming else 1,
                internalNumbers=list(call.ringing or (call.internal_number,)),
                pbxNumber=call.pbx_number,
                pbxNumberName=call.pbx_name,
                **customer_fields,
            )
        elif name == "callAnswer":
            frame.update(
                answeredAt=int(time.time()), internalNumber=call.internal_number, **customer_fields
            )
        else:
            frame.update(
                stopTime=int(time.time()),
                billsec=call.billsec(now),
                disposition=call.disposition(now),
                externalNumber=call.external_number,
            )
        return frame

    def _called_before(self, call: Call) -> bool:
        return any(
            c.external_number == call.external_number and c.started < call.started
            for c in self._calls.values()
        )

    def start_demo_traffic(
        self, *, first_after: float = 12.0, every: tuple[float, float] = (40.0, 80.0)
    ) -> None:
        """Now and then a customer rings (seconds scaled like every timing): some calls ring
        my extension 901 and go unanswered, some a colleague answers."""
        turn = itertools.count()

        def ring() -> None:
            n = next(turn)
            known = [c["numbers"][0] for c in self.customers if c.get("numbers")]
            number = random.choice(known + list(customers.STRANGERS))
            if n % 3 == 0:  # rings everybody on sales, a colleague picks up
                self.incoming_call(number, ring=("901", "902", "903"), answered_by="903")
            elif n % 3 == 1:  # rings my phone, nobody answers: a call to call back
                self.incoming_call(number, ring=("901",), ring_for=15.0)
            else:
                self.incoming_call(number, ring=("901", "902"), answered_by="902")
            self._clock.at(time.monotonic() + self._scaled(random.uniform(*every)), ring)

        self._clock.at(time.monotonic() + self._scaled(first_after), ring)

    def hang_up_incoming(self, call_id: str) -> None:
        """The caller gives up (before an answer: CANCEL, a missed call)."""
        with self._lock:
            call = self._calls[call_id]
            call.hangup_at = time.monotonic()
        self._clock.at(time.monotonic(), lambda: self._send_event(call_id, "callStop"))

    # ----- for tests -------------------------------------------------------------------

    def call_state(self, general_call_id: str) -> dict[str, object] | None:
        """The simulated call (even while call-details hides it), or None if unknown."""
        with self._lock:
            found = self._calls.get(str(general_call_id))
            return None if found is None else found.state(time.monotonic())

    def record_incoming_call(
        self,
        external_number: str,
        internal_number: str,
        *,
        disposition: str = "NOANSWER",
        comment: str = "",
        talk: float = 0.0,
        rang: tuple[str, ...] = (),
    ) -> str:
        """Put an incoming call, already over, in the records, the way the real PBX lists
        them: ``external_number`` may be "Unknown" (withheld) or "00"-prefixed, and
        ``internal_number`` a mobile number or a queue's name; ``rang``: the extensions it
        rang besides the one that took it. Returns its id."""
        now, start_time = time.monotonic(), int(time.time())
        answered = disposition in ("ANSWER", "TRANSFER")
        outcome = Outcome(now - talk if answered else None, now, disposition)
        call_id = self._add_call(
            "incoming",
            started=now - talk,
            start_time=start_time,
            internal=internal_number,
            external=external_number,
            company=next(iter(self.pbx_numbers.items()), ("0443334023", "")),
            outcome=outcome,
            employee=self._employee_by_ext(internal_number) if answered else None,
            announce=False,  # already over: nobody is told
        )
        with self._lock:
            record = self._calls[call_id]
            record.visible_at, record.comment, record.incoming = now, comment, True
            record.ringing = rang
        return call_id

    def record_desk_call(
        self,
        external_number: str,
        internal_number: str,
        *,
        disposition: str = "ANSWER",
        talk: float = 0.0,
        start_time: int | None = None,
    ) -> str:
        """Put an outgoing call made from a desk phone (no API request), already over, in
        the records; ``start_time`` (Unix) places it days ago. Returns its id."""
        now = time.monotonic()
        answered = disposition in ("ANSWER", "TRANSFER")
        call_id = self._add_call(
            "desk_phone",
            started=now - talk,
            start_time=int(time.time()) if start_time is None else start_time,
            internal=internal_number,
            external=external_number,
            company=next(iter(self.pbx_numbers.items()), ("0443334023", "")),
            outcome=Outcome(now - talk if answered else None, now, disposition),
            employee=self._employee_by_ext(internal_number),
            announce=False,  # already over: nobody is told
        )
        with self._lock:
            self._calls[call_id].visible_at = now
        return call_id

    def recording_url(self, call_id: str) -> str:
        """The signed link ``stats/call-record`` hands out (the HTTP server serves it)."""
        return f"https://records.binotel.invalid/{call_id}.mp3"

    def call_ids(self) -> list[str]:
        """Ids of every call started so far, oldest first."""
        with self._lock:
            return list(self._calls)

    # ----- dispatch ---------------------------------------------------------------------

    def call(self, version: str, op: str, raw: dict[str, Any]) -> dict[str, Any]:
        aliases = _ALIASES_40.get(op) if version == "4.0" else None
        return _METHODS[op](self, Params(version, raw, aliases))

    def _scaled(self, seconds: float) -> float:
        return seconds * self.time_scale

    def _wait(self, seconds: float) -> None:
        """Hold the request for real ``seconds``; raise 105 if the PBX stops meanwhile."""
        if self._stopping.wait(max(0.0, seconds)):
            raise ApiError(105, "The PBX is shutting down")

    def _new_id(self) -> str:
        with self._lock:
            while True:
                candidate = str(next(self._ids))
                if candidate not in self._calls:
                    return candidate

    def _employee_by_ext(self, ext: str) -> dict[str, Any] | None:
        for employee in self.employees:
            endpoint = employee.get("endpointData")
            if isinstance(endpoint, dict) and str(endpoint.get("internalNumber")) == ext:
                return employee
        return None

    def _company_number(self, params: Params, *, required: bool) -> tuple[str, str]:
        number = params.number("trunk_number", required=required)
        if number is None:
            number = next(iter(self.pbx_numbers), "0443334023")
        return number, self.pbx_numbers.get(number, "")

    def _outcome(
        self, dial_start: float, numbers: Iterable[str], talk: float, limit: int | None
    ) -> Outcome:
        """The far end's behaviour, chosen by the last four digits of its number."""
        for number in numbers:
            suffix = number[-4:]
            if suffix == "1111":
                return Outcome(None, dial_start + self._scaled(self.busy_after), "BUSY")
            if suffix == "2222":
                end = dial_start + self._scaled(self.customer_ring_timeout)
                return Outcome(None, end, "NOANSWER")
            if suffix == "3333":
                end = dial_start + self._scaled(self.unavailable_after)
                return Outcome(None, end, "CHANUNAVAIL")
        answer = dial_start + self._scaled(self.customer_answer_after)
        seconds = talk if limit is None else min(talk, float(limit))
        return Outcome(answer, answer + self._scaled(seconds), "ANSWER")

    def _add_call(
        self,
        kind: str,
        *,
        started: float,
        start_time: int,
        internal: str,
        external: str,
        company: tuple[str, str],
        outcome: Outcome,
        employee: dict[str, Any] | None = None,
        options: dict[str, Any] | None = None,
        ringing: tuple[str, ...] = (),
        announce: bool = True,
    ) -> str:
        call_id = self._add_call_locked(
            kind, started, start_time, internal, external, company, outcome, employee, options
        )
        with self._lock:
            self._calls[call_id].ringing = ringing
            self._calls[call_id].customer = customers.find_by_number(self, external)
        if announce:
            self._announce(call_id)
        return call_id

    def _add_call_locked(
        self,
        kind: str,
        started: float,
        start_time: int,
        internal: str,
        external: str,
        company: tuple[str, str],
        outcome: Outcome,
        employee: dict[str, Any] | None,
        options: dict[str, Any] | None,
    ) -> str:
        with self._lock:
            call_id = self._new_id()
            issued = time.monotonic()
            self._calls[call_id] = Call(
                general_call_id=call_id,
                kind=kind,
                started=started,
                start_time=start_time,
                visible_at=issued + self._scaled(self.invisible_for),
                time_scale=self.time_scale,
                internal_number=internal,
                external_number=external,
                employee=None
                if employee is None
                else {
                    "name": str(employee.get("name", "")),
                    "email": str(employee.get("email", "")),
                },
                pbx_number=company[0],
                pbx_name=company[1],
                outcome=outcome,
                options=dict(options or {}),
            )
            return call_id

    def _live_call(self, params: Params) -> Call:
        call_id = params.ident("general_call_id")
        found = self._calls.get(call_id)
        if found is None:
            raise params.wrong("general_call_id", "unknown call")
        if found.is_final(time.monotonic()):
            raise params.wrong("general_call_id", "the call is already over")
        return found


# ----- the methods ---------------------------------------------------------------------


def _ext_to_phone(pbx: PBX, p: Params) -> dict[str, Any]:
    started, start_time = time.monotonic(), int(time.time())
    ext = p.number("ext_number")
    phone = p.number("phone_number")
    assert ext is not None and phone is not None
    ring = p.seconds("call_time_to_ext")
    limit = p.seconds("limit_call_time")
    options = {
        "callTimeToExt": ring,
        "limitCallTime": limit,
        "playbackWaiting": p.flag("playback_waiting", True),
        "callerIdForEmployee": p.text("caller_id_for_employee"),
        "async": p.flag("async_", False),
    }
    with pbx._lock:
        company = pbx._company_number(p, required=False)
        employee = pbx._employee_by_ext(ext)
        if employee is None:
            raise p.wrong("ext_number", "no such internal number")
        endpoint = employee.get("endpointData")
        offline = data.line_status(endpoint) == "offline"
        never = ext in pbx.never_answer
        ring_for = pbx.ring_timeout if ring is None else min(float(ring), pbx.ring_timeout)
        answer_after = pbx.ext_answer_after
    if offline:
        raise ApiError(150, "Internal number is not available")
    employee_answers = not never and answer_after < ring_for
    if not options["async"]:
        if not employee_answers:
            pbx._wait(pbx._scaled(ring_for))
            raise ApiError(150, "Internal number is not available")
        pbx._wait(started + pbx._scaled(answer_after) - time.monotonic())
    if employee_answers:
        dial_start = started + pbx._scaled(answer_after)
        outcome = pbx._outcome(dial_start, [phone], pbx.talk_for, limit)
    else:  # async, and the employee never picks up
        outcome = Outcome(None, started + pbx._scaled(ring_for), "NOANSWER")
    call_id = pbx._add_call(
        "ext_to_phone",
        started=started,
        start_time=start_time,
        internal=ext,
        external=phone,
        company=company,
        outcome=outcome,
        employee=employee,
        options=options,
    )
    return {"generalCallID": call_id}


def _phone_to_phone(pbx: PBX, p: Params) -> dict[str, Any]:
    started, start_time = time.monotonic(), int(time.time())
    first = p.number("phone_number1")
    second = p.number("phone_number2")
    assert first is not None and second is not None
    company = pbx._company_number(p, required=True)
    limit = p.seconds("limit_call_time")
    options = {
        "externalNumber2": second,
        "limitCallTime": limit,
        "playbackWaiting": p.flag("playback_waiting", True),
    }
    outcome = pbx._outcome(started, [first, second], pbx.talk_for, limit)
    call_id = pbx._add_call(
        "phone_to_phone",
        started=started,
        start_time=start_time,
        internal="",
        external=first,
        company=company,
        outcome=outcome,
        options=options,
    )
    return {"generalCallID": call_id}


def _announcement(pbx: PBX, p: Params) -> dict[str, Any]:
    voice_file = p.ident("voice_file_id")
    with pbx._lock:
        known = voice_file in {str(item.get("id")) for item in pbx.voice_files}
    return _one_number_call(
        pbx, p, "call_with_announcement", known, ("voice_file_id", "no such voice file"),
        pbx.announcement_for, {"voiceFileID": voice_file},
    )  # fmt: skip


def _ivr(pbx: PBX, p: Params) -> dict[str, Any]:
    ivr = p.text("ivr_name", required=True)
    with pbx._lock:
        known = ivr in pbx.ivr_names
    return _one_number_call(
        pbx, p, "call_with_interactive_voice_response", known, ("ivr_name", "no such voice menu"),
        pbx.talk_for, {"ivrName": ivr},
    )  # fmt: skip


def _one_number_call(
    pbx: PBX,
    p: Params,
    operation: str,
    known: bool,
    unknown: tuple[str, str],
    duration: float,
    options: dict[str, Any],
) -> dict[str, Any]:
    """An announcement or voice-menu call: one outside number, no employee leg."""
    started, start_time = time.monotonic(), int(time.time())
    phone = p.number("phone_number")
    assert phone is not None
    with pbx._lock:
        company = pbx._company_number(p, required=False)
    if not known:
        raise p.wrong(*unknown)
    outcome = pbx._outcome(started, [phone], duration, None)
    call_id = pbx._add_call(
        operation,
        started=started,
        start_time=start_time,
        internal="",
        external=phone,
        company=company,
        outcome=outcome,
        options=options,
    )
    return {"generalCallID": call_id}


def _transfer(pbx: PBX, p: Params) -> dict[str, Any]:
    p.require("general_call_id")
    target = p.number("phone_number")
    with pbx._lock:
        found = pbx._live_call(p)
        found.transferred_to = target
        found.transferred_at = time.monotonic()
    return {}


def _hangup(pbx: PBX, p: Params) -> dict[str, Any]:
    with pbx._lock:
        found = pbx._live_call(p)
        found.hangup_at = time.monotonic()
    call_id = found.general_call_id
    pbx._clock.at(time.monotonic(), lambda: pbx._send_event(call_id, "callStop"))
    return {}


def _employees(pbx: PBX, p: Params) -> dict[str, Any]:
    now = time.monotonic()
    with pbx._lock:
        listed = {data.employee_key(e): copy.deepcopy(e) for e in pbx.employees}
        calls = [c for c in pbx._calls.values() if not c.is_final(now)]
        for employee in listed.values():
            _show_line_now(employee, calls, now)
            if p.version != "4.0":
                for name in data.FIELDS_40_ONLY:
                    employee.pop(name, None)
    return {"listOfEmployees": listed or []}


def _show_line_now(employee: dict[str, Any], calls: list[Call], now: float) -> None:
    """The busy lamp follows the calls going on: a line an unanswered call rings is
    "ringing", one on a call "inuse"; an offline phone stays offline (nothing reaches it)."""
    endpoint = employee.get("endpointData")
    status = endpoint.get("status") if isinstance(endpoint, dict) else None
    if not isinstance(status, dict) or status.get("status") == "offline":
        return
    ext = str(endpoint.get("internalNumber", "")) if isinstance(endpoint, dict) else ""
    state = ""
    for call in calls:
        answered = call.answered_by(now)
        if call.internal_number == ext and (answered or not call.incoming):
            state = "inuse"  # talking, or its own ext -> phone call under way
            break
        if call.incoming and not answered and ext in call.ringing:
            state = "ringing"
    if state:
        status["status"] = state
        status["updatedAt"] = str(int(time.time()))


def _change_presence(pbx: PBX, p: Params) -> dict[str, Any]:
    employee_id = p.ident("employee_id")
    state = p.text("presence_state", required=True)
    if state not in data.PRESENCE_STATES:
        raise p.wrong("presence_state", "active, work in crm, break in work or inactive")
    with pbx._lock:
        found = next(
            (
                e
                for e in pbx.employees
                if str(e.get("employeeID")) == employee_id and employee_id != "0"
            ),
            None,
        )
        if found is None:
            raise p.wrong("employee_id", "no such employee")
        found["presenceState"] = state
        found["presenceStateUpdatedAt"] = str(int(time.time()))
    return {}


def _voice_files(pbx: PBX, p: Params) -> dict[str, Any]:
    with pbx._lock:
        return {"listOfVoiceFiles": stats.keyed(pbx.voice_files, "id")}


def _routes(pbx: PBX, p: Params) -> dict[str, Any]:
    with pbx._lock:
        return {"listOfRoutes": stats.keyed(pbx.routes, "id")}


_METHODS: dict[str, Handler] = {
    "ext_to_phone": _ext_to_phone,
    "phone_to_phone": _phone_to_phone,
    "attended_call_transfer": _transfer,
    "hangup_call": _hangup,
    "call_with_announcement": _announcement,
    "call_with_interactive_voice_response": _ivr,
    "list_of_employees": _employees,
    "list_of_voice_files": _voice_files,
    "list_of_routes": _routes,
    "change_employee_presence_state": _change_presence,
    "call_details": stats.call_details,
    "online_calls": stats.online_calls,
    "lost_calls_for_today": stats.lost_today,
    "lost_calls_today": stats.lost_today,
    "history_by_external_number": stats.history_by_number,
    "recent_calls_by_internal_number": stats.recent_by_ext,
    "call_record": stats.call_record,
    "customers_search": customers.search,
    "customers_take_by_id": customers.take_by_id,
    "customers_create": customers.create,
}
