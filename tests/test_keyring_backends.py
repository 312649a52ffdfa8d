"""Keyrings that misbehave without raising — keyring's own null backend (``keyring
--disable``), one that never answers, one that returns bytes — and a CA bundle file that is
gone: the real window and the command line say so plainly, and never claim a secret is kept
when it is not. The backends are real keyring plug-ins, set with ``keyring.set_keyring``."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.__main__ import main
from calllauncher.app import AppParts
from calllauncher.controller.account import INPUT, TestAnswer
from calllauncher.fakepbx import FakePBX
from calllauncher.services.account import Account
from calllauncher.services.credentials import SERVICE
from calllauncher.services.settings import AppSettings
from calllauncher.ui.sign_in_dialog import SignInDialog
from tests.support import account as shared
from tests.support.memory_keyring import MemoryKeyring
from tests.support.tls import TlsFront
from tests.support.values import KEY, SECRET

EXT_TO_PHONE = "internal-number-to-external-number"
Result = tuple[int, str, str]
Cli = Callable[..., Result]
TIMEOUT = 0.4  # seconds, for the tests; people get 15


class HangingKeyring(KeyringBackend):
    """A keyring that never answers (a Secret Service waiting on an unseen prompt) until
    ``release`` is set at the end of the test."""

    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(30)


class BytesKeyring(MemoryKeyring):
    """Keeps secrets as bytes and hands them back so, as some backends do."""

    def get_password(self, service: str, username: str) -> str | None:
        found = self.items.get((service, username))
        return found.encode("utf-8") if found is not None else None  # type: ignore[return-value]


@pytest.fixture(autouse=True)
def short_keyring_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("calllauncher.services.credentials.KEYRING_TIMEOUT", TIMEOUT)
    monkeypatch.setattr("calllauncher.controller.account.RESTORE_DELAYS_MS", (30, 60, 90))


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    keyring.set_keyring(backend)  # conftest puts its own back afterwards
    yield backend
    backend.release.set()


def saved_key(url: str, **more: str) -> None:
    settings = AppSettings()
    settings.set("account/key", KEY)
    settings.set("account/extension", "901")
    settings.set("api/url", url)
    for key, value in more.items():
        settings.set(key, value)
    settings.sync()


launch = shared.launch  # build() and show, shut down after the test


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def sign_in_dialog(qtbot: QtBot, parts: AppParts) -> SignInDialog:
    qtbot.waitUntil(lambda: parts.flows.sign_in_dialog is not None, timeout=5000)
    dialog = parts.flows.sign_in_dialog
    assert dialog is not None
    return dialog


def use_for_this_session(qtbot: QtBot, parts: AppParts, dialog: SignInDialog) -> None:
    dialog.secret.setText(SECRET)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.kind == "ok", timeout=5000)
    assert dialog.session_button.isVisible()  # at once: no second wait on the keyring
    qtbot.mouseClick(dialog.session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    assert parts.account.session_only


# ----- keyring's null backend ------------------------------------------------------------


def test_cli_login_with_the_null_keyring_says_nothing_is_kept(cli: Cli, pbx: FakePBX) -> None:
    keyring.set_keyring(keyring.backends.null.Keyring())

    code, out, err = cli("--api-url", pbx.url, "login", "--key", KEY, stdin=SECRET)

    assert code == 4
    assert "Signed in" not in out
    assert "No keyring is available" in err
    assert SECRET not in out + err


def test_the_window_with_the_null_keyring_offers_this_session_only(
    qtbot: QtBot, launch: Callable[[], AppParts], pbx: FakePBX
) -> None:
    keyring.set_keyring(keyring.backends.null.Keyring())
    saved_key(pbx.url)

    parts = launch()
    dialog = sign_in_dialog(qtbot, parts)

    assert "No keyring is available" in dialog.answer.text  # not "holds no secret"
    assert parts.flows.welcome is None
    use_for_this_session(qtbot, parts, dialog)


# ----- a keyring that never answers ------------------------------------------------------


def test_a_hanging_keyring_at_start_gives_up_and_offers_this_session_only(
    qtbot: QtBot, launch: Callable[[], AppParts], pbx: FakePBX, hanging: HangingKeyring
) -> None:
    saved_key(pbx.url)

    parts = launch()
    assert parts.window.status.text() == "Opening your keyring…"
    dialog = sign_in_dialog(qtbot, parts)

    assert "did not answer in time" in dialog.answer.text
    assert dialog.retry_button.isVisible()
    assert parts.window.status.text() == "Not signed in."
    use_for_this_session(qtbot, parts, dialog)


def test_a_hanging_keyring_on_save_gives_up(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX, hanging: HangingKeyring
) -> None:
    dialog = parts.flows.open_sign_in()
    dialog.key.setText(KEY)
    dialog.secret.setText(SECRET)
    dialog.advanced.setChecked(True)
    dialog.url.setText(pbx.url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answer.kind == "ok", timeout=5000)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(dialog.session_button.isVisible, timeout=5000)
    assert "did not answer" in dialog.answer.text
    assert dialog.test_button.isEnabled()  # not busy forever


def test_cli_with_a_hanging_keyring_gives_up(
    cli: Cli, pbx: FakePBX, hanging: HangingKeyring
) -> None:
    saved_key(pbx.url)

    code, out, err = cli("employees")

    assert code == 4
    assert out == ""
    assert f"did not answer within {TIMEOUT:g} seconds" in err
    assert pbx.log() == []


# ----- a keyring that returns bytes ------------------------------------------------------


def test_a_secret_returned_as_bytes_is_read_as_text(
    qtbot: QtBot, launch: Callable[[], AppParts], pbx: FakePBX, cli: Cli
) -> None:
    backend = BytesKeyring()
    backend.items[(SERVICE, KEY)] = SECRET
    keyring.set_keyring(backend)
    saved_key(pbx.url)

    assert cli("employees")[0] == 0
    parts = launch()
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)


def test_a_secret_that_is_not_text_is_refused_plainly(cli: Cli, pbx: FakePBX) -> None:
    class Garbage(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            return b"\xff\xfe\x00secret"  # type: ignore[return-value]

    keyring.set_keyring(Garbage())
    saved_key(pbx.url)

    code, _, err = cli("employees")

    assert code == 4
    assert "not a secret CallLauncher saved" in err
    assert pbx.log() == []


# ----- a CA bundle file that is gone -----------------------------------------------------


@pytest.fixture
def tls_front(pbx: FakePBX, tmp_path: Path) -> Iterator[TlsFront]:
    front = TlsFront(pbx.port, tmp_path / "tls")
    yield front
    front.close()


@pytest.fixture
def gone(tmp_path: Path) -> str:
    return str(tmp_path / "office" / "corp-ca.pem")


def test_a_missing_ca_bundle_in_the_window_names_the_file(
    qtbot: QtBot,
    launch: Callable[[], AppParts],
    tls_front: TlsFront,
    pbx: FakePBX,
    memory_keyring: MemoryKeyring,
    gone: str,
) -> None:
    memory_keyring.items[(SERVICE, KEY)] = SECRET
    saved_key(tls_front.url, **{"api/caBundle": gone})

    parts = launch()
    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    parts.window.dial_number("0443334023")
    qtbot.wait(200)

    banner = parts.window.banner
    assert gone in banner.text and "CA bundle" in banner.text
    assert str(Path(os.environ["CALLLAUNCHER_CONFIG_DIR"]) / "calllauncher.ini") in banner.text
    assert "inside the app" not in " ".join(banner.texts)
    assert len(banner.texts) == 1
    assert pbx.log() == []


def test_test_connection_with_a_missing_ca_bundle_names_the_file(
    qtbot: QtBot, parts: AppParts, tls_front: TlsFront, gone: str
) -> None:
    # The field check names it before anything is tried...
    dialog = parts.flows.open_sign_in()
    dialog.key.setText(KEY)
    dialog.secret.setText(SECRET)
    dialog.advanced.setChecked(True)
    dialog.url.setText(tls_front.url)
    dialog.ca_bundle.setText(gone)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert any(gone in label.text() for _, label in dialog.hints.values())
    dialog.close()
    # ...and Test connection itself, should the file go after the check.
    answers: list[TestAnswer] = []
    parts.account.tested.connect(answers.append)
    parts.account.test_connection(Account(KEY, tls_front.url, ca_bundle=gone), SECRET)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers[0].kind == INPUT
    assert gone in answers[0].sentence and "inside the app" not in answers[0].sentence


def test_cli_with_a_missing_ca_bundle_names_the_file(
    cli: Cli, tls_front: TlsFront, pbx: FakePBX, memory_keyring: MemoryKeyring, gone: str
) -> None:
    memory_keyring.items[(SERVICE, KEY)] = SECRET
    saved_key(tls_front.url, **{"api/caBundle": gone})

    code, _, err = cli("employees")

    assert code == 2
    assert gone in err
    assert "Traceback" not in err
    assert pbx.log() == []
