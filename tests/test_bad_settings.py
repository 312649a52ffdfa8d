"""Settings that can't be used, in the user's file, the administrator's preset or the
environment: the real window says which setting and where it came from, in a message that
stays, and goes on with a safe default (region UA, version 4.0) or refuses to send (an
address that is not https); the command line says the same and exits 2."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calllauncher.__main__ import main
from calllauncher.app import AppParts
from calllauncher.fakepbx import FakePBX
from calllauncher.services.credentials import SERVICE
from calllauncher.services.settings import AppSettings
from tests.support import account as shared
from tests.support.memory_keyring import MemoryKeyring
from tests.support.values import KEY, SECRET

EXT_TO_PHONE = "internal-number-to-external-number"
Result = tuple[int, str, str]
Cli = Callable[..., Result]


def user_file() -> Path:
    return Path(os.environ["CALLLAUNCHER_CONFIG_DIR"]) / "calllauncher.ini"


def preset(text: str) -> Path:
    path = Path(os.environ["CALLLAUNCHER_SYSTEM_CONFIG"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def save(**values: str) -> None:
    """Keys given as section__name: the user's own file."""
    settings = AppSettings()
    for key, value in values.items():
        settings.set(key.replace("__", "/"), value)
    settings.sync()


@pytest.fixture
def saved_account(pbx: FakePBX, memory_keyring: MemoryKeyring) -> FakePBX:
    """Signed in earlier (key in the user's file, secret in the keyring)."""
    save(account__key=KEY, account__extension="901", api__url=pbx.url)
    memory_keyring.items[(SERVICE, KEY)] = SECRET
    return pbx


launch = shared.launch  # build() and show, shut down after the test


def type_and_call(qtbot: QtBot, parts: AppParts, number: str = "0443334023") -> None:
    field = parts.window.form.number
    field.clear()
    qtbot.keyClicks(field, number)
    qtbot.keyClick(field, Qt.Key.Key_Return)


# ----- the window --------------------------------------------------------------------------


def test_an_unknown_region_reads_numbers_as_ukrainian_and_says_so(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    save(numbers__defaultRegion="ZZ")
    parts.settings = parts.window.settings = AppSettings()  # what a restart reads

    type_and_call(qtbot, parts)

    qtbot.waitUntil(lambda: bool(pbx.requests_for(EXT_TO_PHONE)), timeout=5000)
    assert pbx.requests_for(EXT_TO_PHONE)[0].params["externalNumber"] == "0443334023"
    banner = parts.window.banner
    said = [t for t in banner.texts if "“ZZ”" in t]
    assert len(said) == 1, banner.texts  # once, however many keys were typed
    assert str(user_file()) in said[0] and "Ukrainian" in said[0]
    qtbot.waitUntil(lambda: bool(parts.window.live.calls), timeout=5000)
    assert banner.isVisible() and said[0] in banner.texts  # the call did not hide it


def test_an_unknown_api_version_in_the_preset_uses_4_0_and_says_so(
    qtbot: QtBot, launch: Callable[[], AppParts], saved_account: FakePBX
) -> None:
    system = preset("[api]\nversion=3.0\n")

    parts = launch()

    qtbot.waitUntil(lambda: bool(parts.window.employees), timeout=5000)
    assert parts.connection.account is not None
    assert parts.connection.account.api_version == "4.0"
    said = parts.window.banner.text
    assert "“3.0”" in said and "preset" in said and str(system) in said and "4.0" in said
    type_and_call(qtbot, parts)
    qtbot.waitUntil(lambda: bool(saved_account.requests_for(EXT_TO_PHONE)), timeout=5000)


@pytest.mark.parametrize(
    ("where", "url", "words"),
    [
        ("user", "ftp://pbx.example.com/api/", ["not a web address", "your settings file"]),
        ("preset", "ftp://pbx.example.com/api/", ["not a web address", "preset file"]),
        ("env", "http://pbx.example.com/api/", ["http://", "CALLLAUNCHER_API_URL"]),
    ],
)
def test_an_address_that_is_not_https_sends_nothing_and_names_the_setting(
    qtbot: QtBot,
    launch: Callable[[], AppParts],
    saved_account: FakePBX,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    url: str,
    words: list[str],
) -> None:
    if where == "user":
        save(api__url=url)
    elif where == "preset":
        AppSettings().remove("api/url")
        preset(f"[api]\nurl={url}\n")
    else:
        monkeypatch.setenv("CALLLAUNCHER_API_URL", url)

    parts = launch()
    qtbot.waitUntil(lambda: parts.connection.signed_in, timeout=5000)
    type_and_call(qtbot, parts)  # no traceback, no request to anywhere
    qtbot.wait(200)

    banner = parts.window.banner
    assert banner.isVisible()
    assert url in banner.text
    for word in words:
        assert word in banner.text, banner.text
    assert len(banner.texts) == 1, banner.texts  # one sentence, not one per attempt
    assert saved_account.log() == []
    assert parts.window.form.number.text() == "0443334023"  # nothing typed is lost


# ----- the command line ------------------------------------------------------------------


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_refuses_an_unknown_region_rather_than_guess(cli: Cli, saved_account: FakePBX) -> None:
    save(numbers__defaultRegion="ZZ")

    code, out, err = cli("dial", "0443334023", "--ext", "901")

    assert code == 2
    assert out == ""
    assert "“ZZ”" in err and str(user_file()) in err
    assert "Traceback" not in err
    assert saved_account.log() == []


def test_cli_names_an_unknown_api_version(cli: Cli, saved_account: FakePBX) -> None:
    preset("[api]\nversion=3.0\n")

    code, _, err = cli("employees")

    assert code == 2
    assert "“3.0”" in err and "preset" in err and "--api-version" in err
    assert saved_account.log() == []
    assert cli("--api-version", "4.0", "employees")[0] == 0  # the way out it names


def test_cli_login_with_an_ftp_preset_refuses_before_asking_for_the_secret(
    cli: Cli, pbx: FakePBX, memory_keyring: MemoryKeyring
) -> None:
    preset("[api]\nurl=ftp://pbx.example.com/api/\n")

    code, out, err = cli("login", "--key", KEY, stdin=SECRET)

    assert code == 2
    assert "API secret" not in out + err  # not asked for
    assert "ftp://pbx.example.com/api/" in err and "preset file" in err
    assert memory_keyring.items == {}


def test_cli_names_the_environment_variable(
    cli: Cli, saved_account: FakePBX, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALLLAUNCHER_API_URL", "ftp://pbx.example.com/api/")

    code, _, err = cli("employees")

    assert code == 2
    assert "CALLLAUNCHER_API_URL" in err
    assert saved_account.log() == []
