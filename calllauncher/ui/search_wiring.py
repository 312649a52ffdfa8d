"""Search-first dialing and the compact window, attached to the window from outside.

``attach(shell, menu)`` is called once by the shell (after the first frame): the form's
field starts finding people, and the compact window (built when first asked for) gets its
shortcut, its menu entries and its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from ..controller.form import check_number, still_typing
from ..controller.search import CustomerSearch, Finder, Match, is_search
from ..services.settings import Key
from .compact_window import TOGGLE_SHORTCUT, CompactWindow

if TYPE_CHECKING:
    from ..controller.connection import Connection
    from ..services.history import History
    from ..services.tasks import TaskRunner
    from ..wording.failures import Failure
    from .live_wiring import LiveParts
    from .main_window import MainWindow
    from .tray import Tray
    from .widgets.search_field import SearchField

RECENT_SEARCHED = 100  # numbers of the history whose names are searched


class Shell(Protocol):
    """What this takes from ``ui.shell.Shell``."""

    window: MainWindow
    tray: Tray
    history: History
    who: LiveParts | None

    def show_window(self) -> None: ...


class SearchParts(QObject):
    def __init__(
        self,
        shell: Shell,
        runner: TaskRunner,
        connection: Connection,
        menu: QMenu | None = None,
    ) -> None:
        super().__init__(shell.window)
        self.setObjectName("searchParts")
        self.shell = shell
        self.window = window = shell.window
        self.settings = window.settings
        who = shell.who
        self._names = who.names if who is not None else None
        self.customers = CustomerSearch(runner, connection.client, self._names, self)
        connection.changed.connect(self.customers.forget)
        self.customers.failed.connect(self._customers_failed)
        self._snapshot: tuple[dict[str, str], list[tuple[str, str]]] | None = None
        self.finder = self._finder_for(window.form.search)
        window.form.search.chosen.connect(window.dial)
        window.form.search.detailsRequested.connect(self.open_dossier)
        self.compact: CompactWindow | None = None
        self._compact_finder: Finder | None = None

        self.action = QAction(self.tr("Compact window"), window)
        self.action.setShortcut(QKeySequence(TOGGLE_SHORTCUT))
        self.action.setToolTip(self.tr("A small window on top of the others ({key})"))
        self.action.triggered.connect(self.toggle)
        window.addAction(self.action)  # the shortcut works with the menu closed, too
        if menu is not None:
            existing = menu.actions()
            if existing:
                menu.insertAction(existing[0], self.action)
            else:
                menu.addAction(self.action)
        shell.tray.compactRequested.connect(self.toggle)
        live = window.live
        for signal in (live.callAdded, live.callChanged, live.callEnded):
            signal.connect(self._calls_changed)
        if who is not None:
            who.queue.changed.connect(self._missed_changed)
        # The full window's banner is not seen from the compact one: it says the same.
        window.dialer.callFailed.connect(self._call_failed)
        window.dialer.againTooSoon.connect(self._say)
        if self.settings.flag(Key.COMPACT_MODE) and window.isVisible():
            QTimer.singleShot(0, self.to_compact)  # as it was left

    # ----- finding -------------------------------------------------------------------

    def _finder_for(self, field: SearchField) -> Finder:
        finder = Finder(self.customers, self._colleagues, self._favourites, self._recent, self)

        def show(text: str, matches: list[Match]) -> None:
            if text == field.edit.text():  # an answer for what the field says now
                field.show_matches(matches)

        finder.matchesChanged.connect(show)
        field.searchEdited.connect(self._search_started)
        field.searchEdited.connect(finder.search)
        return finder

    def _customers_failed(self, _query: str, exc: BaseException) -> None:
        # The people found here are still listed; the sentence says who is missing and why.
        from ..wording.failures import describe

        form = self.window.form
        if is_search(form.number.text()):
            sentence = self.tr("Binotel's customers were not searched: {reason}").format(
                reason=describe(exc).sentence
            )
            form.show_hint("number", sentence, error=True)

    def _search_started(self, text: str) -> None:
        if not is_search(text):
            self._snapshot = None  # read again at the next name typed: history may change

    def _colleagues(self) -> Iterable[tuple[str, str]]:
        mine = self.window.own_extension
        return [(e.extension, e.name) for e in self.window.employees if e.extension != mine]

    def _history(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        # Read once per name typed, not at every keystroke of it.
        if self._snapshot is None:
            history = self.shell.history
            favourites = history.names()
            names = self._names
            recent = [
                (r.number, r.name or (names.name(r.number, ask=False) if names else ""))
                for r in history.recent(RECENT_SEARCHED)
            ]
            self._snapshot = (favourites, recent)
        return self._snapshot

    def _favourites(self) -> Mapping[str, str]:
        return self._history()[0]

    def _recent(self) -> Iterable[tuple[str, str]]:
        return self._history()[1]

    # ----- the compact window --------------------------------------------------------

    def compact_window(self) -> CompactWindow:
        if self.compact is None:
            compact = CompactWindow(self.settings, self.window)
            compact.number.region = lambda: self.window.region
            self._compact_finder = self._finder_for(compact.search)
            compact.search.searchEdited.connect(self._compact_typed)
            compact.search.chosen.connect(self.dial_compact)
            compact.dialRequested.connect(self.dial_compact)
            compact.hangUp.connect(self.window.live.hang_up)
            compact.transfer.connect(self.window.ask_transfer)
            compact.fullRequested.connect(self.to_full)
            compact.missedRequested.connect(self.to_full)
            compact.installEventFilter(self)
            shortcut = QShortcut(QKeySequence(TOGGLE_SHORTCUT), compact, self.toggle)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            QShortcut(QKeySequence("Ctrl+H"), compact, self._hang_up_newest)
            QShortcut(QKeySequence("Ctrl+L"), compact, compact.number.selectAll)
            self.compact = compact
            self._calls_changed()
            self._missed_changed()
        return self.compact

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The live feed polls often while a window is seen (live_wiring watches the full
        # one): the compact window on screen counts as seen, hidden as not.
        who = self.shell.who
        if watched is self.compact and who is not None:
            if event.type() == QEvent.Type.Show:
                who.feed.set_visible(True)
            elif event.type() == QEvent.Type.Hide:
                who.feed.set_visible(self.window.isVisible())
        return False

    def is_compact(self) -> bool:
        return self.settings.flag(Key.COMPACT_MODE)

    def toggle(self) -> None:
        if self.compact is not None and self.compact.isVisible():
            self.to_full()
        else:
            self.to_compact()

    def to_compact(self) -> None:
        compact = self.compact_window()
        self.settings.set(Key.COMPACT_MODE, True)
        self.window.save_geometry()
        self.window.hide()
        compact.show()
        compact.raise_()
        compact.activateWindow()
        compact.number.setFocus()

    def to_full(self) -> None:
        self.settings.set(Key.COMPACT_MODE, False)
        if self.compact is not None:
            self.compact.save_place()
            self.compact.hide()
        self.shell.show_window()
        self.window.focus_number()

    def show(self) -> bool:
        """Show the compact window if that is the mode (the shell's "show"); True if so."""
        if not self.is_compact():
            return False
        compact = self.compact_window()
        compact.show()
        compact.raise_()
        compact.activateWindow()
        return True

    def _compact_typed(self, text: str) -> None:
        compact = self.compact
        if compact is None:
            return
        if not text.strip() or is_search(text):
            compact.show_hint("", error=False)
            return
        region = self.window.region
        result = check_number(text, region)
        if isinstance(result, str):
            compact.show_hint("" if still_typing(text, region) else result, error=True)
        else:
            compact.show_hint("→ " + result.display, error=False)

    def dial_compact(self) -> None:
        """The field's number (or the match picked) with the saved call options, through
        the window's one dial path (the same-action guard included)."""
        compact = self.compact
        if compact is None:
            return
        compact.search.take_match()
        text = compact.number.text()
        request, errors = self.window.request_for(text)
        if request is None:
            reason = errors.get("number") or next(iter(errors.values()), "")
            compact.show_hint(reason, error=True)
            return
        self._compact_typed(text)
        self.window.dial_request(request)
        compact.number.setFocus()
        compact.number.selectAll()  # the next digits typed are the next number

    def _call_failed(self, _request: object, failure: Failure) -> None:
        self._say(failure.sentence)

    def open_dossier(self, text: str) -> None:
        """The dossier of a match (its number as stored) or of what the field says."""
        who = self.shell.who
        if who is None:
            return
        found = check_number(text, self.window.region)
        if isinstance(found, str):
            if not text.isdigit():  # an extension is digits; a bad number gets its reason
                self.window.form.show_hint("number", found, error=True)
                return
            number = text
        else:
            number = found.digits
        who.open_dossier(number)

    def _say(self, sentence: str) -> None:
        if self.compact is not None and self.compact.isVisible():
            self.compact.show_hint(sentence, error=True)

    def _hang_up_newest(self) -> None:
        live = self.window.live.live()
        if live:
            self.window.live.hang_up(live[-1].call_id)

    def _calls_changed(self, _call_id: str = "") -> None:
        if self.compact is None:
            return
        live = self.window.live
        calls = live.live() or list(live.calls.values())[-1:]
        label = self._names.label if self._names is not None else None
        self.compact.show_call(calls[-1] if calls else None, label)

    def _missed_changed(self) -> None:
        who = self.shell.who
        if self.compact is not None and who is not None:
            self.compact.set_missed(who.queue.count)


def attach(shell: Shell, runner: TaskRunner, connection: Connection, menu: QMenu) -> SearchParts:
    return SearchParts(shell, runner, connection, menu)


def find(window: QObject) -> SearchParts | None:
    found = window.findChild(QObject, "searchParts")
    return found if isinstance(found, SearchParts) else None
