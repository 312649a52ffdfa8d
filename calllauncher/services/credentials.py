"""The API secret in the OS keyring, and nowhere else.

Keyring failures become :class:`CredentialError` with facts the UI can act on: a ``kind``
(:class:`KeyringKind`: no keyring on this system or one that keeps nothing, locked, no answer
in time, refused, or something there that is not a secret we saved), the ``action`` and the
backend's exception type. The sentences are the wording layer's (``wording/sign_in.py``).
There is no plain-text fallback; a "this session only" secret lives in memory
(:class:`SessionSecrets`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from typing import Protocol, TypeVar

SERVICE = "calllauncher"

# How long a keyring may take to answer (seconds). A Secret Service waiting on a prompt
# nobody sees, or a wedged D-Bus, otherwise keeps "Opening your keyring…" up forever.
KEYRING_TIMEOUT = 15.0

# keyring's own "there is none" backends: ``keyring --disable`` selects the null one,
# which answers every read with nothing and drops every write without a word.
_NO_KEYRING = ("keyring.backends.null.Keyring", "keyring.backends.fail.Keyring")

T = TypeVar("T")


class KeyringKind(StrEnum):
    UNAVAILABLE = "unavailable"  # no keyring here, or one that keeps nothing
    LOCKED = "locked"  # the user must unlock it
    TIMEOUT = "timeout"  # it did not answer in time
    REFUSED = "refused"  # it said no
    FOREIGN = "foreign"  # it holds something that is not a secret we saved


class CredentialError(Exception):
    """``detail`` is the keyring's own exception type (for support), never its text:
    a backend's message could quote what it was asked to store. ``action`` is "read",
    "save" or "delete"; ``seconds`` the wait given up on (a timeout)."""

    def __init__(
        self, kind: KeyringKind, detail: str = "", *, action: str = "", seconds: float = 0.0
    ) -> None:
        super().__init__(f"keyring {action or 'use'}: {kind.value} ({detail or '-'})")
        self.kind = kind
        self.detail = detail
        self.action = action
        self.seconds = seconds


class SecretStore(Protocol):
    """Where a secret is kept: the OS keyring, or memory for this session only."""

    def load(self, key: str) -> str | None: ...

    def save(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


def _failure(exc: Exception, action: str) -> CredentialError:
    import keyring.errors

    name = type(exc).__name__
    text = str(exc).lower()
    if isinstance(exc, keyring.errors.NoKeyringError) or "no recommended backend" in text:
        return _unavailable(name)
    # The type is the keyring's own word (macOS says "Can't store password on keychain:
    # ... Access Denied", no "lock" in it); the words catch backends that only say so.
    locked_words = ("locked", "unlock", "dismissed", "prompt")
    if isinstance(exc, keyring.errors.KeyringLocked) or any(w in text for w in locked_words):
        return CredentialError(KeyringKind.LOCKED, name, action=action)
    return CredentialError(KeyringKind.REFUSED, name, action=action)


def _unavailable(name: str) -> CredentialError:
    return CredentialError(KeyringKind.UNAVAILABLE, name)


def _timed_out(action: str, seconds: float) -> CredentialError:
    return CredentialError(KeyringKind.TIMEOUT, "timeout", action=action, seconds=seconds)


def _as_text(value: object) -> str | None:
    """What a backend gave back, as the secret: some return bytes."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            pass
    raise CredentialError(KeyringKind.FOREIGN, type(value).__name__, action="read")


class KeyringStore:
    """Reads and writes ``(SERVICE, api_key) -> secret`` through the keyring package.

    Each call runs on a helper thread and is given up after ``timeout`` seconds (the
    thread is left to finish on its own: a keyring call can't be interrupted)."""

    def __init__(self, service: str = SERVICE, timeout: float | None = None) -> None:
        self.service = service
        self.timeout = KEYRING_TIMEOUT if timeout is None else timeout

    def backend_name(self) -> str:
        import keyring

        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def _backend(self) -> object:
        import keyring

        backend = keyring.get_keyring()
        if f"{type(backend).__module__}.{type(backend).__name__}" in _NO_KEYRING:
            raise _unavailable(type(backend).__name__)
        return backend

    def _call(self, action: str, fn: Callable[[], T]) -> T:
        done = threading.Event()
        outcome: list[object] = []

        def work() -> None:
            try:
                outcome.append(fn())
            except BaseException as exc:  # handed to the caller's thread below
                outcome.append(exc)
            finally:
                done.set()

        threading.Thread(target=work, name=f"keyring-{action}", daemon=True).start()
        if not done.wait(self.timeout):
            raise _timed_out(action, self.timeout)
        result = outcome[0]
        if isinstance(result, CredentialError):
            raise result
        if isinstance(result, BaseException):
            import keyring.errors

            if action == "delete" and isinstance(result, keyring.errors.PasswordDeleteError):
                return None  # type: ignore[return-value]  # already gone: that is fine
            if isinstance(result, Exception):
                raise _failure(result, action) from None
            raise result
        return result  # type: ignore[return-value]

    def load(self, key: str) -> str | None:
        import keyring

        self._backend()
        return _as_text(self._call("read", lambda: keyring.get_password(self.service, key)))

    def save(self, key: str, secret: str) -> None:
        """Save, then read back: a backend that drops what it is given (or keeps something
        else) must not leave the user believing the secret is kept."""
        import keyring

        self._backend()

        def save_and_check() -> bool:
            keyring.set_password(self.service, key, secret)
            return _as_text(keyring.get_password(self.service, key)) == secret

        if not self._call("save", save_and_check):
            raise _unavailable("not kept")

    def delete(self, key: str) -> None:
        import keyring

        self._backend()
        self._call("delete", lambda: keyring.delete_password(self.service, key))


class SessionSecrets:
    """ "Use for this session only": secrets kept in memory until the app quits."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: dict[str, str] = {}

    def load(self, key: str) -> str | None:
        with self._lock:
            return self._secrets.get(key)

    def save(self, key: str, secret: str) -> None:
        with self._lock:
            self._secrets[key] = secret

    def delete(self, key: str) -> None:
        with self._lock:
            self._secrets.pop(key, None)
