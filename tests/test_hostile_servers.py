"""The transport against servers that are not ours and misbehave on purpose: it reuses its
connections, never follows a redirect, stops reading a bomb, gives up on a drip at its
deadline, and connects only where the URL check looked."""

from __future__ import annotations

import gzip
import io
import os
import socket
import threading
import time
import tracemalloc
import zlib
from typing import Any

import pytest
import requests  # noqa: TID251 - requests itself is what the reused request is compared with

from calllauncher.binotel import (
    BinotelError,
    Client,
    ConfigError,
    ProtocolError,
    RequestTimeout,
    Transport,
)
from calllauncher.binotel.errors import MAX_RETRY_AFTER, Answer, RateLimitError, api_error
from calllauncher.binotel.http import Watchdog, post_json, when_written
from calllauncher.binotel.urls import check_base_url
from calllauncher.fakepbx import FakePBX, Fault
from tests.support.hostile import HostileServer, answer
from tests.support.values import KEY, SECRET

OK = b'{"status": "success", "listOfEmployees": []}'


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_sessions_are_reused_across_fresh_threads() -> None:
    """Each job of a thread pool may run on a new Python thread state; the old
    thread-local session was lost after every job, with its kept-alive socket left open."""
    ok = b'{"status": "success", "listOfVoiceFiles": []}'
    with HostileServer(lambda c, r: answer(c, "200 OK", {}, ok), keep_alive=True) as server:
        client = Client(KEY, SECRET, base_url=server.url)
        client.settings.list_of_voice_files()  # warm: one session, one connection
        before = open_files()
        for _ in range(150):
            t = threading.Thread(target=client.settings.list_of_voice_files)
            t.start()
            t.join()
        assert open_files() - before <= 2
        assert client.transport.sessions.created <= 2
        client.close()


def test_concurrent_requests_each_get_their_own_session(pbx: FakePBX) -> None:
    with Client(KEY, SECRET, base_url=pbx.url) as client:
        errors: list[BaseException] = []

        def work() -> None:
            try:
                for _ in range(20):
                    client.settings.list_of_voice_files()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        # As many threads as the pool keeps: then no session is ever dropped and made
        # again, so "created" counts exactly the sessions in use at once (with 6 threads it
        # churned past 6 under load: the bound was the flake, not the pool).
        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        assert client.transport.sessions.created <= 4
        assert client.transport.sessions.idle <= 4


@pytest.mark.parametrize(
    "status",
    ["301 Moved", "302 Found", "303 See Other", "307 Temporary Redirect", "308 Permanent Redirect"],
)
def test_a_redirect_is_never_followed(status: str) -> None:
    with HostileServer(lambda c, r: answer(c, "200 OK", {}, OK)) as thief:

        def redirect(conn: socket.socket, raw: bytes) -> None:
            answer(conn, status, {"Location": f"http://127.0.0.1:{thief.port}/steal"}, b"")

        with HostileServer(redirect) as pbx:
            client = Client(KEY, SECRET, base_url=pbx.url)
            with pytest.raises(ProtocolError) as caught:
                client.calls.ext_to_phone(ext_number="901", phone_number="0443334023")
            client.close()
    assert thief.requests == []
    assert len(pbx.requests) == 1  # and the call start was not re-sent anywhere
    assert caught.value.what == Answer.REDIRECT and "somewhere else" in str(caught.value)
    assert SECRET not in caught.value.details


def gzip_bomb(size: int) -> bytes:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    out = [squeeze.compress(block) for _ in range(size >> 20)]
    return b"".join(out) + squeeze.flush()


def test_a_decompression_bomb_is_cut_off() -> None:
    bomb = gzip_bomb(256 << 20)  # 256 MiB of zeros in ~250 KiB
    assert len(bomb) < 1 << 20

    def serve(conn: socket.socket, raw: bytes) -> None:
        answer(
            conn,
            "200 OK",
            {"Content-Type": "application/json", "Content-Encoding": "gzip"},
            bomb,
        )

    with HostileServer(serve) as server:
        client = Client(KEY, SECRET, base_url=server.url)
        tracemalloc.start()
        try:
            with pytest.raises(ProtocolError) as caught:
                client.settings.list_of_employees()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            client.close()
    assert peak < 64 << 20  # the cap is 16 MiB; never the whole 256 MiB
    assert caught.value.what == Answer.TOO_LARGE and "far too large" in str(caught.value)


def test_a_plain_answer_over_the_cap_is_refused_from_its_length() -> None:
    with HostileServer(lambda c, r: answer(c, "200 OK", {}, b" " * 4096)) as server:
        transport = Transport(server.url, max_answer_bytes=1024)
        with pytest.raises(ProtocolError):
            transport.post("x.json", {}, starts_call=False)
        transport.close()


