"""Search-first dialing: what the one field finds for a name typed into it.

Letters search colleagues, favourites, names seen in history (answered at once, from
memory) and Binotel's customers (``customers/search``: on a worker, after a pause in the
typing, one request at a time, each query once a session). Digits are a number and find
nothing here: the form formats and checks them as before.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..services.tasks import TaskRunner

if TYPE_CHECKING:
    from ..binotel import Client
    from ..binotel.customers import Customer
    from .names import NameLookup

COLLEAGUE = "colleague"
FAVOURITE = "favourite"
RECENT = "recent"
CUSTOMER = "customer"
PASTED = "pasted"  # another number of the text just pasted

DEBOUNCE_MS = 250
MIN_CUSTOMER_QUERY = 2  # characters: one letter would list the whole CRM
MAX_LOCAL = 8
MAX_CACHED = 200


@dataclass(frozen=True, slots=True)
class Match:
    name: str
    number: str  # what is dialled: digits, or a colleague's extension
    source: str  # COLLEAGUE, FAVOURITE, RECENT, CUSTOMER or PASTED


def is_search(text: str) -> bool:
    """Whether the field's text is a name to look up rather than a number being typed:
    it begins with a letter. "0800-FLOWERS" is a number with letters in it (and is told
    so), "Petro" a name; a dial link is a number."""
    text = text.strip()
    if not text or text.lower().startswith(("tel:", "callto:", "sip:", "sips:")):
        return False
    return text[0].isalpha()


def folded(text: str) -> str:
    """Case and accents ignored ("Ірина" finds "ірина", "Jose" finds "José")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _hits(query: str, name: str) -> bool:
    # Every word typed is in the name, in any order: "petro iv" and "ivanenko p" both
    # find "Petro Ivanenko".
    target = folded(name)
    return bool(target) and all(word in target for word in query.split())


def local_matches(
    query: str,
    colleagues: Iterable[tuple[str, str]],
    favourites: Mapping[str, str],
    recent: Iterable[tuple[str, str]],
) -> list[Match]:
    """Colleagues ((extension, name)), favourites (number → name) and history's
    ((number, name)) whose names hold every word of ``query``; each number once."""
    wanted = folded(query)
    if not wanted:
        return []
    found: list[Match] = []
    seen: set[str] = set()
    sources: list[tuple[str, Iterable[tuple[str, str]]]] = [
        (COLLEAGUE, colleagues),
        (FAVOURITE, favourites.items()),
        (RECENT, recent),
    ]
    for source, pairs in sources:
        for number, name in pairs:
            if number and number not in seen and _hits(wanted, name):
                seen.add(number)
                found.append(Match(name, number, source))
    # Names that begin with what was typed first; otherwise the sources' order stays.
    found.sort(key=lambda m: not folded(m.name).startswith(wanted))
    return found[:MAX_LOCAL]


def customer_matches(customers: Iterable[Customer]) -> list[Match]:
    """One row per number: a customer with a mobile and an office line is two rows."""
    return [Match(c.name or number, number, CUSTOMER) for c in customers for number in c.numbers]


def merged(first: list[Match], more: list[Match]) -> list[Match]:
    numbers = {m.number for m in first}
    return first + [m for m in more if m.number not in numbers]


def _search(client: Client, subject: str) -> list[Customer]:
    return client.customers.search(subject)


class CustomerSearch(QObject):
    """``customers/search`` for what is typed: after ``DEBOUNCE_MS`` of quiet, at most one
    request in flight (the latest query waits for it), answers kept for the session."""

    found = Signal(str)  # the (folded) query whose customers are now known
    failed = Signal(str, object)  # query, the exception

    def __init__(
        self,
        runner: TaskRunner,
        client: Callable[[], Client],
        names: NameLookup | None = None,
        parent: QObject | None = None,
        *,
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._client = client
        self._names = names
        self._cache: dict[str, list[Customer]] = {}
        self._wanted = ""
        self._subject = ""
        self._in_flight = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._send)
        self.requests = 0  # sent so far (tests)

    def cached(self, query: str) -> list[Customer] | None:
        return self._cache.get(folded(query))

    def want(self, query: str) -> None:
        """The field now says ``query``: search it once the typing pauses ("" stops)."""
        key = folded(query)
        self._wanted = key if len(key) >= MIN_CUSTOMER_QUERY else ""
        # Sent as typed: folding "Андрій" to "андрии" would find nobody in the CRM.
        self._subject = " ".join(query.split())
        if not self._wanted or self._wanted in self._cache:
            self._timer.stop()
            return
        self._timer.start()  # each keystroke starts the pause again

    def forget(self) -> None:
        """Another account: its customers are not this one's."""
        self._cache.clear()
        self._wanted = ""
        self._timer.stop()

    def _send(self) -> None:
        query = self._wanted
        if not query or query in self._cache or self._in_flight:
            return  # an answer on its way sends the latest query when it comes
        try:
            client = self._client()
        except Exception:  # not signed in, or a setting refused: the window says which
            return
        self._in_flight = query
        self.requests += 1
        self._runner.run_latest(
            "customer-search",
            partial(_search, client, self._subject),
            on_done=partial(self._done, query),
            on_error=partial(self._failed, query),
        )

    def _done(self, query: str, customers: list[Customer]) -> None:
        self._in_flight = ""
        if len(self._cache) >= MAX_CACHED:
            self._cache.clear()
        self._cache[query] = list(customers)
        if self._names is not None:
            for customer in customers:
                for number in customer.numbers:
                    self._names.remember(
                        number, customer.name, customer.description, customer.assigned_name
                    )
        self.found.emit(query)
        self._send()  # typed on meanwhile: that query now

    def _failed(self, query: str, exc: BaseException) -> None:
        self._in_flight = ""  # not cached: asked again when typed again
        self.failed.emit(query, exc)
        if self._wanted != query:
            self._send()


class Finder(QObject):
    """Everything the field finds for its text, in one list, as it becomes known."""

    matchesChanged = Signal(str, list)  # the text searched, its matches (list[Match])

    def __init__(
        self,
        customers: CustomerSearch,
        colleagues: Callable[[], Iterable[tuple[str, str]]],
        favourites: Callable[[], Mapping[str, str]],
        recent: Callable[[], Iterable[tuple[str, str]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.customers = customers
        self._colleagues = colleagues
        self._favourites = favourites
        self._recent = recent
        self._text = ""
        customers.found.connect(self._customers_found)

    def search(self, text: str) -> list[Match]:
        """The matches known now; customers follow through ``matchesChanged``."""
        self._text = text
        if not is_search(text):
            self.customers.want("")
            self.matchesChanged.emit(text, [])
            return []
        self.customers.want(text)
        return self._emit()

    def _emit(self) -> list[Match]:
        text = self._text
        local = local_matches(text, self._colleagues(), self._favourites(), self._recent())
        found = merged(local, customer_matches(self.customers.cached(text) or []))
        self.matchesChanged.emit(text, found)
        return found

    def _customers_found(self, query: str) -> None:
        if is_search(self._text) and folded(self._text) == query:
            self._emit()
