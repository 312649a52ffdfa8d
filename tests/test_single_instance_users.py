"""One instance per user, with another user on the same machine (issue 11, item 6).

The other user is real: a child forked from the test that drops to ``nobody`` with
setuid (the interpreter itself sits in root's private home, so it can't be started as
another user). Needs root; skipped otherwise.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calllauncher.services.single_instance import InstanceServer, Message, forward, peer_uid

NOBODY = 65534

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux socket paths"),
    pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root"),
]

FORWARD = """
import sys
from calllauncher.services.single_instance import forward, message_for
sys.exit(0 if forward(message_for(sys.argv[1])) else 1)
"""

SERVE = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from calllauncher.services.single_instance import InstanceServer
app = QCoreApplication(sys.argv[:1])
server = InstanceServer()
server.received.connect(lambda m: print(json.dumps({"text": m.text}), flush=True))
print(json.dumps({"ready": server.listen(), "name": server.name}), flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def _short_dir(prefix: str) -> Path:
    # Socket paths are limited to ~100 bytes: pytest's tmp_path is too deep for them.
    return Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder every user may write to, like /tmp (sticky, 1777)."""
    folder = _short_dir("cl-shared-")
    folder.chmod(0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def victim_env(shared_tmp: Path, isolated: Path) -> Iterator[dict[str, str]]:
    data = _short_dir("cl-data-")
    env = {**os.environ, "TMPDIR": str(shared_tmp), "CALLLAUNCHER_DATA_DIR": str(data)}
    env.pop("XDG_RUNTIME_DIR", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    yield env
    shutil.rmtree(data, ignore_errors=True)


# The other user's programs: stdlib only, run by a system interpreter that user can start.
STRANGER_SERVE = """
import os, select, socket, sys, time
squat = sys.argv[1]
if squat:
    os.mkdir(squat)
    os.chmod(squat, 0o777)
listeners = []
for path in sys.argv[2:]:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(path)
    os.chmod(path, 0o777)
    sock.listen(8)
    listeners.append(sock)
print("ready", flush=True)
deadline = time.monotonic() + 20
while time.monotonic() < deadline:
    for listener in select.select(listeners, [], [], 0.2)[0]:
        conn, _ = listener.accept()
        conn.settimeout(2)
        try:
            line = conn.recv(65536).split(b"\\n", 1)[0]
            if line:  # a bare connect (a probe) hands nothing over
                print("got", line.decode(errors="replace"), flush=True)
            conn.sendall(b'{"v": 1, "ok": true}\\n')
        except OSError:
            pass
        conn.close()
"""

STRANGER_SEND = """
import socket, sys
with socket.socket(socket.AF_UNIX) as sock:
    sock.settimeout(3)
    sock.connect(sys.argv[1])
    sock.sendall(sys.argv[2].encode() + b"\\n")
    sys.stdout.write(sock.recv(4096).decode())
"""


def _stranger_python() -> str:
    # The venv's interpreter lives in root's private home; the other user can't run it.
    for candidate in ("/usr/bin/python3", "/usr/local/bin/python3"):
        if os.access(candidate, os.X_OK):
            return candidate
    pytest.skip("no interpreter another user could start")


def as_stranger(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [_stranger_python(), "-I", "-c", script, *args],
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        cwd="/",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Stranger:
    """Another user's server on Unix socket paths; reports what it is sent."""

    def __init__(self, paths: list[str], squat: str = "") -> None:
        self.proc = as_stranger(STRANGER_SERVE, squat, *paths)
        assert self.proc.stdout is not None
        first = self.proc.stdout.readline()
        assert first == "ready\n", first + self.proc.communicate()[1]

    def stop(self) -> list[str]:
        self.proc.kill()
        out, err = self.proc.communicate()
        assert "Traceback" not in err, err
        return out.splitlines()


def _digest(config: Path) -> str:
    return hashlib.sha256(str(config.absolute()).encode()).hexdigest()[:12]


def test_a_squatted_tmp_folder_gets_no_links(
    shared_tmp: Path, victim_env: dict[str, str], isolated: Path
) -> None:
    digest = _digest(isolated / "config")
    squat = shared_tmp / f"calllauncher-{os.getuid()}"

    # The folder the victim would pick, and the plain name Qt would place in the shared
    # folder if the victim gave up on private folders.
    stranger = Stranger(
        [
            str(squat / f"calllauncher-{digest}.sock"),
            str(shared_tmp / f"calllauncher-root-0-{digest}"),
        ],
        squat=str(squat),
    )
    try:
        launch = subprocess.run(
            [sys.executable, "-c", FORWARD, "tel:+380443334023"],
            env=victim_env,
            capture_output=True,
            timeout=20,
        )
    finally:
        got = stranger.stop()
    assert got == [], got
    assert launch.returncode == 1  # "no running copy": this launch would start the window

    # The victim's own copy still works, from a private folder of its own.
    serving = subprocess.Popen(
        [sys.executable, "-c", SERVE], env=victim_env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert serving.stdout is not None
        ready = json.loads(serving.stdout.readline())
        assert ready["ready"] is True
        folder = Path(ready["name"]).parent
        assert folder != squat and not str(folder).startswith(str(shared_tmp))
        info = folder.lstat()
        assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700
        second = subprocess.run(
            [sys.executable, "-c", FORWARD, "tel:0443334023"],
            env=victim_env,
            capture_output=True,
            timeout=20,
        )
        assert second.returncode == 0, second.stderr
        assert json.loads(serving.stdout.readline()) == {"text": "tel:0443334023"}
    finally:
        serving.kill()
        serving.communicate()


def test_a_launch_hands_nothing_to_another_users_server(shared_tmp: Path) -> None:
    name = str(shared_tmp / "theirs.sock")
    stranger = Stranger([name])
    try:
        assert forward(Message("link", "tel:0443334023"), name=name) is False
    finally:
        got = stranger.stop()
    assert got == [], got


def test_the_server_acts_on_nothing_from_another_user(shared_tmp: Path, qtbot: QtBot) -> None:
    name = str(shared_tmp / "ours.sock")
    server = InstanceServer(name)
    assert server.listen()
    os.chmod(name, 0o777)  # as if the socket were reachable: the uid check must hold alone
    received: list[Message] = []
    server.received.connect(received.append)
    with qtbot.waitSignal(server.rejected, timeout=5000) as blocker:
        sender = as_stranger(
            STRANGER_SEND, name, '{"v": 1, "action": "dial", "text": "0443334023"}'
        )
    qtbot.waitUntil(lambda: sender.poll() is not None, timeout=5000)
    answer, err = sender.communicate()
    assert sender.returncode == 0, err
    server.close()
    assert "user 65534" in blocker.args[0]
    assert json.loads(answer)["ok"] is False
    assert received == []


def test_peer_uid_of_our_own_socket_pair() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        assert peer_uid(left.fileno()) == os.getuid()
    assert peer_uid(-1) is None
