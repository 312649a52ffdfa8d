"""What the sign-in flow tells people: Test-connection answers, keyring problems (for the
window, which can offer Retry and "this session only", and for the command line, which
can't) and field checks, each as one plain translated sentence (with facts for support).
Pure logic, tested without widgets."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..binotel import errors as e
from ..binotel.urls import is_loopback
from ..services.credentials import CredentialError, KeyringKind
from ..translation import Context, translate
from . import failures as messages

if TYPE_CHECKING:
    from ..binotel import Employee

Account = Context("Account")  # for counts; lupdate takes the name as the context

# Answers to Test connection.
OK, AUTH, IP, NETWORK, TLS, PBX, INPUT, OTHER = (
    "ok", "auth", "ip", "network", "tls", "pbx", "input", "other"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TestAnswer:
    """What Test connection found, in one plain sentence (and facts for support)."""

    __test__ = False  # not a pytest class, whatever its name says
    kind: str
    sentence: str
    details: str = ""
    employees: tuple[Employee, ...] = ()

    @property
    def ok(self) -> bool:
        return self.kind == OK


@dataclass(frozen=True, slots=True)
class KeyringProblem:
    kind: str  # a KeyringKind, or "other"
    sentence: str
    details: str = ""

    @property
    def can_retry(self) -> bool:
        return self.kind in ("locked", "timeout", "refused", "foreign", "other")

    @property
    def offers_session(self) -> bool:
        """No keyring to count on now: "this session only" is the way on."""
        return self.kind in ("unavailable", "timeout")


def keyring_needed() -> str:
    if sys.platform == "win32":
        return translate("Account", "Windows Credential Manager")
    if sys.platform == "darwin":
        return translate("Account", "the macOS Keychain")
    return translate("Account", "a Secret Service keyring (GNOME Keyring or KWallet)")


def keyring_problem(exc: BaseException, *, reading: bool = False) -> KeyringProblem:
    if not isinstance(exc, CredentialError):
        failure = messages.describe(exc)
        return KeyringProblem("other", failure.sentence, failure.details)
    if exc.kind == KeyringKind.UNAVAILABLE:
        sentence = translate(
            "Account",
            "No keyring is available to keep your secret safely. This system needs "
            "{keyring}. You can use the secret for this session only: CallLauncher will "
            "ask for it again next time.",
        ).format(keyring=keyring_needed())
    elif exc.kind == KeyringKind.TIMEOUT:
        sentence = translate(
            "Account",
            "Your keyring did not answer in time. If it is asking to be unlocked, unlock it "
            "and press Retry; or type the secret, test it, and use it for this session only.",
        )
    elif exc.kind == KeyringKind.LOCKED:
        sentence = translate(
            "Account",
            "Your keyring is locked. Unlock it (it may be asking for your login password), "
            "then press Retry.",
        )
    elif exc.kind == KeyringKind.FOREIGN:
        sentence = foreign_secret()
    elif reading or exc.action == "read":
        sentence = translate(
            "Account",
            "The keyring refused to read the saved secret. Check that your keyring is "
            "running and unlocked, then press Retry.",
        )
    else:
        sentence = translate(
            "Account",
            "The keyring refused to save the secret. Check that your keyring is running "
            "and unlocked, then press Retry, or use the secret for this session only.",
        )
    return KeyringProblem(exc.kind, sentence, exc.detail)


def foreign_secret() -> str:
    return translate(
        "Keyring",
        "The keyring gave back something that is not a secret CallLauncher saved. "
        "Sign in again to replace it.",
    )


def keyring_sentence(exc: CredentialError) -> str:
    """A keyring failure for the command line: it can't keep a secret for this session
    only, nor press Retry, so it offers neither."""
    if exc.kind == KeyringKind.UNAVAILABLE:
        return translate(
            "Keyring",
            "No keyring is available to keep your secret safely. This system needs {keyring}.",
        ).format(keyring=keyring_needed())
    if exc.kind == KeyringKind.TIMEOUT:
        return translate(
            "Keyring",
            "Your keyring did not answer within {seconds} seconds. It may be waiting for you "
            "to unlock it: unlock it and try again.",
        ).format(seconds=f"{exc.seconds:g}")
    if exc.kind == KeyringKind.LOCKED:
        return translate(
            "Keyring",
            "Your keyring is locked. Unlock it (it may be asking for your login password) "
            "and try again.",
        )
    if exc.kind == KeyringKind.FOREIGN:
        return foreign_secret()
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
    template = refused.get(exc.action) or translate(
        "Keyring",
        "The keyring refused to delete the secret ({name}). Check that your keyring "
        "is running and unlocked.",
    )
    return template.format(name=exc.detail)


def answer_for(exc: BaseException) -> TestAnswer:
    """A Test-connection failure as the answer a receptionist can act on."""
    if isinstance(exc, e.ApiError) and exc.code == 121:
        return TestAnswer(
            AUTH,
            translate(
                "Account",
                "The API key or secret is wrong (PBX code 121). Copy both again from your "
                "Binotel account, or ask your administrator for them.",
            ),
            messages.pbx_details(exc),
        )
    if isinstance(exc, e.ApiError):
        return TestAnswer(
            PBX, messages.code_sentence(exc.code, exc.pbx_message), messages.pbx_details(exc)
        )
    if isinstance(exc, e.ProtocolError) and exc.may_be_ip_block:
        # Binotel answers only registered addresses; what others get is a 403 page or
        # something that is not data, so both point at the address first.
        if exc.http_status == 403:
            sentence = translate(
                "Account",
                "The PBX refused this computer's IP address (HTTP 403). Binotel only "
                "answers registered addresses: ask Binotel support to register this one.",
            )
        else:
            sentence = translate(
                "Account",
                "The PBX did not answer properly ({what}). Most often this means it refused "
                "this computer's IP address: ask Binotel support to register it.",
            ).format(
                what=translate("Account", "HTTP {status}").format(status=exc.http_status)
                if exc.http_status and exc.http_status != 200
                else translate("Account", "no data")
            )
        return TestAnswer(IP, sentence, messages.protocol_details(exc.details))
    if isinstance(exc, e.NetworkError) and exc.kind == e.NetworkKind.TLS:
        return TestAnswer(
            TLS,
            translate(
                "Account",
                "Certificate problem: the PBX's certificate could not be verified, so the "
                "connection is not safe. If your office uses an inspecting proxy, choose its "
                "CA bundle under Advanced.",
            ),
            exc.details,
        )
    if isinstance(exc, e.NetworkError):
        return TestAnswer(
            NETWORK,
            translate(
                "Account",
                "No network: the PBX could not be reached. Check this computer's internet "
                "connection, and the API URL under Advanced.",
            ),
            exc.details or exc.kind,
        )
    if isinstance(exc, e.ConfigError):
        return TestAnswer(INPUT, exc.message)
    failure = messages.describe(exc)
    return TestAnswer(OTHER, failure.sentence, failure.details)


def answer_ok(employees: Sequence[Employee]) -> TestAnswer:
    n = sum(1 for e in employees if e.has_user)  # a line with no user is no employee
    # Not saved yet: the sentence says what comes next.
    sentence = Account.tr(
        "Signed in: the PBX accepted the key and secret and lists %n employees. "
        "Choose your extension, then Save.",
        None,
        n,
    )
    return TestAnswer(OK, sentence, employees=tuple(sorted(employees, key=lambda x: x.extension)))


def check_fields(key: str, secret: str, url: str, ca_bundle: str) -> dict[str, str]:
    """Reasons per field ("key", "secret", "url", "ca_bundle"), before anything is sent."""
    errors: dict[str, str] = {}
    if not key.strip():
        errors["key"] = translate("Account", "Type the API key from your Binotel account.")
    if not secret.strip():
        errors["secret"] = translate("Account", "Type the API secret that goes with the key.")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        errors["url"] = translate(
            "Account", "Type a web address, like https://api.binotel.com/api/."
        )
    elif parts.scheme == "http" and not is_loopback(parts.hostname):
        errors["url"] = translate(
            "Account", "The address must start with https:// — the secret would travel unencrypted."
        )
    if ca_bundle.strip() and not Path(ca_bundle.strip()).is_file():
        errors["ca_bundle"] = translate(
            "Account", "The CA bundle file {file} does not exist."
        ).format(file=ca_bundle.strip())
    return errors
