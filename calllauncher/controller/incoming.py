"""Calls ringing in: which of the live feed's events deserve a card, and the card's facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..binotel.ws import LiveEvent
from .names import NameLookup


@dataclass
class IncomingCall:
    call_id: str
    number: str
    name: str = ""
    description: str = ""
    new_caller: bool = False
    assigned: str = ""
    pbx_number: str = ""
    pbx_name: str = ""
    crm_url: str = ""
    crm_title: str = ""
    ringing: tuple[str, ...] = ()
    answered_by: str = ""  # extension
    answered_name: str = ""


class IncomingCalls(QObject):
    ringing = Signal(object)  # IncomingCall: show a card
    changed = Signal(object)  # IncomingCall: answered, or its name arrived
    ended = Signal(object)  # IncomingCall: close the card

    def __init__(
        self,
        names: NameLookup,
        my_extension: Callable[[], str],
        every_call: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = names
        self._my_extension = my_extension
        self._every_call = every_call
        self.calls: dict[str, IncomingCall] = {}
        names.nameFound.connect(self._name_found)

    def on_event(self, event: LiveEvent) -> None:
        if event.name == "callStart":
            self._started(event)
        elif event.name == "callAnswer":
            call = self.calls.get(event.call_id)
            if call is not None and event.answered_by:
                call.answered_by = event.answered_by
                call.answered_name = self._names.colleague(event.answered_by)
                self.changed.emit(call)
        elif event.name == "callStop":
            call = self.calls.pop(event.call_id, None)
            if call is not None:
                self.ended.emit(call)

    def _wanted(self, event: LiveEvent) -> bool:
        if not event.incoming:
            return False
        if self._every_call():
            return True
        mine = self._my_extension()
        return bool(mine) and mine in event.internal_numbers

    def _started(self, event: LiveEvent) -> None:
        if event.call_id in self.calls or not self._wanted(event):
            return
        number = event.external_number
        self._names.remember(
            number, event.customer_name, event.customer_description, event.assigned_to
        )
        known = self._names.known(number)
        call = IncomingCall(
            call_id=event.call_id,
            number=number,
            name=event.customer_name or (known.name if known else ""),
            description=event.customer_description or (known.description if known else ""),
            new_caller=event.new_caller,
            assigned=event.assigned_to or (known.assigned if known else ""),
            pbx_number=event.pbx_number,
            pbx_name=event.pbx_name,
            crm_url=event.crm_url,
            crm_title=event.crm_title,
            ringing=event.internal_numbers,
        )
        self.calls[call.call_id] = call
        self.ringing.emit(call)
        if not call.name:
            self._names.ask(number)

    def _name_found(self, number: str) -> None:
        known = self._names.known(number)
        if known is None:
            return
        for call in self.calls.values():
            if call.number == number and not call.name:
                call.name = known.name
                call.description = call.description or known.description
                call.assigned = call.assigned or known.assigned
                self.changed.emit(call)
