"""The command line, in process (``main([...])``) against the simulated PBX, plus the demo
as a real subprocess. The real Secret Service has its own module (test_keyring.py); here the
keyring is the in-memory one from conftest, or a test double that fails."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from calllauncher import phone
from calllauncher.fakepbx import FakePBX, Fault, LoggedRequest
from calllauncher.services.credentials import SERVICE, CredentialError, KeyringStore
from calllauncher.wording.numbers import reason_text
from calllauncher.wording.sign_in import keyring_sentence
from tests.support.cli import Cli, Result
from tests.support.memory_keyring import MemoryKeyring
from tests.support.values import KEY, SECRET

NUMBER = "0443334023"


def ini() -> configparser.ConfigParser:
    """The user's settings file, read as plain INI."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(os.environ["CALLLAUNCHER_CONFIG_DIR"]) / "calllauncher.ini", "utf-8")
    return parser


def files_holding_secret(root: Path, secret: str = SECRET) -> list[Path]:
    """Files under ``root`` with the secret in any likely form (raw, or its ASCII start,
    which survives INI escaping of the non-ASCII rest)."""
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le"), secret[:7].encode("ascii")]
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


def only(requests: list[LoggedRequest]) -> LoggedRequest:
    assert len(requests) == 1, requests
    return requests[0]


def call_id_of(out: str) -> str:
    first = out.splitlines()[0]
    assert first.isdigit(), out
    return first


# ----- login / logout --------------------------------------------------------------------


def test_login_saves_secret_only_in_the_keyring(
    cli: Cli, pbx: FakePBX, memory_keyring: MemoryKeyring, isolated: Path
) -> None:
    code, out, err = cli(
        "--api-url", pbx.url, "login", "--key", KEY, "--ext", "901", stdin=SECRET + "\n"
    )

    assert code == 0, err
    assert "Signed in" in out
    assert memory_keyring.items == {(SERVICE, KEY): SECRET}
    settings = ini()
    assert settings.get("account", "key") == KEY
    assert settings.get("account", "extension") == "901"
    assert settings.get("api", "url") == pbx.url
    # The key and secret were checked against the PBX before anything was saved.
    sent = only(pbx.requests_for("list_of_employees"))
    assert (sent.body["key"], sent.body["secret"]) == (KEY, SECRET)
    assert files_holding_secret(isolated) == []
    assert SECRET not in out + err
    assert SECRET[:7] not in out + err


def test_login_with_a_wrong_secret_saves_nothing(
    cli: Cli, pbx: FakePBX, memory_keyring: MemoryKeyring, isolated: Path
) -> None:
    wrong = "not-the-secret-🔑"
    code, out, err = cli("--api-url", pbx.url, "login", "--key", KEY, stdin=wrong + "\n")

    assert code == 1
    assert "121" in err
    assert memory_keyring.items == {}
    assert not ini().has_option("account", "key")
    assert files_holding_secret(isolated, wrong) == []
    assert wrong not in out + err


def test_login_without_a_secret_is_a_usage_error(
    cli: Cli, pbx: FakePBX, memory_keyring: MemoryKeyring
) -> None:
    code, _, err = cli("--api-url", pbx.url, "login", "--key", KEY, stdin="\n")

    assert code == 2
    assert "secret" in err.lower()
    assert memory_keyring.items == {}
    assert pbx.log() == []


def test_login_refuses_plain_http_to_another_host_before_sending_the_secret(
    cli: Cli, memory_keyring: MemoryKeyring, isolated: Path
) -> None:
    code, _, err = cli(
        "--api-url", "http://pbx.example.com/api/", "login", "--key", KEY, stdin=SECRET
    )

    assert code == 2
    assert "https" in err
    assert memory_keyring.items == {}
    assert not ini().has_option("account", "key")


