"""``calllauncher missed``, ``who`` and ``watch`` against the simulated PBX (real HTTP and a
real WebSocket on 127.0.0.1)."""

from __future__ import annotations

import json
import threading
import time

from calllauncher.fakepbx import FakePBX
from calllauncher.services.settings import AppSettings
from tests.support.cli import Cli
from tests.support.values import KEY, SECRET

PETRO, ROMASHKA = "0509876543", "0671234567"


def test_missed_lists_who_nobody_reached(cli: Cli, signed_in: FakePBX) -> None:
    pbx = signed_in
    pbx.record_incoming_call(PETRO, "901", disposition="NOANSWER")
    pbx.record_incoming_call(PETRO, "901", disposition="CANCEL")
    pbx.record_incoming_call(ROMASHKA, "901", disposition="NOANSWER")
    pbx.record_incoming_call(ROMASHKA, "903", disposition="ANSWER", talk=20)  # reached
    code, out, err = cli("missed")
    assert code == 0, err
    assert "Petro Ivanenko · 050 987 6543" in out and "(tries: 2)" in out
    assert ROMASHKA not in out and "067 123 4567" not in out
    code, out, _ = cli("missed", "--json")
    rows = json.loads(out)
    assert [(r["number"], r["tries"], r["name"]) for r in rows] == [(PETRO, 2, "Petro Ivanenko")]


def test_missed_with_nobody_to_call_back(cli: Cli, signed_in: FakePBX) -> None:
    code, out, _ = cli("missed")
    assert code == 0 and "Nobody to call back today." in out


def test_who_says_the_name_and_last_calls(cli: Cli, signed_in: FakePBX) -> None:
    pbx = signed_in
    pbx.record_incoming_call(ROMASHKA, "903", disposition="ANSWER", talk=20)
    code, out, err = cli("who", "+38 (067) 123-45-67")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "ТОВ «Ромашка» · 067 123 4567"
    assert "Manager: Andrii Shevchenko" in out
    assert "answered" in lines[-1] and "Ірина Бондар" in lines[-1]
    code, _, err = cli("who", "not a number")
    assert code == 2


def test_watch_prints_one_line_per_event(cli: Cli, signed_in: FakePBX) -> None:
    pbx = signed_in
    url = pbx.start_websocket(key=KEY, secret=SECRET)
    settings = AppSettings()
    settings.set("live/url", url)
    settings.sync()
    server = pbx.live_server
    assert server is not None

    def ring() -> None:
        deadline = time.monotonic() + 5
        while server.client_count() == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        pbx.incoming_call(ROMASHKA, ring=("901",), answered_by="903", answer_after=2, talk=2)

    threading.Thread(target=ring, daemon=True).start()
    code, out, err = cli("watch", "--count", "3")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3
    assert "callStart" in lines[0] and "ТОВ «Ромашка» · 067 123 4567" in lines[0]
    assert "answered by 903" in lines[1]
    assert "callStop" in lines[2] and "answered" in lines[2]
    assert SECRET not in out + err


def test_watch_without_a_websocket_says_so(cli: Cli, signed_in: FakePBX) -> None:
    settings = AppSettings()
    settings.set("live/url", "ws://127.0.0.1:9")
    settings.sync()
    code, _, err = cli("watch", "--once")
    assert code == 3 and "live calls unavailable" in err
