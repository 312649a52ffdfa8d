"""The API secret in the OS keyring, and nowhere else.

Keyring failures become :class:`CredentialError` with a plain sentence and a ``kind``
the UI can act on: ``unavailable`` (no keyring on this system), ``locked`` (the user must
unlock it) or ``refused`` (the keyring said no). There is no plain-text fallback; a
"this session only" secret lives in memory (:class:`SessionSecrets`).
"""

from __future__ import annotations

import sys
import threading
from typing import Protocol

from ..translation import translate

SERVICE = "calllauncher"


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
        return CredentialError(
            translate(
                "Keyring",
                "No keyring is available to keep your secret safely. This system needs "
                "{keyring}. You can sign in for this session only.",
            ).format(keyring=keyring_name_for_platform()),
            "unavailable",
            name,
        )
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


class KeyringStore:
    """Reads and writes ``(SERVICE, api_key) -> secret`` through the keyring package."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def backend_name(self) -> str:
        import keyring

        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def load(self, key: str) -> str | None:
        import keyring

        try:
            return keyring.get_password(self.service, key)
        except Exception as exc:
            raise _translate(exc, "read") from None

    def save(self, key: str, secret: str) -> None:
        import keyring

        try:
            keyring.set_password(self.service, key, secret)
        except Exception as exc:
            raise _translate(exc, "save") from None

    def delete(self, key: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            return  # already gone: signing out twice is fine
        except Exception as exc:
            raise _translate(exc, "delete") from None


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
