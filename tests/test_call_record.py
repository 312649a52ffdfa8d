"""stats/call-record, recordingStatus and customers/create's assignee: the library against
the simulated PBX over real HTTP, both wire versions; hostile answers from a small server."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from calllauncher.binotel import Client
from calllauncher.binotel.customers import cabinet_add_contact_link, cabinet_history_link
from calllauncher.binotel.errors import ApiError, ProtocolError
from calllauncher.fakepbx import FakePBX
from tests.support.values import KEY, SECRET


def test_answered_calls_say_their_recording_is_uploaded(pbx: FakePBX, client: Client) -> None:
    answered = pbx.record_incoming_call("0671234567", "901", disposition="ANSWER", talk=1)
    missed = pbx.record_incoming_call("0671234567", "901", disposition="NOANSWER")
    calls = client.stats.history_by_external_number(["0671234567"])
    assert calls[answered].recording_status == "uploaded"
    assert calls[answered].has_recording
    assert not calls[missed].has_recording
    assert calls[missed].recording_status == ""


def test_call_record_gives_a_signed_link_that_serves_audio(
    pbx: FakePBX, client: Client, version: str
) -> None:
    answered = pbx.record_incoming_call("0671234567", "901", disposition="ANSWER", talk=1)
    url = client.stats.call_record(answered)
    (sent,) = pbx.requests_for("call_record")
    # 4.0 names the call generalCallID, 2.0 callID
    assert sent.params == (
        {"generalCallID": answered} if version == "4.0" else {"callID": answered}
    )
    with urllib.request.urlopen(url, timeout=5) as answer:
        audio = answer.read()
        assert answer.headers["Content-Type"] == "audio/wav"
    assert audio[:4] == b"RIFF" and audio[8:12] == b"WAVE"
    assert pbx.recording_downloads == 1
    forged = url.replace("signature=", "signature=0")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(forged, timeout=5)
    refused.value.close()
    assert refused.value.code == 403


def test_a_call_without_a_recording_is_refused(pbx: FakePBX, client: Client) -> None:
    missed = pbx.record_incoming_call("0671234567", "901", disposition="NOANSWER")
    with pytest.raises(ApiError) as refused:
        client.stats.call_record(missed)
    assert refused.value.code == 104


class _Answers(BaseHTTPRequestHandler):
    answer: ClassVar[dict[str, object]] = {}

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps(self.answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hostile() -> Iterator[tuple[ThreadingHTTPServer, type[_Answers]]]:
    handler = type("Answers", (_Answers,), {"answer": {}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://records.example/1.mp3",
        "https://",
        "",
        None,
        ["https://a.example/1.mp3"],
    ],
)
def test_anything_but_an_http_link_is_a_protocol_error(
    hostile: tuple[ThreadingHTTPServer, type[_Answers]], url: object
) -> None:
    server, handler = hostile
    handler.answer = {"status": "success", "url": url}
    base = f"http://127.0.0.1:{server.server_address[1]}/api/"
    with Client(KEY, SECRET, base_url=base) as client, pytest.raises(ProtocolError) as bad:
        client.stats.call_record("3049612345")
    # the error never quotes the link (it is a credential for a quarter of an hour)
    assert "passwd" not in str(bad.value) + bad.value.details
    assert "alert" not in str(bad.value) + bad.value.details


def test_an_https_link_is_given_as_it_came(
    hostile: tuple[ThreadingHTTPServer, type[_Answers]],
) -> None:
    server, handler = hostile
    link = "https://records.binotel.example/x.mp3?token=abc"
    handler.answer = {"status": "success", "url": f" {link} "}
    base = f"http://127.0.0.1:{server.server_address[1]}/api/"
    with Client(KEY, SECRET, base_url=base) as client:
        assert client.stats.call_record("3049612345") == link


def test_customers_create_assigns_my_extension(pbx: FakePBX, client: Client) -> None:
    new_id = client.customers.create("ТОВ «Нова»", ["0501112233"], assigned_extension="901")
    (sent,) = pbx.requests_for("customers_create")
    assert sent.params["name"] == "ТОВ «Нова»"
    assert sent.params["numbers"] == ["0501112233"]
    assert sent.params["assignedToEmployeeNumber"] == "901"
    (found,) = client.customers.search("0501112233")
    assert found.id == new_id and found.assigned_extension == "901"


def test_the_cabinet_links_carry_the_number() -> None:
    assert cabinet_history_link("0671234567") == (
        "https://my.binotel.ua/?module=history&subject=0671234567"
    )
    assert cabinet_add_contact_link("0671234567") == (
        "https://my.binotel.ua/?module=addClient&number=0671234567"
    )
