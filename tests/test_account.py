"""Signing in through the real window and dialogs, against the simulated PBX over HTTP:
the welcome, each Test-connection answer, Save, a restart, switching, the demo, signing
out. The keyring is conftest's in-memory one; failing keyrings are in
test_account_keyring_failures.py and the real Secret Service in test_account_keyring.py."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from calllauncher.__main__ import main
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.credentials import SERVICE
from tests.support import account as shared
from tests.support.account import (
    Launch,
    closed_port,
    files_holding,
    fill,
    press_test,
    sign_in_through_the_dialog,
    user_ini,
    wait_for_welcome,
)
from tests.support.boxes import answer_next_box
from tests.support.memory_keyring import MemoryKeyring
from tests.support.tls import TlsFront
from tests.support.values import FAST, KEY, SECRET

launch = shared.launch
fast_restore = shared.fast_restore


# ----- first run, sign in, restart, sign out ---------------------------------------------


def test_first_run_welcomes(qtbot: QtBot, launch: Launch, memory_keyring: MemoryKeyring) -> None:
    parts = launch()

    wait_for_welcome(qtbot, parts)
    welcome = parts.flows.welcome
    assert welcome is not None
    assert welcome.sign_in_button.text() == "Sign in with your Binotel API key"
    assert welcome.demo_button.text() == "Try the demo PBX"
    assert not parts.connection.signed_in
    assert parts.window.status.text() == "Not signed in."
    qtbot.mouseClick(welcome.later_button, Qt.MouseButton.LeftButton)
    assert parts.flows.welcome is None
    assert "Sign in…" in parts.window.banner.text  # where to go later
    assert memory_keyring.items == {}


def test_sign_in_then_restart_is_signed_in_then_sign_out(
    qtbot: QtBot, launch: Launch, pbx: FakePBX, memory_keyring: MemoryKeyring, isolated: Path
) -> None:
    parts = launch()
    wait_for_welcome(qtbot, parts)
    welcome = parts.flows.welcome
    qtbot.mouseClick(welcome.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = parts.flows.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # only after a test that worked
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password
    fill(dialog, key=KEY, secret=SECRET, url=pbx.url)

    assert press_test(qtbot, dialog) == "ok"
    assert "8 employees" in dialog.answer.text
    assert dialog.extension.isVisible() and dialog.extension.count() == 9  # + a bare line
    assert dialog.extension.itemText(1) == "902 — Andrii Shevchenko"
    assert dialog.save_button.isEnabled()
    assert memory_keyring.items == {}  # testing saves nothing
    dialog.extension.setCurrentIndex(dialog.extension.findData("902"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)

    assert parts.flows.sign_in_dialog is None  # closed
    assert memory_keyring.items == {(SERVICE, KEY): SECRET}
    ini = user_ini()
    assert (ini.get("account", "key"), ini.get("account", "extension")) == (KEY, "902")
    assert ini.get("api", "url") == pbx.url
    assert files_holding(isolated, SECRET) == []
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
    assert parts.window.form.extension.currentData() == "902"
    assert parts.flows.switch_action.isVisible()
    assert not parts.flows.sign_in_action.isVisible()
    parts.window.close()
    parts.shutdown()

    # A restart: nothing asked, the secret comes from the keyring.
    again = launch()
    qtbot.waitUntil(lambda: again.connection.signed_in, timeout=5000)
    assert again.connection.account is not None
    assert (again.connection.account.key, again.connection.account.extension) == (KEY, "902")
    assert again.flows.welcome is None and again.flows.sign_in_dialog is None
    qtbot.waitUntil(lambda: bool(again.window.employees), timeout=5000)
    assert again.window.form.extension.currentData() == "902"

    answer_next_box()  # "Sign out and delete the secret…?" Yes
    again.flows.sign_out_action.trigger()
    qtbot.waitUntil(lambda: not again.connection.signed_in, timeout=5000)
    assert memory_keyring.items == {}
    assert not user_ini().has_option("account", "key")
    wait_for_welcome(qtbot, again)  # the way back in
    assert again.window.employees == []


def test_login_on_the_command_line_then_the_window_is_signed_in(
    qtbot: QtBot,
    launch: Launch,
    pbx: FakePBX,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    assert main(["--api-url", pbx.url, "login", "--key", KEY, "--ext", "903"]) == 0

    parts = launch()

    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    assert parts.window.own_extension == "903"
    answer_next_box()  # "Sign out and delete the secret…?" Yes
    parts.flows.sign_out_action.trigger()
    qtbot.waitUntil(lambda: not parts.connection.signed_in, timeout=5000)
    capsys.readouterr()
    assert main(["employees"]) == 4  # the window's sign-out is the command line's too


# ----- each answer of Test connection ----------------------------------------------------

ANSWERS = [
    pytest.param("wrong-secret", ["API key or secret is wrong", "121"], id="wrong-secret"),
    pytest.param("ip", ["refused this computer's IP address", "Binotel support"], id="ip-403"),
    pytest.param("not-json", ["did not answer properly", "IP address"], id="ip-not-json"),
    pytest.param("no-network", ["No network", "internet connection"], id="no-network"),
    pytest.param("certificate", ["Certificate problem", "CA bundle"], id="certificate"),
]


@pytest.mark.parametrize(("case", "words"), ANSWERS)
def test_each_answer_is_plain_and_saves_nothing(
    qtbot: QtBot,
    launch: Launch,
    pbx: FakePBX,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    case: str,
    words: list[str],
) -> None:
    url, secret, front = pbx.url, SECRET, None
    if case == "wrong-secret":
        secret = "not-the-secret-🔑"
    elif case == "ip":
        pbx.inject(Fault.HTTP_403, method="list_of_employees", count=3)
    elif case == "not-json":
        pbx.inject(Fault.NOT_JSON, method="list_of_employees", count=3)
    elif case == "no-network":
        url = f"http://127.0.0.1:{closed_port()}/api/"
    elif case == "certificate":
        front = TlsFront(pbx.port, tmp_path / "tls")
        url = front.url
    try:
        parts = launch()
        dialog = parts.flows.open_sign_in()
        fill(dialog, key=KEY, secret=secret, url=url)

        assert press_test(qtbot, dialog) == "error"
    finally:
        if front is not None:
            front.close()
    for word in words:
        assert word in dialog.answer.text, dialog.answer.text
    assert secret not in dialog.answer.text + dialog.answer.details.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.extension.isVisible()
    assert (dialog.key.text(), dialog.secret.text(), dialog.url.text()) == (KEY, secret, url)
    assert memory_keyring.items == {}
    assert not user_ini().has_option("account", "key")


def test_the_certificate_is_trusted_with_the_ca_bundle(
    qtbot: QtBot, launch: Launch, pbx: FakePBX, tmp_path: Path
) -> None:
    front = TlsFront(pbx.port, tmp_path / "tls")
    try:
        parts = launch()
        dialog = parts.flows.open_sign_in()
        fill(dialog, key=KEY, secret=SECRET, url=front.url)
        dialog.ca_bundle.setText(str(front.ca_file))
        assert press_test(qtbot, dialog) == "ok"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
        assert user_ini().get("api", "caBundle") == str(front.ca_file)
        qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)  # over TLS
    finally:
        front.close()


def test_bad_fields_are_marked_and_nothing_is_sent(
    qtbot: QtBot, launch: Launch, pbx: FakePBX
) -> None:
    parts = launch()
    dialog = parts.flows.open_sign_in()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    hint = {field: label for field, (_, label) in dialog.hints.items()}
    assert hint["key"].isVisible() and "API key" in hint["key"].text()
    assert hint["secret"].isVisible() and "secret" in hint["secret"].text()

    fill(dialog, key=KEY, secret=SECRET, url="http://pbx.example.com/api/")
    dialog.advanced.setChecked(False)
    dialog.ca_bundle.setText(str(Path(os.environ["CALLLAUNCHER_CONFIG_DIR"]) / "no.pem"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.advanced.isChecked()  # opened to show what is wrong
    assert not hint["key"].isVisible()
    assert "https://" in hint["url"].text()
    assert "does not exist" in hint["ca_bundle"].text()
    qtbot.wait(100)
    assert pbx.log() == []
    assert dialog.key.text() == KEY  # nothing typed is lost


def test_editing_after_a_good_test_needs_a_new_test(
    qtbot: QtBot, launch: Launch, pbx: FakePBX
) -> None:
    parts = launch()
    dialog = parts.flows.open_sign_in()
    fill(dialog, key=KEY, secret=SECRET, url=pbx.url)
    assert press_test(qtbot, dialog) == "ok"

    qtbot.keyClicks(dialog.secret, "x")

    assert not dialog.save_button.isEnabled()
    assert not dialog.answer.isVisible() and not dialog.extension.isVisible()
    assert press_test(qtbot, dialog) == "error"  # SECRET + "x" is wrong


def test_the_secret_can_be_shown_and_goes_when_the_dialog_closes(
    qtbot: QtBot, launch: Launch
) -> None:
    parts = launch()
    dialog = parts.flows.open_sign_in()
    dialog.secret.setText(SECRET)

    qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.reveal.text() == "Hide"
    qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password

    left_behind: list[str] = []
    dialog.finished.connect(lambda _: left_behind.append(dialog.secret.text()))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert left_behind == [""]
    assert parts.flows.sign_in_dialog is None


def test_testing_runs_on_a_worker(qtbot: QtBot, launch: Launch, pbx: FakePBX) -> None:
    pbx.inject(Fault.SLOW, delay=1.0, method="list_of_employees")
    parts = launch()
    dialog = parts.flows.open_sign_in()
    fill(dialog, key=KEY, secret=SECRET, url=pbx.url)

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    # The click came straight back: the PBX holds its answer for a second, and the dialog
    # says it is waiting for it (a click that waited would find the answer here).
    assert dialog.answer.text == "Testing the connection…"
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.answer.kind == "ok", timeout=5000)
    assert dialog.test_button.isEnabled()


def test_api_2_0_signs_in_too(
    qtbot: QtBot, launch: Launch, pbx: FakePBX, memory_keyring: MemoryKeyring
) -> None:
    parts = launch()
    dialog = parts.flows.open_sign_in()
    fill(dialog, key=KEY, secret=SECRET, url=pbx.url, version="2.0")

    assert press_test(qtbot, dialog) == "ok"
    assert pbx.requests_for("list_of_employees")[-1].version == "2.0"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    assert user_ini().get("api", "version") == "2.0"


# ----- switching, the demo ---------------------------------------------------------------


def test_switching_accounts(
    qtbot: QtBot, launch: Launch, pbx: FakePBX, memory_keyring: MemoryKeyring, isolated: Path
) -> None:
    other_key, other_secret = "other-key-5678", "другий-secret-💡"
    with FakePBX(key=other_key, secret=other_secret, time_scale=FAST) as other:
        parts = launch()
        wait_for_welcome(qtbot, parts)
        parts.flows.welcome.reject()
        sign_in_through_the_dialog(qtbot, parts, pbx.url, extension="902")
        assert not parts.flows.sign_in_action.isVisible()

        parts.flows.switch_action.trigger()
        dialog = parts.flows.sign_in_dialog
        assert dialog is not None and dialog.windowTitle() == "Switch account"
        assert dialog.key.text() == "" and dialog.url.text() == pbx.url
        sign_in_through_the_dialog(
            qtbot, parts, other.url, key=other_key, secret=other_secret, extension="903"
        )

        assert memory_keyring.items == {(SERVICE, other_key): other_secret}  # old one gone
        ini = user_ini()
        assert (ini.get("account", "key"), ini.get("account", "extension")) == (other_key, "903")
        assert parts.connection.account is not None
        assert parts.connection.account.key == other_key
        qtbot.waitUntil(lambda: bool(other.requests_for("list_of_employees")), timeout=5000)
        qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
        assert parts.window.form.extension.currentData() == "903"
        assert files_holding(isolated, other_secret) == []


def test_the_demo_from_the_welcome_then_a_real_account(
    qtbot: QtBot, launch: Launch, pbx: FakePBX
) -> None:
    parts = launch()
    wait_for_welcome(qtbot, parts)

    qtbot.mouseClick(parts.flows.welcome.demo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: parts.connection.is_demo, timeout=5000)
    demo = parts.account.demo_pbx
    assert demo is not None
    assert parts.window.windowTitle() == "DEMO — CallLauncher"  # the app name once
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
    assert parts.window.form.company.count() == 3  # the demo's company numbers
    assert parts.flows.sign_in_action.isVisible()
    assert parts.flows.sign_out_action.text() == "Leave the &demo"
    assert not user_ini().has_option("account", "key")  # the demo is not an account

    sign_in_through_the_dialog(qtbot, parts, pbx.url)

    assert parts.account.demo_pbx is None  # stopped
    assert parts.window.windowTitle() == "CallLauncher"
    assert parts.window.form.company.count() == 0


def test_started_with_demo_then_signed_in_uses_the_real_preferences(
    qtbot: QtBot, launch: Launch, pbx: FakePBX
) -> None:
    parts = launch(demo=True)
    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
    assert parts.window.own_extension == "901"

    sign_in_through_the_dialog(qtbot, parts, pbx.url, extension="904")

    assert parts.window.settings is parts.account.settings  # calllauncher.ini, not demo.ini
    assert parts.window.own_extension == "904"
    assert user_ini().get("account", "extension") == "904"


# ----- the sentences on their own --------------------------------------------------------


def test_other_failures_still_get_a_plain_answer() -> None:
    from calllauncher.binotel import errors as e
    from calllauncher.controller.account import PBX, answer_for, keyring_problem
    from calllauncher.services.credentials import CredentialError, KeyringKind

    disabled = answer_for(e.api_error(120, "company disabled"))
    assert disabled.kind == PBX and "disabled" in disabled.sentence
    assert "120" in disabled.details
    odd = answer_for(RuntimeError(SECRET))  # whatever it says, only its type is shown
    assert "Something went wrong" in odd.sentence and odd.details == "RuntimeError"
    assert SECRET not in odd.sentence + odd.details
    empty = answer_for(e.ProtocolError(e.Answer.EMPTY, http_status=200, may_be_ip_block=True))
    assert "no data" in empty.sentence and "IP address" in empty.sentence
    refusal = CredentialError(KeyringKind.REFUSED, "PasswordGetError", action="read")
    reading = keyring_problem(refusal, reading=True)
    assert "refused to read" in reading.sentence and reading.can_retry
    assert reading.details == "PasswordGetError"