def test_logout_deletes_the_secret_and_the_key(
    cli: Cli, signed_in: FakePBX, memory_keyring: MemoryKeyring, isolated: Path
) -> None:
    assert (SERVICE, KEY) in memory_keyring.items

    code, out, err = cli("logout")

    assert code == 0, err
    assert "Signed out" in out
    assert (SERVICE, KEY) not in memory_keyring.items
    assert not ini().has_option("account", "key")
    assert cli("logout")[0] == 0  # signing out twice is fine
    code, _, err = cli("dial", NUMBER)
    assert code == 4
    assert "login" in err


# ----- the operations, on the wire -------------------------------------------------------


def test_dial_with_every_option(cli: Cli, signed_in: FakePBX) -> None:
    pbx = signed_in
    code, out, err = cli(
        "dial", "+380 44 333-40-23",
        "--ext", "902",
        "--from", "0675550101",
        "--async",
        "--ring-time", "20",
        "--limit", "60",
        "--no-wait-message",
        "--show-as", "CRM: Олена",
    )  # fmt: skip

    assert code == 0, err
    call_id = call_id_of(out)
    assert out.splitlines() == [call_id]
    assert pbx.call_ids() == [call_id]
    sent = only(pbx.requests_for("ext_to_phone"))
    assert (sent.version, sent.method) == ("4.0", "internal-number-to-external-number")
    assert sent.params == {
        "internalNumber": "902",
        "externalNumber": NUMBER,
        "pbxNumber": "0675550101",
        "async": True,
        "callTimeToExt": 20,
        "limitCallTime": 60,
        "playbackWaiting": False,
        "callerIdForEmployee": "CRM: Олена",
    }
    assert (sent.body["key"], sent.body["secret"]) == (KEY, SECRET)
    assert SECRET not in out + err


def test_dial_uses_the_saved_extension_and_sends_no_optional_fields(
    cli: Cli, signed_in: FakePBX
) -> None:
    code, out, err = cli("dial", "044 333 40 23")

    assert code == 0, err
    call_id_of(out)
    sent = only(signed_in.requests_for("ext_to_phone"))
    assert sent.params == {"internalNumber": "901", "externalNumber": NUMBER}


