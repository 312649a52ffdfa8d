"""One instance per user: real processes talk over the real local socket."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from calllauncher.services import single_instance
from calllauncher.services.single_instance import (
    InstanceServer,
    Message,
    ProtocolError,
    forward,
    message_for,
    server_name,
)

# The running copy, reduced to its socket: prints one JSON line per event.
SERVER_SCRIPT = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from calllauncher.services.single_instance import InstanceServer

app = QCoreApplication(sys.argv[:1])
server = InstanceServer()

def on_message(message):
    print(json.dumps({"action": message.action, "text": message.text}), flush=True)

def on_rejected(reason):
    print(json.dumps({"rejected": reason}), flush=True)

server.received.connect(on_message)
server.rejected.connect(on_rejected)
ok = server.listen()
print(json.dumps({"ready": ok, "name": server.name}), flush=True)
if not ok:
    sys.exit(3)
QTimer.singleShot(30000, app.quit)  # never outlive a broken test
sys.exit(app.exec())
"""

# A second launch: forward the arguments and exit, as the app's start does.
FORWARD_SCRIPT = """
import sys, time
start = time.monotonic()
from calllauncher.services.single_instance import forward, message_for
args = sys.argv[1:]
message = message_for(
    next((a for a in args if not a.startswith("-")), None),
    dial_clipboard="--dial-clipboard" in args,
    minimized="--minimized" in args,
)
ok = forward(message)
print(round(time.monotonic() - start, 3), flush=True)
sys.exit(0 if ok else 1)
"""

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="raw AF_UNIX client")


@pytest.fixture(autouse=True)
def no_leftover_socket() -> Iterator[None]:
    """Helpers stopped by a signal leave their socket file; don't litter the temp folder."""
    yield
    name = server_name()
    if name and os.path.isabs(name):
        Path(name).unlink(missing_ok=True)


