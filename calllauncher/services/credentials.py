"""The API secret in the OS keyring, and nowhere else.

Keyring failures become :class:`CredentialError` with a plain sentence and a ``kind``
the UI can act on: ``unavailable`` (no keyring on this system, or one that keeps nothing),
``locked`` (the user must unlock it), ``timeout`` (it did not answer) or ``refused`` (the
keyring said no). There is no plain-text fallback; a "this session only" secret lives in
memory (:class:`SessionSecrets`).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from ..translation import translate

SERVICE = "calllauncher"

# How long a keyring may take to answer (seconds). A Secret Service waiting on a prompt
# nobody sees, or a wedged D-Bus, otherwise keeps "Opening your keyring…" up forever.
KEYRING_TIMEOUT = 15.0

# keyring's own "there is none" backends: ``keyring --disable`` selects the null one,
# which answers every read with nothing and drops every write without a word.
_NO_KEYRING = ("keyring.backends.null.Keyring", "keyring.backends.fail.Keyring")

T = TypeVar("T")


class CredentialError(Exception):
    """``detail`` is the keyring's own exception type (for support), never its text:
    a backend's message could quote what it was asked to store."""

    def __init__(self, message: str, kind: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.detail = detail


class SecretStore(Protocol):
    """Where a secret is kept: the OS keyring, or memory for this session only."""

    def load(self, key: str) -> str | None: ...

    def save(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


def keyring_name_for_platform() -> str:
    if sys.platform == "win32":
        return translate("Keyring", "Windows Credential Manager")
    if sys.platform == "darwin":
        return translate("Keyring", "the macOS Keychain")
    return translate("Keyring", "a Secret Service keyring (GNOME Keyring or KWallet)")


def _translate(exc: Exception, action: str) -> CredentialError:
    import keyring.errors

    name = type(exc).__name__
    text = str(exc).lower()
    if isinstance(exc, keyring.errors.NoKeyringError) or "no recommended backend" in text:
        return _unavailable(name)
    # The type is the keyring's own word (macOS says "Can't store password on keychain:
    # ... Access Denied", no "lock" in it); the words catch backends that only say so.
    locked_words = ("locked", "unlock", "dismissed", "prompt")
    if isinstance(exc, keyring.errors.KeyringLocked) or any(w in text for w in locked_words):
        return CredentialError(
            translate(
                "Keyring",
                "Your keyring is locked. Unlock it (it may be asking for your login password) "
                "and try again.",
            ),
            "locked",
            name,
        )
    refused = {
        "read": translate(
            "Keyring",
            "The keyring refused to read the secret ({name}). Check that your keyring "
            "is running and unlocked.",
        ),
        "save": translate(
            "Keyring",
            "The keyring refused to save the secret ({name}). Check that your keyring "
            "is running and unlocked.",
        ),
    }
    template = refused.get(action) or translate(
        "Keyring",
        "The keyring refused to delete the secret ({name}). Check that your keyring "
        "is running and unlocked.",
    )
    return CredentialError(
        template.format(name=name),
        "refused",
        name,
    )


def _unavailable(name: str) -> CredentialError:
    return CredentialError(
        translate(
            "Keyring",
            "No keyring is available to keep your secret safely. This system needs "
            "{keyring}. You can sign in for this session only.",
        ).format(keyring=keyring_name_for_platform()),
        "unavailable",
        name,
    )


def _timed_out(seconds: float) -> CredentialError:
    return CredentialError(
        translate(
            "Keyring",
            "Your keyring did not answer within {seconds} seconds. It may be waiting for you "
            "to unlock it. Try again, or use the secret for this session only.",
        ).format(seconds=f"{seconds:g}"),
        "timeout",
        "timeout",
    )


def _as_text(value: object) -> str | None:
    """What a backend gave back, as the secret: some return bytes."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            pass
    raise CredentialError(
        translate(
            "Keyring",
            "The keyring gave back something that is not a secret CallLauncher saved. "
            "Sign in again to replace it.",
        ),
        "refused",
        type(value).__name__,
    )


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
            raise _timed_out(self.timeout)
        result = outcome[0]
        if isinstance(result, CredentialError):
            raise result
        if isinstance(result, BaseException):
            import keyring.errors

            if action == "delete" and isinstance(result, keyring.errors.PasswordDeleteError):
                return None  # type: ignore[return-value]  # already gone: that is fine
            if isinstance(result, Exception):
                raise _translate(result, action) from None
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
