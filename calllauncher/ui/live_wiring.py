"""Issue 15's one wiring point: live company calls, the incoming-call card, names and the
call-back queue, attached to the app from outside.

``install(app)`` is called once by the :class:`~calllauncher.application.Application`;
the shell calls ``attach_shell``.
Everything else of the feature lives in its own modules (binotel/ws.py,
services/live_feed.py, services/name_cache.py, controller/names.py, controller/incoming.py,
controller/callback_queue.py, ui/incoming_card.py, ui/callback_view.py; the call timeline's
model controller/timeline.py, shown by ui/timeline_view.py), so re-wiring it into
another application object means moving these two calls.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog

from ..binotel.ws import LiveEvent
from ..controller.callback_queue import CallbackQueue, Missed
from ..controller.incoming import IncomingCall, IncomingCalls
from ..controller.names import NameLookup, name_label
from ..controller.timeline import Entry, Timeline
from ..services.live_feed import (
    CONNECTED,
    OFFLINE,
    POLLING,
    FeedSource,
    LiveFeed,
    binotel_api,
    ws_url,
)
from ..services.name_cache import NameCache
from ..services.settings import Key
from . import window_shown
from .callback_view import CallbackView
from .dossier_view import DossierView, open_link
from .incoming_card import IncomingCard
from .plain import PlainLabel

if TYPE_CHECKING:
    from ..binotel import Client
    from ..controller.connection import Connection
    from ..controller.dialer import DialController
    from ..controller.history_recorder import HistoryRecorder
    from ..controller.live_calls import LiveCallsController
    from ..fakepbx import FakePBX
    from ..services.history import Attempt, History
    from ..services.tasks import TaskRunner
    from .history_view import HistoryView
    from .main_window import MainWindow
    from .tray import Tray


class AppParts(Protocol):
    """What the feature takes from the application (``application.Application`` fits);
    a protocol, so this module imports neither the application nor the shell."""

    window: MainWindow
    runner: TaskRunner
    connection: Connection
    dialer: DialController
    live: LiveCallsController

    @property
    def demo_pbx(self) -> FakePBX | None: ...


class Shell(Protocol):
    """What the feature takes from ``ui.shell.Shell``."""

    tray: Tray
    history: History
    history_view: HistoryView | None
    recorder: HistoryRecorder

    def show_window(self) -> None: ...

    def open_history(self) -> HistoryView: ...

    def _redial(self, attempt: Attempt) -> None: ...

    def _notify(self, title: str, text: str) -> None: ...


log = logging.getLogger(__name__)
HISTORY_ASKS = 20  # numbers of the history looked up in the CRM when it opens


class LiveParts(QObject):
    """The feature's objects for one window, alive as long as it."""

    def __init__(self, parts: AppParts, cache: NameCache | None = None) -> None:
        # A child of the window, found there by the shell; no strong reference back to
        # ``parts``: a cycle through it would let the collector free the app's objects on
        # whatever thread it runs (a worker's), which Qt does not survive.
        super().__init__(parts.window)
        self.setObjectName("liveParts")
        self._parts = weakref.ref(parts)
        self.main = window = parts.window
        self.runner = parts.runner
        self.connection = parts.connection
        self.names = NameLookup(parts.runner, parts.connection, cache or NameCache(), self)
        self.feed = LiveFeed(self)
        self.incoming = IncomingCalls(
            self.names,
            lambda: window.own_extension,
            lambda: window.settings.flag(Key.CARD_FOR_EVERY_CALL),
            self,
        )
        self.queue = CallbackQueue(
            parts.runner,
            parts.connection,
            self.names,
            parts.dialer,
            parts.live,
            lambda: window.own_extension,
            self,
        )
        self.cards: dict[str, IncomingCard] = {}
        self.dossiers: dict[str, DossierView] = {}
        # What opens recordings and cabinet links (the tests put a recorder here).
        self.opener: Callable[[str], bool] = open_link
        self.notes: dict[str, str] = {}
        self.shell: Shell | None = None
        self.view = CallbackView(self.names.label)
        live = parts.live
        self.timeline = Timeline(
            parts.runner,
            parts.connection,
            lambda: window.own_extension,
            lambda: [cid for cid, call in live.calls.items() if not call.state.is_final],
            self,
        )
        self._names_due = QTimer(self)  # many names arrive at once: the rows redraw once
        self._names_due.setSingleShot(True)
        self._names_due.setInterval(100)
        self.status = PlainLabel()
        self.status.setObjectName("liveStatus")
        self._demo_pbx: Any = None

        window.timeline.add_missed(self.view)  # the timeline's section after the live calls
        window.timeline.label_for = self.names.label
        window.statusBar().addPermanentWidget(self.status)
        window.calls_view.label_for = self.names.label
        window_shown.of(window).changed.connect(self._window_shown)

        self.feed.callEvent.connect(self._event)
        self.feed.statusChanged.connect(self._status_changed)
        self.incoming.ringing.connect(self._show_card)
        self.incoming.changed.connect(self._update_card)
        self.incoming.ended.connect(self._close_card)
        self.queue.changed.connect(self._queue_changed)
        self.queue.newMiss.connect(self._new_miss)
        self.queue.reached.connect(self._reached)
        self.view.callBack.connect(self.queue.call_back)
        self.timeline.changed.connect(self._timeline_changed)
        self._names_due.timeout.connect(window.timeline.refresh_names)
        window.timeline.callAgain.connect(self._call_again)
        window.timeline.clearRequested.connect(self.timeline.clear_finished)
        window.timeline.openRequested.connect(self._open_number)
        self.timeline.set_visible(window.isVisible())
        parts.dialer.employeesLoaded.connect(self.names.set_colleagues)
        self.names.nameFound.connect(self._name_found)
        parts.connection.changed.connect(self.restart)
        self._status_changed(self.feed.status)
        if parts.connection.signed_in:  # build() signs in before installing this
            self.restart()

    # ----- life --------------------------------------------------------------------------

    def restart(self) -> None:
        """Signed in, out or switched: listen for this account's calls."""
        self.timeline.forget_account()
        self.timeline.refresh()  # my recent calls, desk phone too (nothing when signed out)
        self.feed.stop()
        self.queue.entries.clear()
        self._queue_changed()
        connection = self.connection
        settings = self.main.settings
        if not connection.signed_in or not settings.flag(Key.LIVE_ENABLED):
            self._status_changed(self.feed.status)
            return
        account = connection.account
        assert account is not None
        key, secret = account.key, connection.secret
        url = ws_url(settings.text(Key.LIVE_URL), settings.number(Key.LIVE_PORT))
        if connection.is_demo:
            url = self._demo_ws_url()
        elif not (
            binotel_api(account.api_url)
            or settings.is_user_set(Key.LIVE_URL)
            or settings.is_preset(Key.LIVE_URL)
        ):
            # Another API address (a proxy, a test PBX) has no known push channel, and
            # polling it uninvited would spend its rate limit: set live/url to listen.
            self._status_changed(self.feed.status)
            return
        client: Client | None
        try:
            client = connection.client()
        except Exception:  # a setting refused: polling has nothing to send with
            client = None
        if (
            settings.text(Key.LIVE_KEY)
            and settings.text(Key.LIVE_KEY) != key
            and not connection.is_demo
        ):
            self._load_ws_secret(settings.text(Key.LIVE_KEY), url, client)
            return
        self._start(url, key, secret, client)

    def _start(self, url: str, key: str, secret: str, client: Client | None) -> None:
        verify: bool | str = True
        account = self.connection.account
        if account is not None and account.ca_bundle:
            verify = account.ca_bundle
        self.feed.start(FeedSource(url, key, secret, lambda: client, verify))
        self.feed.set_visible(self.main.isVisible())
        self.queue.load()

    def _load_ws_secret(self, ws_key: str, url: str, client: Client | None) -> None:
        from ..services.credentials import KeyringStore

        def load() -> str | None:
            return KeyringStore().load(f"websocket:{ws_key}")

        def loaded(secret: str | None) -> None:
            if secret:
                from ..services import logs

                logs.register_secret(secret)
                self._start(url, ws_key, secret, client)
            else:  # no separate secret saved: the REST pair, else polling
                conn = self.connection
                key = conn.account.key if conn.account else ""
                self._start(url, key, conn.secret, client)

        self.runner.run(load, loaded, lambda exc: loaded(None))

    def _demo_ws_url(self) -> str:
        parts = self._parts()
        if parts is None:
            return ""
        pbx = parts.demo_pbx
        if pbx is None:
            return ""
        url = str(pbx.start_websocket())
        if pbx is not self._demo_pbx:
            self._demo_pbx = pbx
            pbx.start_demo_traffic()  # a card and a missed call within the first minute
        return url

    def close(self) -> None:
        self.feed.stop()
        for card in list(self.cards.values()):
            card.close()
        for view in list(self.dossiers.values()):
            view.close()
        self.names.cache.close()

    def _window_shown(self, shown: bool) -> None:
        # Only the news is read: a Hide also arrives while the window is being destroyed.
        self.feed.set_visible(shown)
        self.timeline.set_visible(shown)

    # ----- events ------------------------------------------------------------------------

    def _event(self, event: LiveEvent) -> None:
        self.incoming.on_event(event)
        self.queue.on_event(event)

    def _status_changed(self, status: str) -> None:
        reason = self.feed.reason
        if status == CONNECTED:
            text = self.tr("Live calls ✓")  # short: the sign-in status shares the bar
        elif status == POLLING:
            every = 5 if self.main.isVisible() else 45
            if reason == "refused-login":
                why = self.tr("the WebSocket refused the key")
            elif reason == "no-key":
                why = self.tr("no WebSocket key")
            else:
                why = self.tr("the WebSocket is unavailable")
            text = self.tr("Live calls: checking every {n} s ({why})").format(n=every, why=why)
        elif status == OFFLINE:
            text = self.tr("Live calls: offline")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ----- the card ----------------------------------------------------------------------

    def _show_card(self, call: IncomingCall) -> None:
        card = IncomingCard(call)
        card.noteRequested.connect(partial(self._ask_note, call.call_id))
        card.historyRequested.connect(self.open_dossier)
        card.dismissed.connect(lambda call_id: self.cards.pop(call_id, None))
        card.update_from(call, self.notes.get(call.number, ""))
        self.cards[call.call_id] = card
        tray = self.shell.tray.icon if self.shell is not None else None
        card.place_near(tray.geometry() if tray is not None else None)
        card.show()
        self._notify(self.tr("Incoming call"), name_label(call.name, call.number))

    def _update_card(self, call: IncomingCall) -> None:
        card = self.cards.get(call.call_id)
        if card is not None:
            card.update_from(call, self.notes.get(call.number, ""))

    def _close_card(self, call: IncomingCall) -> None:
        card = self.cards.pop(call.call_id, None)
        if card is not None:
            card.close()

    def _ask_note(self, call_id: str, number: str) -> None:
        text, ok = QInputDialog.getText(
            self.main,
            self.tr("Note"),
            self.tr("A note about {caller}:").format(caller=self.names.label(number, ask=False)),
            text=self.notes.get(number, ""),
        )
        if ok:
            self.notes[number] = text.strip()
            if self.shell is not None and call_id:
                # Kept with the call (the dossier and the history's search find it), not
                # only for this session's cards.
                self.shell.history.set_call_note(call_id, number, text, at=time.time())
            for card in self.cards.values():
                if card.call.number == number:
                    card.set_note(self.notes[number])

    # ----- the queue ---------------------------------------------------------------------

    def _queue_changed(self) -> None:
        self.view.show_entries(self.queue.ordered())
        self.main.timeline.missed_changed()
        if self.shell is not None:
            self.shell.tray.set_missed_count(self.queue.count)

    def _new_miss(self, entry: Missed) -> None:
        self._notify(self.tr("Missed call"), self.names.label(entry.number))

    def _reached(self, number: str, who: str) -> None:
        self.view.say_reached(number, who)

    def _name_found(self, number: str) -> None:
        if number in self.queue.entries:
            self._queue_changed()
        window = self.main
        for call in window.live.calls.values():
            if call.request.number == number:
                window.calls_view.upsert(call)
        if self.shell is not None and self.shell.history_view is not None:
            self.shell.history_view.reload()
        self._names_due.start()

    def _notify(self, title: str, text: str) -> None:
        if self.shell is not None:
            self.shell._notify(title, text)

    # ----- the shell (tray, history, notifications) --------------------------------------

    # ----- the timeline ------------------------------------------------------------------

    def _timeline_changed(self) -> None:
        model, window = self.timeline, self.main
        window.timeline.show_groups(model.today(), model.earlier())
        ended = [cid for cid, call in window.live.calls.items() if call.state.is_final]
        for call_id in ended:
            if model.has_call(call_id):
                # Next turn: the ones told of the end (notifications) read the call first.
                QTimer.singleShot(0, partial(window.forget_finished, call_id))

    def _call_again(self, entry: Entry) -> None:
        """A row's Call again: the app's own call exactly as it was (the shell's redial of
        a history row); a desk-phone or incoming one as an ordinary call from my phone."""
        window = self.main
        if entry.attempt is not None and self.shell is not None:
            self.shell._redial(entry.attempt)
            return
        request = self.timeline.request_for(entry, lambda number: window.request_for(number)[0])
        if request is not None:
            window.dial_request(request)
        elif entry.number and not entry.withheld:
            window.dial_number(entry.number)  # says what is missing (no extension yet)

    def _open_number(self, number: str) -> None:
        self.open_dossier(number)

    def attach_shell(self, shell: Shell) -> None:
        self.shell = shell
        # The next turn: the shell is up first, then the rows are made (a bounded slice).
        QTimer.singleShot(0, self.timeline, partial(self.timeline.use_history, shell.history))
        shell.recorder.changed.connect(self.timeline.reload)
        self.names.set_favourites(shell.history.names())
        shell.tray.name_for = partial(self.names.name, ask=False)
        shell.tray.missedRequested.connect(shell.show_window)
        shell.tray.set_missed_count(self.queue.count)

    def open_dossier(self, number: str) -> DossierView | None:
        """The number's dossier (raised if it is open already); None without a history."""
        from ..controller.dossier import DossierController

        if self.shell is None or not number:
            return None
        view = self.dossiers.get(number)
        if view is None:
            window = self.main
            controller = DossierController(
                number,
                self.runner,
                self.connection,
                self.shell.history,
                self.names,
                lambda: window.own_extension,
                lambda url: self.opener(url),
            )
            view = DossierView(controller, window)
            controller.setParent(view)
            view.finished.connect(lambda *_: self._dossier_closed(number))
            self.dossiers[number] = view
            controller.load()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _dossier_closed(self, number: str) -> None:
        view = self.dossiers.pop(number, None)
        if view is not None:
            view.deleteLater()
            if self.shell is not None and self.shell.history_view is not None:
                self.shell.history_view.reload()  # notes written there show here too

    def decorate_history(self, view: Any) -> None:
        """Names on the history's rows (the view asks for them as it fills)."""
        if self.shell is not None:
            self.names.set_favourites(self.shell.history.names())
            for recent in self.shell.history.recent(HISTORY_ASKS):  # not 500 searches
                self.names.ask(recent.number)
        view.name_for = partial(self.names.name, ask=False)
        view.detailsRequested.connect(self.open_dossier)
        view.reload()

    def label(self, number: str) -> str:
        """ "Name · 067 123 4567" for notifications (never waits for a lookup)."""
        return self.names.label(number)


def install(parts: AppParts) -> LiveParts:
    return LiveParts(parts)  # the shell finds it as the window's child "liveParts"


def find(window: QObject) -> LiveParts | None:
    found = window.findChild(QObject, "liveParts")
    return found if isinstance(found, LiveParts) else None