class Helper:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVER_SCRIPT],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))

    def next(self, timeout: float = 5.0) -> dict[str, Any]:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"helper said nothing; stderr: {self.stderr()}") from None

    def quiet(self, wait: float = 0.3) -> bool:
        time.sleep(wait)
        return self.lines.empty()

    def stderr(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        assert self.proc.stderr is not None
        return self.proc.stderr.read()

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(5)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return err


@pytest.fixture
def running() -> Iterator[Helper]:
    helper = Helper()
    ready = helper.next(10)
    assert ready == {"ready": True, "name": server_name()}
    yield helper
    err = helper.stop()
    assert "QLocal" not in err and "Traceback" not in err, err


def second_launch(*args: str) -> tuple[int, float, str]:
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", FORWARD_SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert done.stderr == ""
    return done.returncode, time.monotonic() - start, done.stdout.strip()


def forward_beside(qtbot: QtBot, *args: str) -> int:
    """A second launch against a server in this process: the event loop runs meanwhile.

    (Not a thread: PySide holds the GIL inside QLocalSocket's blocking waits.)
    """
    proc = subprocess.Popen(
        [sys.executable, "-c", FORWARD_SCRIPT, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
    _, err = proc.communicate()
    assert err == ""
    return proc.returncode


def raw_exchange(name: str, payload: bytes, timeout: float = 3.0) -> bytes:
    """Send bytes the way any program could, and read the answer until the server closes."""
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(timeout)
        sock.connect(name)
        sock.sendall(payload)
        chunks = []
        while chunk := sock.recv(4096):
            chunks.append(chunk)
    return b"".join(chunks)


# --- messages --------------------------------------------------------------------------


def test_message_round_trip() -> None:
    message = Message("link", "tel:+380 44 333-40-23;ext=1 «Зірка»")
    wire = message.to_bytes()
    assert wire.endswith(b"\n") and wire.count(b"\n") == 1
    assert json.loads(wire) == {"v": 1, "action": "link", "text": message.text}
    assert Message.from_bytes(wire.strip()) == message


def test_newer_clients_may_add_fields() -> None:
    wire = b'{"v": 1, "action": "dial", "text": "0443334023", "sent": 1700000000}'
    assert Message.from_bytes(wire) == Message("dial", "0443334023")
    assert Message.from_bytes(b'{"v": 1, "action": "show"}') == Message("show")


@pytest.mark.parametrize(
    ("wire", "reason"),
    [
        (b'{"v": 2, "action": "show", "text": ""}', "unsupported version 2"),
        (b'{"action": "show"}', "unsupported version None"),
        (b'{"v": true, "action": "show"}', "unsupported version True"),
        (b'{"v": "1", "action": "show"}', "unsupported version '1'"),
        (b'{"v": 1, "action": "format-disk"}', "unknown action 'format-disk'"),
        (b'{"v": 1, "action": "link", "text": 380443334023}', "must be strings"),
        (b'{"v": 1}', "must be strings"),
        (b"[1, 2]", "not a JSON object"),
        (b"tel:+380443334023", "not a JSON message"),
        (b"\xff\xfe", "not a JSON message"),
        (b"", "not a JSON message"),
    ],
)
def test_refused_messages(wire: bytes, reason: str) -> None:
    with pytest.raises(ProtocolError, match=reason.replace("(", r"\(")):
        Message.from_bytes(wire)


def test_unknown_action_cannot_be_built() -> None:
    with pytest.raises(ProtocolError):
        Message("reboot")


def test_message_for_command_line() -> None:
    assert message_for() == Message("show")
    assert message_for("") == Message("show")
    assert message_for("callto://0443334023") == Message("link", "callto://0443334023")
    assert message_for("0443334023", dial_clipboard=True) == Message("dial-clipboard")
    assert message_for(minimized=True) == Message("ping")
    assert message_for("tel:0443334023", minimized=True) == Message("link", "tel:0443334023")


# --- names -----------------------------------------------------------------------------


def test_server_name_is_per_user_and_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert first != second
    assert server_name(tmp_path / "a") == first
    assert server_name() == server_name(Path(os.environ["CALLLAUNCHER_CONFIG_DIR"]))
    monkeypatch.setenv("CALLLAUNCHER_CONFIG_DIR", str(tmp_path / "a"))
    assert server_name() == first
    if sys.platform.startswith("linux"):
        # A socket file in a folder no other user can enter, under the path length limit.
        path = Path(first)
        assert path.is_absolute() and len(first) < 100
        assert path.parent.stat().st_mode & 0o077 == 0
        assert path.parent.stat().st_uid == os.getuid()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG runtime folder")
def test_server_name_prefers_runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name()).parent == runtime
    # A runtime folder others can enter is not trusted.
    runtime.chmod(0o755)
    assert Path(server_name()).parent != runtime


# --- two real processes ----------------------------------------------------------------


def test_second_launch_hands_over_a_link_and_exits_fast(running: Helper) -> None:
    code, _, forward_time = second_launch("tel:+380443334023")
    assert code == 0
    # The hand-over itself, well under forward()'s 1 s limit, which a copy that never
    # answered would use up. How fast a whole second launch is: tests/test_two_processes.py
    # checks it loads nothing of the window (a clock here would measure the machine's load).
    assert float(forward_time) < 0.5
    assert running.next() == {"action": "link", "text": "tel:+380443334023"}
    assert running.quiet()


def test_second_launch_show_and_dial_clipboard(running: Helper) -> None:
    assert second_launch()[0] == 0
    assert running.next() == {"action": "show", "text": ""}
    assert second_launch("--dial-clipboard")[0] == 0
    assert running.next() == {"action": "dial-clipboard", "text": ""}


def test_minimized_start_only_pings_the_running_copy(running: Helper) -> None:
    assert second_launch("--minimized")[0] == 0  # exits as "handled"...
    assert running.quiet()  # ...and the running window is left alone
    assert second_launch("--minimized", "tel:0443334023")[0] == 0
    assert running.next() == {"action": "link", "text": "tel:0443334023"}


def test_without_running_copy_forward_says_so_quickly() -> None:
    start = time.monotonic()
    assert forward(Message("show")) is False
    assert time.monotonic() - start < 0.5
    code, _, _ = second_launch("tel:0443334023")
    assert code == 1


def test_live_copy_is_never_taken_over(running: Helper, qtbot: QtBot) -> None:
    intruder = InstanceServer()
    assert intruder.listen() is False
    assert not intruder.is_listening
    # The probe that found it alive did not disturb it.
    assert running.quiet()
    assert second_launch("0443334023")[0] == 0
    assert running.next() == {"action": "link", "text": "0443334023"}


def test_stale_socket_of_a_crashed_copy_is_recovered(qtbot: QtBot) -> None:
    crashed = Helper()
    assert crashed.next(10)["ready"] is True
    crashed.proc.kill()  # SIGKILL: no chance to clean up
    crashed.stop()
    if sys.platform != "win32":
        assert Path(server_name()).exists(), "a killed copy leaves its socket file"
    start = time.monotonic()
    assert forward(Message("show")) is False
    assert time.monotonic() - start < 0.5

    server = InstanceServer()
    assert server.listen() is True
    with qtbot.waitSignal(server.received, timeout=3000) as blocker:
        assert forward_beside(qtbot, "tel:0443334023") == 0
    assert blocker.args == [Message("link", "tel:0443334023")]
    server.close()


def test_a_new_process_recovers_the_stale_socket() -> None:
    crashed = Helper()
    assert crashed.next(10)["ready"] is True
    crashed.proc.kill()
    crashed.stop()
    replacement = Helper()
    try:
        assert replacement.next(10)["ready"] is True
        assert second_launch("tel:0501234567")[0] == 0
        assert replacement.next() == {"action": "link", "text": "tel:0501234567"}
    finally:
        replacement.stop()


# --- the server, in process ------------------------------------------------------------


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[InstanceServer]:
    instance = InstanceServer()
    assert instance.listen()
    assert instance.listen()  # idempotent
    yield instance
    instance.close()
    assert not instance.is_listening


def test_in_process_round_trip(server: InstanceServer, qtbot: QtBot) -> None:
    with qtbot.waitSignal(server.received, timeout=3000) as blocker:
        assert forward_beside(qtbot, "callto://0443334023") == 0
    assert blocker.args == [Message("link", "callto://0443334023")]


@unix_only
def test_version_mismatch_is_refused_and_serving_goes_on(
    server: InstanceServer, qtbot: QtBot
) -> None:
    received: list[Message] = []
    server.received.connect(received.append)
    answer: list[bytes] = []
    payload = b'{"v": 2, "action": "dial", "text": "0443334023", "mode": "new"}\n'
    with qtbot.waitSignal(server.rejected, timeout=3000) as blocker:
        thread = threading.Thread(target=lambda: answer.append(raw_exchange(server.name, payload)))
        thread.start()
    thread.join(3)
    assert blocker.args == ["unsupported version 2"]
    assert json.loads(answer[0]) == {"v": 1, "ok": False, "error": "unsupported version 2"}
    assert received == []  # nothing was dialled

    with qtbot.waitSignal(server.received, timeout=3000):
        assert forward_beside(qtbot, "tel:0443334023") == 0


@unix_only
@pytest.mark.parametrize(
    "payload",
    [b"garbage\xff\n", b"{}\n", b'{"v": 1, "action": "show"', b"x" * (70 * 1024)],
    ids=["garbage", "empty-object", "no-newline", "oversized"],
)
def test_malformed_input_is_refused(server: InstanceServer, qtbot: QtBot, payload: bytes) -> None:
    received: list[Message] = []
    server.received.connect(received.append)
    answer: list[bytes] = []

    def client() -> None:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(3)
            sock.connect(server.name)
            try:
                sock.sendall(payload)
                sock.shutdown(socket.SHUT_WR)  # "no-newline": the message ends with the stream
            except OSError:
                pass  # "oversized": the server stops reading and answers early
            answer.append(sock.recv(4096))

    with qtbot.waitSignal(server.rejected, timeout=3000):
        thread = threading.Thread(target=client)
        thread.start()
    thread.join(3)
    assert received == []
    if payload.startswith(b"x"):
        assert json.loads(answer[0])["error"] == "message too long"


@unix_only
def test_silent_clients_are_dropped(
    server: InstanceServer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[object] = []
    server.received.connect(events.append)
    server.rejected.connect(events.append)
    # A launch probing for a live copy connects and leaves without a word.
    with socket.socket(socket.AF_UNIX) as sock:
        sock.connect(server.name)
    # One that connects and hangs is cut off, not waited on forever.
    monkeypatch.setattr(single_instance, "_PEER_TIMEOUT_MS", 100)
    with socket.socket(socket.AF_UNIX) as hung:
        hung.connect(server.name)
        qtbot.waitUntil(lambda: bool(server.findChildren(single_instance._Peer)), timeout=3000)
        qtbot.waitUntil(lambda: not server.findChildren(single_instance._Peer), timeout=3000)
        hung.settimeout(3)
        assert hung.recv(10) == b""  # closed by the server
    assert events == []


REFUSING_SCRIPT = """
import socket, sys
listener = socket.socket(socket.AF_UNIX)
listener.bind(sys.argv[1])
listener.listen(1)
print("ready", flush=True)
conn, _ = listener.accept()
conn.recv(4096)
conn.sendall(b'{"v": 2, "ok": false, "error": "unsupported version 1"}\\n')
conn.close()
"""


@unix_only
def test_forward_reports_a_refusal(tmp_path: Path) -> None:
    """A newer running copy that refuses our version: the launch carries on by itself."""
    path = str(tmp_path / "s")
    newer_copy = subprocess.Popen(
        [sys.executable, "-c", REFUSING_SCRIPT, path], stdout=subprocess.PIPE, text=True
    )
    with newer_copy:
        assert newer_copy.stdout is not None
        assert newer_copy.stdout.readline() == "ready\n"
        assert forward(Message("show"), name=path) is False
        assert newer_copy.wait(5) == 0


@unix_only
def test_forward_gives_up_on_a_copy_that_never_answers(tmp_path: Path) -> None:
    path = str(tmp_path / "s")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(path)
    listener.listen(1)  # accepts nothing: the copy is frozen
    start = time.monotonic()
    assert forward(Message("show"), timeout_ms=300, name=path) is False
    assert time.monotonic() - start < 1.0
    listener.close()


@unix_only
def test_deeply_nested_json_is_refused_and_serving_goes_on(
    server: InstanceServer, qtbot: QtBot
) -> None:
    """Issue 11: "[[[[…" nested past the parser's depth was a RecursionError, no answer."""
    received: list[Message] = []
    server.received.connect(received.append)
    answer: list[bytes] = []
    payload = b"[" * 60_000 + b"\n"
    with qtbot.waitSignal(server.rejected, timeout=3000) as blocker:
        thread = threading.Thread(target=lambda: answer.append(raw_exchange(server.name, payload)))
        thread.start()
    thread.join(3)
    assert blocker.args == ["not a JSON message"]
    assert json.loads(answer[0]) == {"v": 1, "ok": False, "error": "not a JSON message"}
    assert received == []
    with qtbot.waitSignal(server.received, timeout=3000):
        assert forward_beside(qtbot, "tel:0443334023") == 0


def test_a_running_copy_answering_with_nested_json_is_no_answer(tmp_path: Path) -> None:
    path = str(tmp_path / "s")
    script = REFUSING_SCRIPT.replace(
        """b'{"v": 2, "ok": false, "error": "unsupported version 1"}\\n'""",
        """b"[" * 60000 + b"\\n\"""",
    )
    deep = subprocess.Popen([sys.executable, "-c", script, path], stdout=subprocess.PIPE, text=True)
    with deep:
        assert deep.stdout is not None
        assert deep.stdout.readline() == "ready\n"
        assert forward(Message("show"), name=path) is False


def test_a_link_that_is_not_utf8_reaches_the_running_copy_cleaned(running: Helper) -> None:
    """Issue 11: a non-UTF-8 argument (kept by Python as lone surrogates) was a
    UnicodeEncodeError traceback in the second launch; now its bad bytes become U+FFFD
    and the running copy says the link can't be dialled."""
    done = subprocess.run(
        [sys.executable, "-c", FORWARD_SCRIPT, b"tel:\xff\xfe0443334023"],
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert done.stderr == ""
    assert done.returncode == 0
    assert running.next() == {"action": "link", "text": "tel:\ufffd\ufffd0443334023"}
    assert Message("link", "tel:\ud800").text == "tel:\ufffd"
