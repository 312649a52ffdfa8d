"""One place that knows who a number is: colleagues by extension, favourites by their
saved name, customers from the CRM (``customers/search``, on a worker, cached).

Asking never waits: :meth:`NameLookup.label` answers at once from what is known and asks
the CRM in the background; ``nameFound`` says when a name arrived, so views redraw.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..services.name_cache import KnownName, NameCache
from ..services.tasks import TaskRunner
from ..translation import translate
from .connection import Connection

if TYPE_CHECKING:
    from ..binotel import Client
    from ..binotel.customers import Customer

MAX_AT_ONCE = 3
MAX_WAITING = 50

WITHHELD = frozenset({"", "unknown", "anonymous", "private", "withheld"})


def is_withheld(number: str) -> bool:
    return number.strip().lower() in WITHHELD


def display_number(number: str) -> str:
    """ "0671234567" -> "067 123 4567"; extensions and foreign numbers as they are."""
    digits = number.strip()
    if is_withheld(digits):
        return translate("Wording", "Number withheld")
    if len(digits) == 10 and digits.startswith("0") and digits.isdigit():
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    if len(digits) > 10 and digits.isdigit():
        return "+" + digits.removeprefix("00")
    return digits


def name_label(name: str, number: str) -> str:
    """ "Name · 067 123 4567", or the number alone."""
    shown = display_number(number)
    if is_withheld(number):
        return shown
    return f"{name} · {shown}" if name else shown


def _search(client: Client, number: str) -> Customer | None:
    found = client.customers.search(number)
    exact = [c for c in found if number in c.numbers]
    best = exact or found
    return best[0] if best else None


class NameLookup(QObject):
    nameFound = Signal(str)  # the number whose name is now known

    def __init__(
        self,
        runner: TaskRunner,
        connection: Connection,
        cache: NameCache | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._connection = connection
        self.cache = cache if cache is not None else NameCache(":memory:")
        self._colleagues: dict[str, str] = {}
        self._favourites: dict[str, str] = {}
        self._known: dict[str, KnownName] = {}
        self._asking: set[str] = set()
        # Every desk shares one key's rate limit: a few searches at a time, the rest wait.
        self._waiting: deque[str] = deque(maxlen=MAX_WAITING)
        self.lookups = 0  # CRM searches sent (tests)

    # ----- what is known ---------------------------------------------------------------

    def set_colleagues(self, employees: Iterable[Any]) -> None:
        names = {e.extension: e.name for e in employees if e.extension and e.name}
        changed = [ext for ext in names if self._colleagues.get(ext) != names[ext]]
        self._colleagues = names
        for ext in changed:
            self.nameFound.emit(ext)

    def set_favourites(self, names: Mapping[str, str]) -> None:
        self._favourites = dict(names)

    def colleague(self, extension: str) -> str:
        return self._colleagues.get(extension, "")

    def remember(self, number: str, name: str, description: str = "", assigned: str = "") -> None:
        """A name the PBX sent with an event: better than any cached one."""
        if not name or is_withheld(number):
            return
        known = KnownName(number, name, description, assigned, fetched=time.time())
        before = self._known.get(number)
        self._known[number] = known
        self.cache.put(known)
        if before is None or before.name != name:
            self.nameFound.emit(number)

    def known(self, number: str) -> KnownName | None:
        """Everything known now, without asking anyone."""
        if number in self._colleagues:
            return KnownName(number, self._colleagues[number])
        if number in self._favourites:
            crm = self._known.get(number)
            return KnownName(
                number,
                self._favourites[number],
                crm.description if crm else "",
                crm.assigned if crm else "",
            )
        found = self._known.get(number)
        if found is None:
            found = self.cache.get(number)
            if found is not None:
                self._known[number] = found
        return found

    def name(self, number: str, *, ask: bool = True) -> str:
        known = self.known(number)
        if known is None and ask:
            self.ask(number)
        return known.name if known else ""

    def label(self, number: str, *, ask: bool = True) -> str:
        """ "Name · 067 123 4567" with the name known now; asks the CRM when it is not."""
        return name_label(self.name(number, ask=ask), number)

    # ----- asking the CRM --------------------------------------------------------------

    def ask(self, number: str) -> None:
        """Look ``number`` up in the CRM on a worker (once at a time per number)."""
        number = number.strip()
        if (
            is_withheld(number)
            or not number.isdigit()
            or len(number) < 7  # extensions are colleagues, not customers
            or number in self._asking
            or self.known(number) is not None
        ):
            return
        if len(self._asking) >= MAX_AT_ONCE:
            if number not in self._waiting:
                self._waiting.append(number)
            return
        try:
            client = self._connection.client()
        except Exception:  # not signed in, or settings refused: the window says why
            return
        self._asking.add(number)
        self.lookups += 1
        self._runner.run(
            partial(_search, client, number),
            on_done=partial(self._found, number),
            on_error=partial(self._failed, number),
        )

    def _found(self, number: str, customer: Customer | None) -> None:
        self._asking.discard(number)
        if customer is None:
            known = KnownName(number, "", fetched=time.time())
        else:
            known = KnownName(
                number,
                customer.name,
                customer.description,
                customer.assigned_name,
                customer.id,
                time.time(),
            )
        self._known[number] = known
        self.cache.put(known)
        if known.name:
            self.nameFound.emit(number)
        self._next()

    def _failed(self, number: str, exc: BaseException) -> None:
        self._asking.discard(number)  # asked again next time it is shown
        self._next()

    def _next(self) -> None:
        while self._waiting and len(self._asking) < MAX_AT_ONCE:
            self.ask(self._waiting.popleft())
