"""Binotel's WebSocket push channel: the company's calls as they happen.

Pure Python, no Qt. The protocol (see shared notes): the server greets with a line of text,
the client logs in with ``{"task": "authLikeService", "key", "secret"}``, the server answers
in plain text, then sends one JSON object per event (``callStart``, ``callAnswer``,
``callStop``). Stray text, unknown events and shapes beyond repair are ignored: a frame
never breaks the connection, let alone the app.

The framing is the ``websockets`` library's (its sync client suits a thread of its own).
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .models import as_int, as_mapping, as_str

log = logging.getLogger(__name__)
# The library logs every frame at DEBUG, the login (with its secret) among them: its own
# logger never goes below INFO, whatever the app's log level.
_library_log = logging.getLogger("calllauncher.binotel.ws.frames")
_library_log.setLevel(logging.INFO)

DEFAULT_URL = "wss://ws.binotel.com:9002"
GREETING = "Connected to Binotel WebSocket. Please, authorise!"
LOGGED_IN = "You are logged in!"
BAD_LOGIN = "Bad username or password!"
EVENTS = ("callStart", "callAnswer", "callStop")
# A real event is a few hundred bytes; anything this big is not one of ours.
MAX_EVENT = 64 * 1024
# What the library accepts at all; a bigger frame closes the connection (then: reconnect).
MAX_FRAME = 1 << 20
MISSED = frozenset({"NOANSWER", "CANCEL", "CHANUNAVAIL", "VM", "BUSY", "VM-SUCCESS"})
ANSWERED = frozenset({"ANSWER", "TRANSFER"})


class LoginRefused(Exception):
    """The server said the key or secret is wrong: reconnecting will not help."""


class ChannelClosed(Exception):
    """The connection could not be opened or was lost (refused, blocked, dropped)."""


@dataclass(frozen=True, slots=True)
class LiveEvent:
    """One event, decoded leniently. Fields an event does not carry stay empty."""

    name: str  # callStart, callAnswer or callStop
    call_id: str
    external_number: str = ""
    incoming: bool = True
    internal_numbers: tuple[str, ...] = ()
    answered_by: str = ""  # callAnswer: the extension that picked up
    customer_name: str = ""
    customer_description: str = ""
    new_caller: bool = False
    assigned_to: str = ""
    pbx_number: str = ""
    pbx_name: str = ""
    crm_url: str = ""
    crm_title: str = ""
    disposition: str = ""
    billsec: int = 0
    at: int = 0  # Unix seconds: startTime, answeredAt or stopTime
    source: str = "websocket"  # or "polling": derived from stats/online-calls
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def missed(self) -> bool:
        return self.name == "callStop" and self.incoming and self.disposition not in ANSWERED

    def describe(self) -> str:
        """A log-safe line (numbers and names, never a secret)."""
        parts = [self.name, self.call_id, self.external_number or "-"]
        if self.answered_by:
            parts.append(f"answered by {self.answered_by}")
        if self.disposition:
            parts.append(self.disposition)
        return " ".join(parts)


def auth_message(key: str, secret: str) -> str:
    return json.dumps({"task": "authLikeService", "key": key, "secret": secret})


def _numbers(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(n for n in (as_str(v).strip() for v in value) if n)
    if isinstance(value, Mapping):
        return tuple(n for n in (as_str(v).strip() for v in value.values()) if n)
    text = as_str(value).strip()
    return (text,) if text else ()


def decode_event(data: Mapping[str, Any], source: str = "websocket") -> LiveEvent | None:
    """A JSON object as an event, or None when it is not one we can use."""
    name = as_str(data.get("eventName"))
    call_id = as_str(data.get("generalCallID")).strip()
    if name not in EVENTS or not call_id:
        return None
    external = as_str(data.get("externalNumber") or data.get("srcNumber")).strip()
    call_type = as_str(data.get("callType")).strip()
    customer = as_mapping(data.get("customerData"))
    moment = data.get({"callStart": "startTime", "callAnswer": "answeredAt"}.get(name, "stopTime"))
    internal = _numbers(data.get("internalNumbers") or data.get("internalNumber"))
    return LiveEvent(
        name=name,
        call_id=call_id,
        external_number=external,
        incoming=call_type != "1",
        internal_numbers=internal,
        answered_by=as_str(data.get("internalNumber")).strip() if name == "callAnswer" else "",
        customer_name=as_str(data.get("customerName") or customer.get("name")).strip(),
        customer_description=as_str(data.get("customerDescription")).strip(),
        new_caller=as_int(data.get("isNewCall")) == 1,
        assigned_to=as_str(data.get("assignedToEmployeeName")).strip(),
        pbx_number=as_str(data.get("pbxNumber")).strip(),
        pbx_name=as_str(data.get("pbxNumberName")).strip(),
        crm_url=as_str(data.get("linkToCrmUrl")).strip(),
        crm_title=as_str(data.get("linkToCrmTitle")).strip(),
        disposition=as_str(data.get("disposition")).strip().upper(),
        billsec=max(0, as_int(data.get("billsec"))),
        at=max(0, as_int(moment)),
        source=source,
        raw=dict(data),
    )


def decode_frame(frame: str | bytes) -> LiveEvent | str | None:
    """A frame as an event, as the server's plain text (greeting, login answers), or None
    when it is neither (not JSON, a JSON non-object, unknown event, too big)."""
    if isinstance(frame, bytes):
        if len(frame) > MAX_EVENT:
            return None
        try:
            frame = frame.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if len(frame) > MAX_EVENT:
        log.info("websocket: ignored a frame of %d characters", len(frame))
        return None
    text = frame.strip()
    if not text.startswith("{"):
        return text[:200]  # plain text: the greeting, a login answer, a stray notice
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        log.info("websocket: ignored a frame that is not JSON")
        return None
    if not isinstance(data, Mapping):
        return None
    event = decode_event(data)
    if event is None:
        log.debug("websocket: ignored %s", as_str(data.get("eventName"))[:40] or "a frame")
    return event


def _login_verdict(text: str) -> bool | None:
    """True: logged in; False: refused; None: some other text."""
    lowered = text.lower()
    if "logged in" in lowered:
        return True
    if "bad username" in lowered or "password" in lowered or "not auth" in lowered:
        return False
    return None


class Channel:
    """One connection: open, log in, then yield events until closed.

    ``events()`` yields :class:`LiveEvent` objects, and ``None`` whenever ``poll_every``
    seconds pass quietly (so the owner can check whether it should stop).
    """

    def __init__(
        self,
        url: str,
        key: str,
        secret: str,
        *,
        open_timeout: float = 10.0,
        verify: bool | str = True,
    ) -> None:
        self.url = url
        self._key = key
        self._secret = secret
        self._open_timeout = open_timeout
        self._verify = verify
        self._ws: Any = None

    def __repr__(self) -> str:
        return f"Channel(url={self.url!r}, key={self._key!r})"

    def _ssl(self) -> ssl.SSLContext | None:
        if not self.url.startswith("wss:"):
            return None
        if isinstance(self._verify, str) and self._verify:
            return ssl.create_default_context(cafile=self._verify)
        context = ssl.create_default_context()
        if self._verify is False:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def open(self) -> None:
        """Connect and log in. Raises ChannelClosed or LoginRefused."""
        from websockets.exceptions import WebSocketException
        from websockets.sync.client import connect

        try:
            # entered as a context manager, as the library wants; close() leaves it
            self._ws = connect(
                self.url,
                open_timeout=self._open_timeout,
                close_timeout=1.0,
                max_size=MAX_FRAME,
                ssl=self._ssl(),
                compression=None,
                logger=_library_log,
            ).__enter__()
        except (OSError, WebSocketException, TimeoutError, ValueError) as exc:
            raise ChannelClosed(f"cannot connect to {self.url}: {type(exc).__name__}") from None
        log.info("websocket: connected to %s, logging in with key %s…", self.url, self._key[:4])
        try:
            self._ws.send(auth_message(self._key, self._secret))
            deadline_frames = 5  # the greeting, then the answer; a few strays at most
            for _ in range(deadline_frames):
                frame = self._ws.recv(timeout=self._open_timeout)
                decoded = decode_frame(frame)
                if isinstance(decoded, str):
                    verdict = _login_verdict(decoded)
                    if verdict is True:
                        log.info("websocket: logged in")
                        return
                    if verdict is False:
                        log.warning("websocket: the server refused the key %s…", self._key[:4])
                        self.close()
                        raise LoginRefused(decoded)
        except (OSError, WebSocketException, TimeoutError) as exc:
            self.close()
            raise ChannelClosed(f"login to {self.url} failed: {type(exc).__name__}") from None
        self.close()
        raise ChannelClosed(f"no login answer from {self.url}")

    def events(self, poll_every: float = 0.5) -> Iterator[LiveEvent | None]:
        from websockets.exceptions import WebSocketException

        if self._ws is None:
            raise ChannelClosed("not open")
        while True:
            try:
                frame = self._ws.recv(timeout=poll_every)
            except TimeoutError:
                yield None
                continue
            except (OSError, WebSocketException) as exc:
                raise ChannelClosed(f"connection lost: {type(exc).__name__}") from None
            decoded = decode_frame(frame)
            if isinstance(decoded, LiveEvent):
                yield decoded

    def close(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            try:
                ws.close()
            except Exception:  # closing a broken socket: nothing left to tell
                log.debug("websocket: close failed", exc_info=True)
