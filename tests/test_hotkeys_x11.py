"""The built-in global hotkey on a real X server (Xvfb): the whole app, signed in to the
simulated PBX, grabs Ctrl+Alt+D and Ctrl+Alt+C itself; keys come from xdotool (XTEST, as a
keyboard's would), the number from xclip owning the CLIPBOARD. No desktop configuration."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from calllauncher.fakepbx import FakePBX
from calllauncher.services.hotkeys.common import TAKEN, parse
from calllauncher.services.hotkeys.x11 import X11Hotkeys
from calllauncher.wording.hotkeys import problem_sentence
from tests.support.values import KEY, SECRET
from tests.support.xserver import need, run_x, x_env, xvfb

EXT_TO_PHONE = "internal-number-to-external-number"

# The app as `calllauncher` runs it (application.run's steps), with a line protocol on
# stdin/stdout so the test can ask what the window shows.
CHILD = """
import json, sys, threading
from PySide6.QtCore import QSocketNotifier, QTimer
from calllauncher.application import Application, qt_application
from calllauncher.services.account import Account

qt_app = qt_application(False)
app = Application(account=Account(sys.argv[1], sys.argv[2], "4.0", extension="901"),
                  secret=sys.argv[3])
app.start()

def say(*words):
    print(*words, flush=True)

def ready():
    if app.hotkeys is None or not app.connection.signed_in:
        QTimer.singleShot(50, ready)
        return
    app.hotkeys.hotkeys.triggered.connect(lambda action: say("triggered", action))
    say("ready", json.dumps(app.hotkeys.sentences()))

def command():
    line = sys.stdin.readline().strip()
    w = app.window
    if line == "hide":
        w.hide()
        say("hidden")
    elif line == "state":
        say("state", json.dumps({"visible": w.isVisible(),
                                 "focus": w.focusWidget() is w.form.number}))
    elif line in ("quit", ""):
        # Application.quit's steps without its question (a call is still live).
        w.quitting = True
        qt_app.quit()

notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(command)
QTimer.singleShot(0, ready)
qt_app.exec()
finished = app.shutdown()
say("threads", json.dumps([t.name for t in threading.enumerate()]), finished)
"""


class Child:
    def __init__(self, display: str, url: str) -> None:
        env = x_env(display)
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, KEY, url, SECRET],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, word: str, timeout: float = 20) -> str:
        """The rest of the next line starting with ``word``."""
        out = self.process.stdout
        assert out is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([out], [], [], 0.2)
            if not ready:
                if self.process.poll() is not None:
                    break
                continue
            line = out.readline()
            if not line:
                break
            if line.startswith(word + " ") or line.strip() == word:
                return line[len(word) :].strip()
        stderr = self.process.stderr.read() if self.process.poll() is not None else ""
        pytest.fail(f"no {word!r} from the app: {stderr}")

    def state(self) -> dict[str, bool]:
        self.send("state")
        return dict(json.loads(self.expect("state")))

    def quit(self) -> list[str]:
        self.send("quit")
        names, _, finished = self.expect("threads").rpartition(" ")
        assert self.process.wait(20) == 0
        assert finished == "True"
        self.close()
        return list(json.loads(names))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def display() -> Iterator[str]:
    need("xdotool", "xclip")
    with xvfb() as name:
        yield name


@pytest.fixture
def app(display: str, pbx: FakePBX) -> Iterator[Child]:
    child = Child(display, pbx.url)
    yield child
    child.close()


def copy(display: str, text: str) -> None:
    """Own the CLIPBOARD with ``text``, as a program does after Ctrl+C (xclip stays as the
    owner in the background until the X server ends)."""
    subprocess.run(
        ["xclip", "-selection", "clipboard", "-loops", "0"],
        input=text,
        text=True,
        env=x_env(display),
        check=True,
        timeout=30,
    )


def wait_until(condition: object, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    pytest.fail("timed out")


def test_ctrl_alt_d_dials_the_copied_number_once(display: str, app: Child, pbx: FakePBX) -> None:
    """Before: only a desktop shortcut running `calllauncher --dial-clipboard` did this."""
    assert json.loads(app.expect("ready")) == []
    copy(display, "Передзвоніть: (067) 123-45-67")
    run_x(display, "xdotool", "key", "ctrl+alt+d")
    assert app.expect("triggered") == "dial-clipboard"
    wait_until(lambda: bool(pbx.requests_for(EXT_TO_PHONE)))
    time.sleep(0.5)  # nothing more follows
    sent = pbx.requests_for(EXT_TO_PHONE)
    assert len(sent) == 1
    assert sent[0].params["externalNumber"] == "0671234567"
    assert sent[0].params["internalNumber"] == "901"
    threads = app.quit()
    assert not [name for name in threads if name.startswith("hotkeys")]


def test_ctrl_alt_c_shows_the_dialer_with_the_number_focused(display: str, app: Child) -> None:
    app.expect("ready")
    app.send("hide")
    app.expect("hidden")
    assert app.state()["visible"] is False
    run_x(display, "xdotool", "key", "ctrl+alt+c")
    assert app.expect("triggered") == "show-dialer"
    assert app.state() == {"visible": True, "focus": True}
    app.quit()


def test_a_key_another_program_holds_is_said_and_the_other_still_works(
    display: str, pbx: FakePBX, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: Xlib's default handler ended the whole app on the server's BadAccess."""
    monkeypatch.setenv("DISPLAY", display)
    other = X11Hotkeys()  # another client of the same server, holding Ctrl+Alt+D
    pressed: list[str] = []
    assert other.start({"theirs": parse("Ctrl+Alt+D")}, pressed.append, print) == []
    child = Child(display, pbx.url)
    try:
        said = json.loads(child.expect("ready"))
        assert said == [
            "Ctrl+Alt+D (Dial the copied number) is already used by another program; "
            "choose other keys."
        ]
        run_x(display, "xdotool", "key", "ctrl+alt+c")  # the app's other hotkey works
        assert child.expect("triggered") == "show-dialer"
        run_x(display, "xdotool", "key", "ctrl+alt+d")  # goes to the program that holds it
        wait_until(lambda: pressed == ["theirs"])
        assert not pbx.requests_for(EXT_TO_PHONE)
        child.quit()
    finally:
        other.stop()
        child.close()


def test_the_grab_covers_num_lock_and_caps_lock_and_is_released(
    display: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", display)
    pressed: list[str] = []
    mine = X11Hotkeys()
    assert mine.start({"dial": parse("Ctrl+Alt+D")}, pressed.append, print) == []
    run_x(display, "xdotool", "key", "Num_Lock")
    run_x(display, "xdotool", "key", "ctrl+alt+d")
    run_x(display, "xdotool", "key", "Num_Lock", "Caps_Lock")
    run_x(display, "xdotool", "key", "ctrl+alt+d")
    run_x(display, "xdotool", "key", "Caps_Lock")
    wait_until(lambda: len(pressed) == 2)
    mine.stop()
    assert not [t for t in threading.enumerate() if t.name.startswith("hotkeys")]
    # Released: a second client may grab it now.
    again = X11Hotkeys()
    try:
        assert again.start({"dial": parse("Ctrl+Alt+D")}, pressed.append, print) == []
    finally:
        again.stop()
    taken = X11Hotkeys()
    other = X11Hotkeys()
    try:
        other.start({"dial": parse("Ctrl+Alt+D")}, pressed.append, print)
        problems = taken.start({"dial-clipboard": parse("Ctrl+Alt+D")}, pressed.append, print)
        assert [p.kind for p in problems] == [TAKEN]
        assert "already used by another program" in problem_sentence(problems[0])
    finally:
        other.stop()
        taken.stop()
    assert os.environ["DISPLAY"] == display