def test_dial_over_api_2_0_uses_the_2_0_names_and_a_signature(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli(
        "--api-version", "2.0", "dial", NUMBER, "--from", "0675550101", "--limit", "30"
    )

    assert code == 0, err
    call_id_of(out)
    sent = only(signed_in.requests_for("ext_to_phone"))
    assert (sent.version, sent.method) == ("2.0", "ext-to-phone")
    assert sent.params == {
        "ext_number": "901",
        "phone_number": NUMBER,
        "trunkNumber": "0675550101",
        "limitCallTime": 30,
    }
    assert sent.body["key"] == KEY
    assert "secret" not in sent.body
    assert len(sent.body["signature"]) == 32


def test_bridge(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli(
        "bridge", NUMBER, "0675550199", "--from", "0800300123", "--limit", "45",
        "--no-wait-message",
    )  # fmt: skip

    assert code == 0, err
    assert signed_in.call_ids() == [call_id_of(out)]
    sent = only(signed_in.requests_for("phone_to_phone"))
    assert (sent.version, sent.method) == ("4.0", "external-number-to-external-number")
    assert sent.params == {
        "externalNumber1": NUMBER,
        "externalNumber2": "0675550199",
        "pbxNumber": "0800300123",
        "limitCallTime": 45,
        "playbackWaiting": False,
    }


def test_bridge_without_a_company_number_is_a_usage_error(cli: Cli, signed_in: FakePBX) -> None:
    code, _, err = cli("bridge", NUMBER, "0675550199")

    assert code == 2
    assert "--from" in err
    assert signed_in.log() == []


def test_announce(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli("announce", NUMBER, "--voice-file", "102")

    assert code == 0, err
    assert signed_in.call_ids() == [call_id_of(out)]
    sent = only(signed_in.requests_for("call_with_announcement"))
    assert sent.method == "call-with-announcement"
    assert sent.params == {"externalNumber": NUMBER, "voiceFileID": "102"}


def test_ivr(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli("ivr", NUMBER, "--ivr", "Головне меню")

    assert code == 0, err
    assert signed_in.call_ids() == [call_id_of(out)]
    sent = only(signed_in.requests_for("call_with_interactive_voice_response"))
    assert sent.method == "call-with-interactive-voice-response"
    assert sent.params == {"externalNumber": NUMBER, "ivrName": "Головне меню"}


def test_transfer_status_and_hangup_of_a_live_call(cli: Cli, signed_in: FakePBX) -> None:
    pbx = signed_in
    pbx.talk_for = 600.0  # keep the call alive (30 s real) for the whole test
    code, out, err = cli("dial", NUMBER)
    assert code == 0, err
    call_id = call_id_of(out)

    code, out, err = cli("status", call_id)
    assert code == 0, err
    assert out.strip() in {"starting", "dialling"} or out.startswith(("talking ", "not listed"))
    sent = pbx.requests_for("call_details")[-1]
    assert sent.method == "call-details"
    assert sent.params == {"generalCallID": call_id}

    code, out, err = cli("transfer", call_id, "903")
    assert code == 0, err
    assert out.strip() == f"call {call_id} transferred to 903"
    sent = only(pbx.requests_for("attended_call_transfer"))
    assert sent.method == "attended-call-transfer"
    assert sent.params == {"generalCallID": call_id, "externalNumber": "903"}
    state = pbx.call_state(call_id)
    assert state is not None and state["transferredTo"] == "903"

    code, out, err = cli("hangup", call_id)
    assert code == 0, err
    assert out.strip() == f"call {call_id} hung up"
    sent = only(pbx.requests_for("hangup_call"))
    assert sent.method == "hangup-call"
    assert sent.params == {"generalCallID": call_id}
    state = pbx.call_state(call_id)
    assert state is not None and state["hungUp"]


def test_status_of_a_call_the_pbx_does_not_list(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli("status", "3049000001")

    assert code == 0, err
    assert out.startswith("not listed yet")
    assert only(signed_in.requests_for("call_details")).params == {"generalCallID": "3049000001"}


def test_employees(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli("employees")

    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(signed_in.employees)
    assert lines[0].split()[:3] == ["901", "Олена", "Коваленко"]
    assert any("909" in line and "Sofiia Lysenko" in line for line in lines)
    sent = only(signed_in.requests_for("list_of_employees"))
    assert (sent.version, sent.method, sent.params) == ("4.0", "list-of-employees", {})


def test_voice_files(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli("voice-files")

    assert code == 0, err
    assert any(
        line.split()[0] == "102" and "Нагадування про оплату" in line for line in out.splitlines()
    )
    sent = only(signed_in.requests_for("list_of_voice_files"))
    assert (sent.method, sent.params) == ("list-of-voice-files", {})


# ----- exit codes ------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["044-333-ABC", "12"])
def test_bad_number_exits_2_and_sends_nothing(cli: Cli, signed_in: FakePBX, number: str) -> None:
    with pytest.raises(phone.NumberError) as reason:
        phone.normalize(number, phone.DEFAULT_REGION, allow_extension=False)

    code, out, err = cli("dial", number, "--ext", "901")

    assert code == 2
    assert out == ""
    assert reason_text(reason.value) in err  # the window's sentence, in words
    assert signed_in.log() == []


def test_dial_without_saved_credentials_exits_4(cli: Cli, pbx: FakePBX) -> None:
    code, out, err = cli("--api-url", pbx.url, "dial", NUMBER, "--ext", "901")

    assert code == 4
    assert out == ""
    assert "login" in err
    assert pbx.log() == []


def test_dial_when_the_keyring_lost_the_secret_exits_4(
    cli: Cli, signed_in: FakePBX, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.items.clear()

    code, _, err = cli("dial", NUMBER)

    assert code == 4
    assert "keyring" in err
    assert signed_in.log() == []


def test_pbx_refusal_exits_1_with_the_code(cli: Cli, signed_in: FakePBX) -> None:
    signed_in.inject(Fault.ERROR, code=104, method="ext_to_phone")

    code, out, err = cli("dial", NUMBER)

    assert code == 1
    assert out == ""
    assert "104" in err
    assert signed_in.call_ids() == []


def test_network_failure_exits_3(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli("--api-url", "http://127.0.0.1:9/api/", "dial", NUMBER)

    assert code == 3
    assert out == ""
    assert "calllauncher:" in err
    assert signed_in.log() == []


def test_plain_http_to_another_host_exits_2(cli: Cli, signed_in: FakePBX) -> None:
    code, _, err = cli("--api-url", "http://pbx.example.com/api/", "employees")

    assert code == 2
    assert "https://" in err


# ----- keyring failures (test doubles; the real Secret Service is in test_keyring.py) ----


def refusing_keyring(error: Exception) -> KeyringBackend:
    """A keyring that reads nothing and raises ``error`` on every write.

    Made per test, after the default keyring was chosen, so it is never a candidate.
    """

    class Refusing(KeyringBackend):
        priority = 0  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise error

        def delete_password(self, service: str, username: str) -> None:
            raise error

    return Refusing()


@pytest.fixture
def no_files_written(isolated: Path) -> Iterator[None]:
    before = sorted(p for p in isolated.rglob("*") if p.is_file())
    yield
    assert sorted(p for p in isolated.rglob("*") if p.is_file()) == before


def locked_keychain() -> KeyringBackend:
    # macOS words it so: only the type, not the text, says the keychain is locked.
    return refusing_keyring(
        keyring.errors.KeyringLocked(
            "Can't store password on keychain: (-128, 'Keychain Access Denied')"
        )
    )


# (backend factory, CredentialError kind, words the message has, words it must not have)
KEYRING_FAILURES = [
    pytest.param(
        keyring.backends.fail.Keyring,
        "unavailable",
        ["no keyring", "secret service"],
        ["refused", "is locked"],
        id="none",
    ),
    pytest.param(
        lambda: refusing_keyring(keyring.errors.KeyringLocked("Collection is locked")),
        "locked",
        ["is locked", "unlock it"],
        ["refused"],
        id="locked",
    ),
    pytest.param(locked_keychain, "locked", ["is locked", "unlock it"], ["refused"], id="keychain"),
    pytest.param(
        lambda: refusing_keyring(keyring.errors.PasswordSetError("Failed to store password")),
        "refused",
        ["refused", "PasswordSetError"],
        ["is locked"],
        id="refused",
    ),
]


@pytest.mark.parametrize(("make_backend", "kind", "words", "not_words"), KEYRING_FAILURES)
def test_keyring_store_names_the_failure(
    make_backend: Callable[[], KeyringBackend], kind: str, words: list[str], not_words: list[str]
) -> None:
    keyring.set_keyring(make_backend())  # conftest puts its own back afterwards

    with pytest.raises(CredentialError) as failure:
        KeyringStore().save(KEY, SECRET)

    message = keyring_sentence(failure.value).lower()  # what the command line says
    assert failure.value.kind == kind
    assert all(word.lower() in message for word in words), message
    assert not any(word.lower() in message for word in not_words), message
    assert SECRET.lower() not in message


@pytest.mark.usefixtures("no_files_written")
@pytest.mark.parametrize(("make_backend", "kind", "words", "not_words"), KEYRING_FAILURES)
def test_login_when_the_keyring_fails_exits_4_and_saves_nothing(
    cli: Cli,
    pbx: FakePBX,
    make_backend: Callable[[], KeyringBackend],
    kind: str,
    words: list[str],
    not_words: list[str],
) -> None:
    keyring.set_keyring(make_backend())  # conftest puts its own back afterwards

    code, out, err = cli("--api-url", pbx.url, "login", "--key", KEY, stdin=SECRET + "\n")

    assert code == 4
    assert "Signed in" not in out
    for word in words:
        assert word.lower() in err.lower(), err
    for word in not_words:
        assert word.lower() not in err.lower(), err
    # The window can keep a secret for this session only and has a Retry button; a
    # command can do neither, so it offers neither.
    assert "session only" not in err and "Retry" not in err, err
    assert SECRET not in out + err


def test_logout_when_no_keyring_is_available_exits_4(cli: Cli, signed_in: FakePBX) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())

    code, _, err = cli("logout")

    assert code == 4
    assert "keyring" in err.lower()
    assert ini().get("account", "key") == KEY  # still signed in: nothing was deleted


# ----- the demo, as a real program -------------------------------------------------------


def run_program(*args: str, stdin: str | None = None, timeout: float = 60) -> Result:
    env = {
        **os.environ,  # conftest's isolated folders and fast demo time scale
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUTF8": "1",
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("CALLLAUNCHER_API_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "calllauncher", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def test_demo_dial_follow_runs_to_the_end() -> None:
    assert os.environ["CALLLAUNCHER_DEMO_TIME_SCALE"] == "0.05"

    code, out, err = run_program("--demo", "dial", NUMBER, "--ext", "901", "--follow")

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].isdigit(), out
    states = lines[1:]
    assert any(s == "dialling" or s.startswith("talking ") for s in states[:-1]), out
    assert states[-1].startswith("ended: answered "), out


def test_demo_dial_follow_to_a_busy_number() -> None:
    code, out, err = run_program("--demo", "dial", "0443331111", "--ext", "901", "--follow")

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].isdigit(), out
    assert lines[-1] == "ended: busy", out


def test_demo_employees() -> None:
    code, out, err = run_program("--demo", "employees")

    assert code == 0, err
    lines = out.splitlines()
    assert any(line.split()[0] == "901" for line in lines), out
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in line) for line in lines), out
    assert "Олена Коваленко" in out


# ----- issue 11: hardening ----------------------------------------------------------------


def test_follow_gives_up_on_a_call_the_pbx_never_lists(
    cli: Cli, signed_in: FakePBX, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calllauncher.cli import commands

    monkeypatch.setattr(commands, "UNLISTED_LIMIT", 2.0)  # 60 s in real use
    code, out, err = cli("status", "3049000001", "--follow")

    assert code == 3, err
    assert out == ""
    assert "has not listed call 3049000001 after 2 seconds" in err
    assert "calllauncher status 3049000001" in err
    assert len(signed_in.requests_for("call_details")) >= 2  # it did keep asking meanwhile


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (("dail", "0671234567"), "Did you mean “dial”?"),
        (("employes",), "Did you mean “employees”?"),
        (("--demo", "voicefiles"), "Did you mean “voice-files”?"),
        (("frobnicate",), "Commands: dial, bridge,"),
    ],
)
def test_a_mistyped_command_is_a_usage_error(
    cli: Cli, args: tuple[str, ...], suggestion: str
) -> None:
    """Not taken as a link: the window would start and say it can't dial "employes"."""
    code, out, err = cli(*args)

    assert code == 2
    assert out == ""
    assert "is not a command, a link or a phone number" in err
    assert suggestion in err


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (("dial", NUMBER, "--ring-time", "-5"), "--ring-time: give whole seconds from 5 to 120"),
        (("dial", NUMBER, "--ring-time", "0"), "--ring-time: give whole seconds from 5 to 120"),
        (("dial", NUMBER, "--limit", str(10**23)), "--limit: give whole seconds from 1 to 14400"),
        (("dial", NUMBER, "--limit", "ten"), "--limit: give whole seconds from 1 to 14400"),
        (("bridge", NUMBER, "0501234567", "--limit", "-1"), "--limit: give whole seconds"),
    ],
)
def test_out_of_range_seconds_are_refused_before_sending(
    cli: Cli, signed_in: FakePBX, args: tuple[str, ...], what: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli(*args)
    assert stopped.value.code == 2
    assert signed_in.log() == []


@pytest.mark.parametrize("number", ["112", "tel:112", "101", "102", "103", "104"])
def test_emergency_numbers_are_refused(cli: Cli, signed_in: FakePBX, number: str) -> None:
    code, _, err = cli("dial", number)

    assert code == 2
    assert "is an emergency number" in err
    assert "Dial it from a phone directly" in err
    assert signed_in.log() == []


def test_my_extension_may_look_like_an_emergency_number(cli: Cli, signed_in: FakePBX) -> None:
    """It is rung, not dialled out: an office whose desk phone is 101 still calls out."""
    _, _, err = cli("dial", NUMBER, "--ext", "101")
    assert "emergency" not in err  # sent (the simulated PBX has no line 101 and says so)
    assert only(signed_in.requests_for("ext_to_phone")).params["internalNumber"] == "101"


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    """``calllauncher employees | head -1``: the reader leaves before all is written."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "calllauncher", "--demo", "employees"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # gone before the first line is printed
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(60) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert err == ""


def test_dial_uses_the_saved_call_defaults_as_the_window_does(cli: Cli, signed_in: FakePBX) -> None:
    from calllauncher.services.settings import AppSettings

    settings = AppSettings()
    settings.set("call/ringTime", 45)
    settings.set("call/limitTime", 120)
    settings.set("call/playbackWaiting", False)
    settings.set("call/companyNumber", "0675550101")
    settings.sync()

    code, out, err = cli("dial", "044 333 40 23")

    assert code == 0, err
    call_id_of(out)
    sent = only(signed_in.requests_for("ext_to_phone"))
    assert sent.params == {
        "internalNumber": "901",
        "externalNumber": NUMBER,
        "pbxNumber": "0675550101",
        "callTimeToExt": 45,
        "limitCallTime": 120,
        "playbackWaiting": False,
    }


def test_what_the_command_line_gives_wins_over_the_saved_defaults(
    cli: Cli, signed_in: FakePBX
) -> None:
    from calllauncher.services.settings import AppSettings

    settings = AppSettings()
    settings.set("call/ringTime", 45)
    settings.set("call/limitTime", 120)
    settings.sync()

    code, _, err = cli("dial", NUMBER, "--ring-time", "20", "--limit", "60", "--no-wait-message")

    assert code == 0, err
    params = only(signed_in.requests_for("ext_to_phone")).params
    assert (params["callTimeToExt"], params["limitCallTime"]) == (20, 60)
    assert params["playbackWaiting"] is False


def test_presence_shows_then_sets_my_status_with_one_request(cli: Cli, signed_in: FakePBX) -> None:
    code, out, err = cli("presence")
    assert code == 0, err
    assert out.strip() == "901  Available"
    assert not signed_in.requests_for("change-employee-presence-state")

    code, out, err = cli("presence", "break")
    assert code == 0, err
    assert out.strip() == "901  On a break"
    (sent,) = signed_in.requests_for("change-employee-presence-state")
    me = next(e for e in signed_in.employees if e["endpointData"]["internalNumber"] == "901")
    assert sent.params == {"employeeID": str(me["employeeID"]), "presenceState": "break in work"}
    code, out, _ = cli("presence")
    assert out.strip() == "901  On a break"  # the PBX kept it

    code, _, err = cli("presence", "--ext", "999")
    assert code == 2 and "999" in err
    with pytest.raises(SystemExit) as stopped:  # argparse's own usage error
        cli("presence", "lunch")
    assert stopped.value.code == 2
