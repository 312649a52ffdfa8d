"""The company's live calls, pushed: a long-lived WebSocket on a thread of its own.

Not a TaskRunner job: the connection lives for the whole session. Events reach the GUI
thread as the ``callEvent`` signal (Qt queues a signal emitted from another thread).

Where the WebSocket is not available (no key, refused, a blocked port, a refused login),
``stats/online-calls`` is polled instead and start/answer/stop events are derived by
comparing one answer with the last. The request budget, since every desk shares one key's
rate limit: one request every ``VISIBLE_EVERY`` seconds while the window is visible, every
``TRAY_EVERY`` seconds in the tray, and at least twice as long (or as long as the PBX says)
after a 106. After the WebSocket comes back, one poll settles the calls that were open
while it was down, so no end is missed that polling could have seen.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..binotel.ws import DEFAULT_URL, Channel, ChannelClosed, LiveEvent, LoginRefused

if TYPE_CHECKING:
    from ..binotel import CallDetails, Client

log = logging.getLogger(__name__)

CONNECTED = "connected"
POLLING = "polling"
OFFLINE = "offline"
STOPPED = "stopped"

VISIBLE_EVERY = 5.0
TRAY_EVERY = 45.0
RECONNECT_FIRST = 2.0
RECONNECT_MAX = 120.0


@dataclass(frozen=True)
class FeedSource:
    """Where to listen: the WebSocket (``url`` "" = none) and a client for polling."""

    url: str
    key: str
    secret: str
    client: Callable[[], Client | None]
    verify: bool | str = True

    def __repr__(self) -> str:
        return f"FeedSource(url={self.url!r}, key={self.key[:4]!r}…)"


@dataclass
class _Open:
    external: str
    incoming: bool
    answered: bool


class LiveFeed(QObject):
    callEvent = Signal(object)  # LiveEvent
    statusChanged = Signal(str)  # CONNECTED, POLLING, OFFLINE or STOPPED

    def __init__(self, parent: QObject | None = None, *, time_scale: float = 1.0) -> None:
        super().__init__(parent)
        self.time_scale = time_scale  # tests shorten every wait by this factor
        self._status = STOPPED
        self._visible = True
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._open: dict[str, _Open] = {}  # touched by the feed thread only
        self.reason = ""  # why it polls (for the status line)
        self._next_poll = 0.0  # monotonic: the budget holds across reconnect attempts
        self._polled_visible = True

    # ----- GUI thread ----------------------------------------------------------------------

    @property
    def status(self) -> str:
        return self._status

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def set_visible(self, visible: bool) -> None:
        """Window shown: poll every 5 s; in the tray: every 45 s."""
        if visible != self._visible:
            self._visible = visible
            self._wake.set()

    def start(self, source: FeedSource) -> None:
        self.stop()
        self._stop = threading.Event()
        self._open = {}
        self._next_poll = 0.0
        self._thread = threading.Thread(
            target=self._run, args=(source, self._stop), name="live-feed", daemon=True
        )
        self._thread.start()

    def stop(self, wait: float = 2.0) -> None:
        thread, self._thread = self._thread, None
        self._stop.set()
        self._wake.set()
        if thread is not None:
            thread.join(timeout=wait)
        self._set_status(STOPPED)

    # ----- feed thread ---------------------------------------------------------------------

    def _set_status(self, status: str, reason: str = "") -> None:
        self.reason = reason
        if status != self._status:
            self._status = status
            log.info("live calls: %s %s", status, reason)
            self.statusChanged.emit(status)

    def _emit(self, event: LiveEvent) -> None:
        if event.name == "callStart":
            self._open[event.call_id] = _Open(event.external_number, event.incoming, False)
        elif event.name == "callAnswer":
            if event.call_id in self._open:
                self._open[event.call_id].answered = True
        elif event.name == "callStop":
            self._open.pop(event.call_id, None)
        log.debug("live event: %s (%s)", event.describe(), event.source)
        self.callEvent.emit(event)

    def _run(self, source: FeedSource, stop: threading.Event) -> None:
        backoff = RECONNECT_FIRST
        use_ws = bool(source.url and source.key and source.secret)
        reason = "" if use_ws else "no-key"
        while not stop.is_set():
            if use_ws:
                channel = Channel(source.url, source.key, source.secret, verify=source.verify)
                try:
                    channel.open()
                    self._set_status(CONNECTED)
                    backoff = RECONNECT_FIRST
                    if self._open:
                        self._poll(source, settle_only=True)
                    for event in channel.events(poll_every=min(0.3, 0.3 * self.time_scale + 0.05)):
                        if stop.is_set():
                            break
                        if event is not None:
                            self._emit(event)
                    reason = "dropped"
                except LoginRefused:
                    use_ws, reason = False, "refused-login"
                except ChannelClosed as exc:
                    log.info("live calls: %s", exc)
                    reason = "unavailable"
                except Exception:  # a surprise must not end the session's live calls
                    log.exception("live calls: the WebSocket failed")
                    reason = "unavailable"
                finally:
                    channel.close()
            if stop.is_set():
                break
            self._poll_until(source, stop, time.monotonic() + backoff * self.time_scale, reason)
            if use_ws:
                backoff = min(backoff * 2, RECONNECT_MAX)
        self._set_status(STOPPED)

    def _poll_until(
        self, source: FeedSource, stop: threading.Event, until: float, reason: str
    ) -> None:
        """Poll online-calls within the budget until ``until`` (forever without a WebSocket)."""
        from ..binotel import RateLimitError

        forever = reason in ("no-key", "refused-login")
        while not stop.is_set() and (forever or time.monotonic() < until):
            now = time.monotonic()
            if now >= self._next_poll:
                # The pace as it was when the poll left: a window shown during the request
                # then counts as a change below (it waited out the tray's 45 s before).
                visible = self._visible
                every = VISIBLE_EVERY if visible else TRAY_EVERY
                try:
                    ok = self._poll(source)
                    self._set_status(POLLING if ok else OFFLINE, reason)
                    wait = every
                except RateLimitError as exc:
                    wait = max(every * 2, exc.retry_after)
                    self._set_status(POLLING, reason)
                except Exception as exc:  # the PBX is unreachable: say offline, keep trying
                    log.info("live calls: polling failed: %s", type(exc).__name__)
                    self._set_status(OFFLINE, reason)
                    wait = every
                self._next_poll = time.monotonic() + wait * self.time_scale
                self._polled_visible = visible
                if visible != self._visible:
                    continue  # shown or hidden during the request: its wake-up is not lost
            elif self._visible and not self._polled_visible:
                # the window just opened: the next look comes within the visible interval
                self._next_poll = min(self._next_poll, now + VISIBLE_EVERY * self.time_scale)
                self._polled_visible = True
            target = self._next_poll if forever else min(self._next_poll, until)
            self._sleep_until(target)

    def _sleep_until(self, moment: float) -> None:
        self._wake.clear()
        self._wake.wait(max(0.0, moment - time.monotonic()))

    def _poll(self, source: FeedSource, *, settle_only: bool = False) -> bool:
        """One online-calls request, diffed against what is open. False: no client."""
        client = source.client()
        if client is None:
            return False
        online = client.stats.online_calls()
        if not settle_only:
            for call_id, details in online.items():
                self._seen(call_id, details)
        ended = [cid for cid in self._open if cid not in online]
        if ended:
            try:
                finals = client.stats.call_details(ended)
            except Exception:  # the ends are still ends; their outcome stays unknown
                finals = {}
            for call_id in ended:
                known = self._open.get(call_id)
                final = finals.get(call_id)
                self._emit(
                    LiveEvent(
                        "callStop",
                        call_id,
                        external_number=known.external if known else "",
                        incoming=known.incoming if known else True,
                        disposition=final.disposition if final else "",
                        billsec=final.billsec if final else 0,
                        at=int(time.time()),
                        source="polling",
                    )
                )
        return True

    def _seen(self, call_id: str, details: CallDetails) -> None:
        incoming = details.call_type != "1"
        known = self._open.get(call_id)
        if known is None:
            self._emit(
                LiveEvent(
                    "callStart",
                    call_id,
                    external_number=details.external_number,
                    incoming=incoming,
                    internal_numbers=(details.internal_number,) if details.internal_number else (),
                    pbx_number=details.pbx_number,
                    pbx_name=details.pbx_name,
                    at=details.start_time or int(time.time()),
                    source="polling",
                )
            )
            known = self._open.get(call_id)
        if known is not None and details.is_talking and not known.answered:
            self._emit(
                LiveEvent(
                    "callAnswer",
                    call_id,
                    external_number=details.external_number,
                    incoming=incoming,
                    answered_by=details.internal_number,
                    at=int(time.time()),
                    source="polling",
                )
            )


def ws_url(url: str, port: int) -> str:
    """The setting's address with the port setting added when the address has none."""
    url = (url or DEFAULT_URL).strip().rstrip("/")
    rest = url.split("://", 1)[-1]
    if ":" in rest.split("/", 1)[0] or not port:
        return url
    host, _, path = rest.partition("/")
    scheme = url.split("://", 1)[0] if "://" in url else "wss"
    return f"{scheme}://{host}:{port}" + (f"/{path}" if path else "")


def binotel_api(url: str) -> bool:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host == "binotel.com" or host.endswith(".binotel.com")