def test_gzip_answers_within_the_cap_still_work() -> None:
    body = gzip.compress(OK)
    gzipped = HostileServer(lambda c, r: answer(c, "200 OK", {"Content-Encoding": "gzip"}, body))
    with gzipped as server, Client(KEY, SECRET, base_url=server.url) as client:
        assert client.settings.list_of_employees() == []


def drip_body(conn: socket.socket, raw: bytes) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
    )
    for _ in range(1000):
        conn.sendall(b" ")
        time.sleep(0.2)


def drip_headers(conn: socket.socket, raw: bytes) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for _ in range(1000):
        conn.sendall(b"X")
        time.sleep(0.2)


@pytest.mark.parametrize("drip", [drip_body, drip_headers], ids=["body", "headers"])
def test_a_dripping_server_meets_the_overall_deadline(drip: Any) -> None:
    with HostileServer(drip) as server:
        transport = Transport(
            server.url, connect_timeout=0.5, read_timeout=1.0, deadline_margin=0.5
        )
        began = time.monotonic()
        with pytest.raises(RequestTimeout) as caught:
            transport.post("calls/x.json", {}, starts_call=True)
        spent = time.monotonic() - began
        transport.close()
    # The read timeout alone never fires (a byte every 0.2 s): only the 2 s deadline does.
    # Dripping all of it would take 200 s.
    assert spent < 10
    assert caught.value.may_have_started and "may still have started" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:18082\\@127.0.0.1:18080/api/",
        "http://203.0.113.9\\@127.0.0.1/api/",
        "http://user:pass@127.0.0.1/api/",
        "http://127.0.0.1 /api/",
        "http://127.0.0.1/api/\n",
        "https://api.binotel.com:99999/api/",
    ],
)
def test_urls_that_parsers_read_differently_are_refused(url: str) -> None:
    with pytest.raises(ConfigError):
        check_base_url(url)
    with pytest.raises(ConfigError):
        Transport(url)


def test_the_host_checked_is_the_host_connected_to() -> None:
    """Before: urlsplit saw 127.0.0.1, requests connected to the other end of the URL."""
    with (
        HostileServer(lambda c, r: answer(c, "200 OK", {}, OK)) as decoy,
        pytest.raises(ConfigError),
    ):
        Client(KEY, SECRET, base_url=f"http://127.0.0.1:{decoy.port}\\@127.0.0.1:1/api/")
    assert decoy.requests == []


@pytest.mark.parametrize("said", ["99999999999", "9" * 5000, "1e400"])
def test_a_huge_106_wait_is_capped(said: str) -> None:
    exc = api_error(106, f"Too many requests. Try again after {said} sec.")
    assert isinstance(exc, RateLimitError)
    assert 1 <= exc.retry_after <= MAX_RETRY_AFTER
    assert str(int(exc.retry_after)) in exc.message


@pytest.mark.parametrize("command", [["employees"], ["dial", "0443334023"]])
def test_the_command_line_says_a_huge_106_wait(
    pbx: FakePBX,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """Before: OverflowError with a traceback."""
    from calllauncher.__main__ import main

    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET))
    assert main(["--api-url", pbx.url, "login", "--key", KEY, "--ext", "901"]) == 0
    pbx.inject(Fault.RATE_LIMIT, delay=10**400, count=5)
    capsys.readouterr()
    code = main(["--api-url", pbx.url, *command])
    _, err = capsys.readouterr()
    assert code == 1
    assert "Wait 600 seconds" in err
    assert "Traceback" not in err


def _recorder() -> HostileServer:
    return HostileServer(lambda c, r: answer(c, "200 OK", {}, OK))


def test_netrc_credentials_never_go_with_a_request(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """requests adds ~/.netrc's login for the host as Basic auth (and stats the file on
    every request); the key and secret travel in the body, so nothing else may."""
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login someone password elsewhere\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(netrc))
    with _recorder() as server:
        client = Client(KEY, SECRET, base_url=server.url)
        client.settings.list_of_employees()
        client.close()
    assert server.requests
    assert b"authorization:" not in server.requests[0].lower()


def test_a_proxy_from_the_environment_is_still_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment is read once per client; a proxy that applies keeps requests' own
    handling, so the request goes through it."""
    with _recorder() as proxy, _recorder() as pbx:
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        client = Client(KEY, SECRET, base_url=pbx.url)
        client.settings.list_of_employees()
        client.close()
    assert len(proxy.requests) == 1 and not pbx.requests
    assert proxy.requests[0].startswith(f"POST {pbx.url}".encode())


def test_the_watchdog_wakes_only_for_an_earlier_deadline() -> None:
    """Every request arms a deadline; waking the watchdog's thread for one due after the
    one it already waits for only took the GIL while the request was being sent."""
    dog = Watchdog()
    first = dog.arm(30.0)
    for _ in range(20):
        dog.disarm(dog.arm(31.0))
    time.sleep(0.1)
    assert dog.wakeups == 0
    soon = dog.arm(0.05)  # due before the one it waits for: it is woken for this one
    end = time.monotonic() + 5
    while not soon.expired and time.monotonic() < end:
        time.sleep(0.01)
    assert soon.expired and not first.expired
    dog.disarm(first)


def test_the_ca_bundle_the_environment_names_is_still_used(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An office's inspecting proxy may be trusted through REQUESTS_CA_BUNDLE; read once
    per client now, it is still the bundle the requests are verified with."""
    bundle = tmp_path / "office.pem"
    bundle.write_text("")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    assert Transport("https://api.binotel.com/api/").verify == str(bundle)
    assert Transport("https://api.binotel.com/api/", verify=False).verify is False
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    assert Transport("https://api.binotel.com/api/").verify is True


