"""The client against a server that checks 2.0 signatures exactly like Binotel's PHP code
(tests/php/binotel_router.php under ``php -S``): no Python encoder on the server side, so
a signing mistake in binotel/wire.py cannot hide. php-cli is required in CI."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from calllauncher.binotel import AuthError, Client
from calllauncher.services.account import Account, verify
from tests.support.php import PHP_DIR, php_required

KEY, SECRET = "php-key", "php-secret/Зірка🔑\x7f"
TRICKY = 'Клієнт/VIP 😀\x7f "quoted" \\ \u2028'


class PhpServer:
    def __init__(self, url: str, log: Path) -> None:
        self.url = url
        self.log_path = log

    def requests(self) -> list[dict[str, str]]:
        if not self.log_path.exists():
            return []
        lines = self.log_path.read_text("utf-8").splitlines()
        return [json.loads(line) for line in lines]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def php_server(tmp_path: Path) -> Iterator[PhpServer]:
    php = php_required()
    port = _free_port()
    log = tmp_path / "php-requests.jsonl"
    env = {**os.environ, "BINOTEL_KEY": KEY, "BINOTEL_SECRET": SECRET, "BINOTEL_LOG": str(log)}
    process = subprocess.Popen(
        [php, "-S", f"127.0.0.1:{port}", str(PHP_DIR / "binotel_router.php")],
        cwd=PHP_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("php -S did not start")
                time.sleep(0.05)
        yield PhpServer(f"http://127.0.0.1:{port}/api/", log)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("version", ["2.0", "4.0"])
def test_every_operation_against_php(php_server: PhpServer, version: str) -> None:
    with Client(KEY, SECRET, base_url=php_server.url, api_version=version) as client:
        employees = {e.extension: e for e in client.settings.list_of_employees()}
        assert employees["901"].name == "Олена Коваленко"
        assert employees["901"].email == "o.kovalenko@example.com"
        assert employees["901"].endpoint_status == "inuse"
        assert not employees["907"].has_user and employees["907"].name == "Переговорна"
        assert {v.id: v.name for v in client.settings.list_of_voice_files()} == {
            "101": "Вітання",
            "102": "Оплата/борг",
        }
        assert [r.name for r in client.settings.list_of_routes()] == ["Робочий час"]
        started = client.calls.ext_to_phone(
            "901",
            "0443334023",
            call_time_to_ext=20,
            limit_call_time=120,
            playback_waiting=False,
            trunk_number="0443334000",
            caller_id_for_employee=TRICKY,
            async_=True,
        )
        assert started.general_call_id == "3049223200"
        bridged = client.calls.phone_to_phone(
            "0443334023", "0675550101", "0443334000", limit_call_time=60, playback_waiting=True
        )
        assert bridged.general_call_id == "3049223200"
        client.calls.call_with_announcement("0443334023", "102")
        client.calls.call_with_interactive_voice_response("0443334023", "Головне меню")
        client.calls.attended_call_transfer("3049223200", "902")
        client.calls.hangup_call("3049223200")
        records = client.stats.call_details(["3049223111", "3049223118"])
        assert records["3049223111"].number_withheld
        assert records["3049223111"].external_number == ""
        assert records["3049223111"].internal_kind == "name"
        assert records["3049223118"].external_number == "77011234567"
        assert records["3049223118"].internal_kind == "phone"
        assert records["3049223118"].comment == "Передзвонити/завтра"
        assert client.stats.online_calls() == {}
    assert len(php_server.requests()) == 11  # PHP saw (and accepted) every one


def test_sign_in_and_test_connection_with_20_against_php(php_server: PhpServer) -> None:
    """What the sign-in dialog's Test connection and the sign-in itself run."""
    employees = verify(Account(KEY, php_server.url, "2.0"), SECRET)
    assert {e.extension for e in employees} == {"901", "907"}


def test_php_refuses_what_the_old_encoding_signed(php_server: PhpServer) -> None:
    """The server is a real check: "{}" for no parameters, DEL escaped, a wrong secret."""
    import hashlib

    def post(method: str, body: dict[str, object]) -> dict[str, object]:
        answer = requests.post(f"{php_server.url}2.0/{method}.json", json=body, timeout=10)
        return dict(answer.json())

    old = hashlib.md5((SECRET + "{}").encode()).hexdigest()
    refused = post("settings/list-of-employees", {"signature": old, "key": KEY})
    assert refused["code"] == 121
    good = hashlib.md5((SECRET + "[]").encode()).hexdigest()
    assert post("settings/list-of-employees", {"signature": good, "key": KEY})["status"] == (
        "success"
    )
    params = {"callerIdForEmployee": "a\x7fb"}
    escaped = hashlib.md5((SECRET + '{"callerIdForEmployee":"a\\u007fb"}').encode()).hexdigest()
    assert post("calls/ext-to-phone", {**params, "signature": escaped, "key": KEY})["code"] == 121
    with (
        Client(KEY, SECRET + "x", base_url=php_server.url, api_version="2.0") as wrong,
        pytest.raises(AuthError),
    ):
        wrong.settings.list_of_voice_files()
