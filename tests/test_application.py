"""The one Application: its start, the first frame's theme, the crash hook, the demo's
one owner and the shutdown that does not wait out a 106 back-off."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from calllauncher.app import AppParts
from calllauncher.application import Application
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services import logs
from calllauncher.services.account import Account
from calllauncher.services.settings import AppSettings
from calllauncher.ui.theme import apply_theme
from tests.support.values import KEY, SECRET

EXT_TO_PHONE = "internal-number-to-external-number"
SHOTS = os.environ.get("CALLLAUNCHER_SHOT_DIR", "")  # keep the screenshot to look at it


@pytest.fixture
def started(qtbot: QtBot, pbx: FakePBX, isolated: Path) -> Iterator[Application]:
    """The real start: ``start()``, the first frame, then everything after it."""
    app = Application(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.shell is not None, timeout=5000)
    qtbot.waitUntil(lambda: bool(app.window.employees), timeout=5000)
    yield app
    app.shutdown()
    logs.stop_logging()
    gc.unfreeze()


def answers(pbx: FakePBX) -> bool:
    """The simulated PBX still takes connections."""
    parts = urlsplit(pbx.url)
    try:
        socket.create_connection((parts.hostname, parts.port or 80), timeout=1).close()
    except OSError:
        return False
    return True


def luminance(colour: QColor) -> float:
    return 0.2126 * colour.red() + 0.7152 * colour.green() + 0.0722 * colour.blue()


def test_the_first_frame_is_in_the_dark_theme(qtbot: QtBot, pbx: FakePBX, tmp_path: Path) -> None:
    settings = AppSettings()
    settings.set("ui/theme", "dark")
    settings.sync()
    app = Application(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(app.window)
    shots: list[Path] = []

    def first_frame() -> None:  # runs before anything after_first_frame does
        shot = Path(SHOTS or tmp_path) / "first-frame-dark.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        app.window.grab().save(str(shot))
        shots.append(shot)

    app.window.firstPainted.connect(first_frame)
    try:
        app.start()
        qtbot.waitUntil(lambda: bool(shots), timeout=5000)
        image = app.window.grab().toImage()
        from PySide6.QtGui import QImage

        first = QImage(str(shots[0]))
        # The window's background beside the form and under the calls panel.
        for x, y in ((4, first.height() // 2), (first.width() - 5, first.height() - 40)):
            assert luminance(first.pixelColor(x, y)) < 80, (x, y, first.pixelColor(x, y).name())
        assert first.size() == image.size()
    finally:
        app.shutdown()
        apply_theme("system")
        logs.stop_logging()
        gc.unfreeze()


def test_the_timeline_takes_its_place_right_after_the_first_frame(
    qtbot: QtBot, pbx: FakePBX, isolated: Path
) -> None:
    from calllauncher.ui.timeline_view import TimelineView

    app = Application(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(app.window)
    try:
        assert app.window.findChild(TimelineView) is None  # an empty place at the first frame
        app.start()
        qtbot.waitUntil(lambda: app.window.findChild(TimelineView) is not None, timeout=5000)
        found = app.window.findChild(TimelineView)
        assert found is app.window.timeline and found.isVisible()
        assert found.calls is app.window.calls_view
    finally:
        app.shutdown()
        logs.stop_logging()
        gc.unfreeze()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_callback_is_logged_and_shown_and_the_app_goes_on(
    qtbot: QtBot, started: Application, pbx: FakePBX
) -> None:
    def broken_slot() -> None:
        raise ValueError(f"a bug in a slot, secret {SECRET}")

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(broken_slot)
    timer.start(0)
    banner = started.window.banner
    qtbot.waitUntil(lambda: "Something went wrong inside the app" in banner.text, timeout=5000)
    assert banner.isVisible()
    assert "ValueError: a bug in a slot" in banner.details
    assert SECRET not in banner.details  # redacted like the log
    for handler in logs.logging.getLogger("calllauncher").handlers:
        handler.flush()
    text = logs.log_file().read_text("utf-8")
    assert "Traceback" in text and "broken_slot" in text and "ValueError" in text
    assert SECRET not in text
    # Still working: a call starts and shows.
    started.window.dial_number("0443334023")
    qtbot.waitUntil(lambda: bool(started.window.live.calls), timeout=5000)
    assert len(pbx.requests_for(EXT_TO_PHONE)) == 1


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_logged_and_shown(qtbot: QtBot, started: Application) -> None:
    def broken() -> None:
        raise RuntimeError("a bug in a worker thread")

    thread = threading.Thread(target=broken, name="broken-thread")
    thread.start()
    thread.join()
    banner = started.window.banner
    qtbot.waitUntil(lambda: "a bug in a worker thread" in banner.details, timeout=5000)
    for handler in logs.logging.getLogger("calllauncher").handlers:
        handler.flush()
    assert "broken-thread" in logs.log_file().read_text("utf-8")


def test_the_hook_goes_at_shutdown(qtbot: QtBot, pbx: FakePBX) -> None:
    before = sys.excepthook, threading.excepthook
    app = Application(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(app.window)
    app.install_crash_hook()
    assert sys.excepthook is not before[0]
    app.shutdown()
    assert (sys.excepthook, threading.excepthook) == before


def test_quit_during_a_106_back_off_returns_at_once(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.RATE_LIMIT, delay=5, count=3)  # "try again after 5 sec.", three times
    parts.dialer.load_employees()  # read-only: retried after the wait
    already = len(pbx.requests_for("list-of-employees"))  # the window's own first load
    qtbot.waitUntil(lambda: len(pbx.requests_for("list-of-employees")) > already, timeout=5000)
    qtbot.wait(100)  # the worker is in its 5 s wait now
    started = time.monotonic()
    finished = parts.shutdown()
    took = time.monotonic() - started
    assert finished, "a worker was still running: the app would have needed os._exit"
    assert took < 0.5, f"shutdown took {took:.2f} s"
    qtbot.wait(200)
    assert len(pbx.requests_for("list-of-employees")) == already + 1  # none after the quit


def test_shutting_down_is_announced_once(qtbot: QtBot, parts: AppParts) -> None:
    seen: list[bool] = []
    parts.shuttingDown.connect(lambda: seen.append(True))
    assert parts.shutdown()
    assert parts.shutdown()
    assert seen == [True]
    assert parts.window.quitting and not parts.window.isVisible()


def test_the_demo_pbx_has_one_owner(qtbot: QtBot) -> None:
    app = Application(demo=True)
    qtbot.addWidget(app.window)
    try:
        app.go_online()
        pbx = app.demo.pbx
        assert pbx is not None and app.demo_pbx is pbx and app.account.demo_pbx is pbx
        with qtbot.waitSignal(app.account.signedIn, timeout=5000):
            app.account.start_demo()  # "Try the demo" again: the first one stops
        assert app.demo.pbx is not None and app.demo.pbx is not pbx
        assert not answers(pbx)
        second = app.demo.pbx
        app.account.sign_out()  # "Leave the demo"
        assert app.demo.pbx is None and not answers(second)
    finally:
        assert app.shutdown()


def test_shutdown_stops_the_demo_pbx(qtbot: QtBot) -> None:
    app = Application(demo=True)
    qtbot.addWidget(app.window)
    app.go_online()
    pbx = app.demo.pbx
    assert pbx is not None and answers(pbx)
    assert app.shutdown()
    assert not answers(pbx) and app.demo.pbx is None


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


def test_the_pre_qt_phase_imports_no_qt() -> None:
    loaded = run_python(
        "import sys, calllauncher.startup, calllauncher.__main__\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    assert loaded == "[]"


def test_account_flows_do_not_import_the_window() -> None:
    alone = run_python(
        "import sys, calllauncher.ui.account_flows\n"
        "print('calllauncher.ui.main_window' in sys.modules)"
    )
    assert alone == "False"


def test_quit_while_the_pbx_holds_a_request_returns_at_once(
    qtbot: QtBot, parts: AppParts, pbx: FakePBX
) -> None:
    pbx.inject(Fault.SLOW, delay=5, method="list-of-voice-files")
    parts.dialer.load_voice_files()
    qtbot.waitUntil(lambda: len(pbx.requests_for("list-of-voice-files")) >= 2, timeout=5000)
    qtbot.wait(100)  # held by the PBX now
    started = time.monotonic()
    finished = parts.shutdown()
    took = time.monotonic() - started
    assert finished and took < 0.5, f"shutdown took {took:.2f} s"


def test_the_single_instance_is_claimed_after_the_first_frame_and_a_winner_gets_the_message(
    qtbot: QtBot, pbx: FakePBX, isolated: Path, tmp_path: Path
) -> None:
    """QtNetwork's server waits for the first frame; a copy that started in between
    (here a plain socket answering as one) keeps serving and gets this launch's link."""
    from calllauncher.services.instance_protocol import message_for

    where = tmp_path / "instance.sock"
    got: list[bytes] = []
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(where))
    listener.listen(1)

    def other_copy() -> None:
        while not got:  # the first knock only asks whether anyone is there
            conn, _ = listener.accept()
            with conn:
                data = conn.recv(65536)
                if data:
                    got.append(data)
                    conn.sendall(b'{"ok": true}\n')

    thread = threading.Thread(target=other_copy, daemon=True)
    thread.start()
    app = Application(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(app.window)
    app.serve_after_first_frame(str(where), message_for("tel:0443334023"))
    assert app.instance is None  # nothing listens before the window is seen
    app.start()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    thread.join(5)
    assert b"0443334023" in got[0]
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=5000)
    assert app.shell is None and app.instance is None  # this copy bowed out
    app.shutdown()
    listener.close()
    gc.unfreeze()


def test_with_no_other_copy_the_instance_is_served_after_the_first_frame(
    qtbot: QtBot, pbx: FakePBX, isolated: Path, tmp_path: Path
) -> None:
    from calllauncher.services.handoff import forward
    from calllauncher.services.instance_protocol import message_for

    name = str(tmp_path / "instance.sock")
    app = Application(account=Account(KEY, pbx.url, "4.0", extension="901"), secret=SECRET)
    qtbot.addWidget(app.window)
    app.serve_after_first_frame(name, message_for(None))
    assert app.instance is None
    app.start()
    qtbot.waitUntil(lambda: app.shell is not None, timeout=5000)
    assert app.instance is not None
    result: list[bool] = []
    sender = threading.Thread(
        target=lambda: result.append(forward(message_for("tel:0501234567"), name))
    )
    sender.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    sender.join()
    assert result == [True]
    qtbot.waitUntil(lambda: app.window.form.number.text() != "", timeout=5000)
    app.shutdown()
    logs.stop_logging()
    gc.unfreeze()