def test_when_written_is_told_once_the_request_is_out_before_its_answer() -> None:
    """The dial controller's row signal rides on this: told once per request written, while
    the answer is still to come; never for a request that could not be written."""

    def late(conn: socket.socket, raw: bytes) -> None:
        time.sleep(0.4)
        answer(conn, "200 OK", {}, OK)

    told: list[float] = []
    with HostileServer(late) as server:
        client = Client(KEY, SECRET, base_url=server.url)
        with when_written(lambda: told.append(time.monotonic())):
            client.settings.list_of_employees()
            client.settings.list_of_employees()  # a second request: nothing more told
        answered = time.monotonic()
        client.close()
    assert len(told) == 1 and answered - told[0] >= 0.6
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    refused = Client(KEY, SECRET, base_url=f"http://127.0.0.1:{port}/api/")
    with when_written(lambda: told.append(0.0)), pytest.raises(BinotelError):
        refused.calls.ext_to_phone(ext_number="901", phone_number="0443334023")
    assert len(told) == 1


class _CountingSession(requests.Session):
    """requests' own Session, counting the requests it prepares from scratch."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared = 0

    def prepare_request(self, request: requests.Request) -> requests.PreparedRequest:
        self.prepared += 1
        return super().prepare_request(request)


def test_a_session_prepares_its_request_to_an_address_once() -> None:
    """requests merged cookies, headers and hooks and re-parsed the address for every
    request, on the worker, just before a call start went out; a session now prepares
    its request to an address once and sends a copy with each new body."""
    sessions: list[_CountingSession] = []

    def factory() -> _CountingSession:
        sessions.append(_CountingSession())
        return sessions[-1]

    with _recorder() as server:
        client = Client(KEY, SECRET, base_url=server.url, session_factory=factory)
        for _ in range(3):
            client.settings.list_of_employees()
        client.close()
    assert len(server.requests) == 3
    assert [s.prepared for s in sessions] == [1]


def test_a_reused_request_puts_the_same_bytes_on_the_wire_as_requests() -> None:
    """The copy of the prepared request with a new body is what requests itself sends
    for ``post(json=…)``: same request line, headers in the same order, same body."""
    body = {"key": KEY, "secret": SECRET, "externalNumber": "0443334023", "name": "Олена"}
    with _recorder() as server:
        transport = Transport(server.url)
        url = server.url + "4.0/calls/internal-number-to-external-number.json"
        with transport.sessions.lend() as session:
            for _ in range(2):  # the first prepares, the second copies
                post_json(session, url, body, timeout=(5.0, 5.0), verify=True).close()
            session.post(url, json=body, timeout=(5.0, 5.0), stream=True).close()
        transport.close()
    assert len(server.requests) == 3
    assert server.requests[0] == server.requests[1] == server.requests[2]


def test_cookies_a_server_sets_still_go_back_with_the_next_request() -> None:
    """A load balancer's cookie: a session holding one is prepared by requests as
    always, so the cookie goes back with the next request."""

    def with_cookie(conn: socket.socket, raw: bytes) -> None:
        answer(conn, "200 OK", {"Set-Cookie": "lb=7; Path=/"}, OK)

    with HostileServer(with_cookie, keep_alive=True) as server:
        client = Client(KEY, SECRET, base_url=server.url)
        client.settings.list_of_employees()
        client.settings.list_of_employees()
        client.close()
    assert b"\r\ncookie: lb=7" not in server.requests[0].lower()
    assert b"\r\ncookie: lb=7\r\n" in server.requests[1].lower()


def test_a_body_json_cannot_hold_fails_as_requests_fails_it() -> None:
    """NaN has no JSON: the reused request refuses it with requests' own error, which
    the transport turns into a plain failure, before anything is sent."""
    with _recorder() as server:
        transport = Transport(server.url)
        url = server.url + "4.0/settings/list-of-employees.json"
        with transport.sessions.lend() as session:
            post_json(session, url, {"n": 1}, timeout=(5.0, 5.0), verify=True).close()
            with pytest.raises(requests.exceptions.InvalidJSONError):
                post_json(session, url, {"n": float("nan")}, timeout=(5.0, 5.0), verify=True)
        transport.close()
    assert len(server.requests) == 1
