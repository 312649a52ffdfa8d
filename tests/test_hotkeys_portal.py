"""Wayland's global shortcuts through the desktop portal, on a private session bus
(dbus-run-session): with no portal the fallback sentence; with a portal (a small one here,
speaking the GlobalShortcuts protocol over the real bus) the shortcuts are bound, a press
comes back as the action, the user's "no" is said, and the session is closed at the end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

CHILD = r"""
import json, sys, threading
from PySide6.QtCore import QCoreApplication, QTimer
from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

mode = sys.argv[1]
seen = []

def portal(ready):
    # The desktop's side: org.freedesktop.portal.Desktop with GlobalShortcuts.
    conn = open_dbus_connection("SESSION")
    conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.portal.Desktop"))
    ready.set()
    session = "/org/freedesktop/portal/desktop/session/1_1/s"
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields[HeaderFields.member]
        seen.append(member)
        if member == "Get":
            conn.send(new_method_return(msg, "v", (("u", 1),)))
            continue
        if member == "Close":
            conn.send(new_method_return(msg))
            print("closed", msg.header.fields[HeaderFields.path], flush=True)
            continue
        options = msg.body[-1]
        sender = msg.header.fields[HeaderFields.sender].lstrip(":").replace(".", "_")
        path = f"/org/freedesktop/portal/desktop/request/{sender}/{options['handle_token'][1]}"
        conn.send(new_method_return(msg, "o", (path,)))
        request = DBusAddress(path, interface="org.freedesktop.portal.Request")
        if member == "CreateSession":
            results = {"session_handle": ("s", session)}
            conn.send(new_signal(request, "Response", "ua{sv}", (0, results)))
        elif member == "BindShortcuts":
            print("bound", json.dumps(msg.body[1]), flush=True)
            code = 1 if mode == "refuse" else 0
            conn.send(new_signal(request, "Response", "ua{sv}", (code, {})))
            if code == 0:
                portal_path = DBusAddress("/org/freedesktop/portal/desktop",
                                          interface="org.freedesktop.portal.GlobalShortcuts")
                for shortcut, where in (("show-dialer", "/elsewhere"), ("dial-clipboard", session)):
                    conn.send(new_signal(portal_path, "Activated", "osta{sv}",
                                         (where, shortcut, 0, {})))

app = QCoreApplication([])
from calllauncher.services.hotkeys import choose_backend
from calllauncher.services.hotkeys.common import GlobalHotkeys
from calllauncher.wording.hotkeys import problem_sentences

if mode != "absent":
    ready = threading.Event()
    threading.Thread(target=portal, args=(ready,), daemon=True).start()
    ready.wait(5)

hotkeys = GlobalHotkeys(lambda: choose_backend("wayland"))

def said():
    print("said", json.dumps(problem_sentences(hotkeys.problems)), flush=True)
    finish()

def triggered(action):
    print("triggered", action, flush=True)
    finish()

def finish():
    hotkeys.release()
    threads = [t.name for t in threading.enumerate() if t.name.startswith("hotkeys")]
    QTimer.singleShot(300, lambda: (print("threads", json.dumps(threads), flush=True), app.quit()))

hotkeys.problemsChanged.connect(said)
hotkeys.triggered.connect(triggered)
bindings = {"dial-clipboard": "Ctrl+Alt+D", "show-dialer": "Ctrl+Alt+C"}
print("now", json.dumps(hotkeys.install(bindings)), flush=True)
QTimer.singleShot(15000, app.quit)
app.exec()
"""


def run(mode: str) -> dict[str, str]:
    if shutil.which("dbus-run-session") is None:
        if os.environ.get("CI"):
            pytest.fail("dbus-run-session is missing (.ci/run installs dbus)")
        pytest.skip("dbus-run-session is not installed")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", CHILD, mode],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = {}
    for line in done.stdout.splitlines():
        word, _, rest = line.partition(" ")
        lines[word] = rest
    return lines


FALLBACK = (
    "Instead, add a keyboard shortcut in your desktop's settings that runs "
    "“calllauncher --dial-clipboard” (GNOME: Settings ▸ Keyboard ▸ Custom Shortcuts; KDE: "
    "System Settings ▸ Shortcuts)."
)


def test_without_the_portal_the_desktop_shortcut_is_suggested() -> None:
    out = run("absent")
    assert json.loads(out["now"]) == []  # the answer comes from the bus, later
    assert json.loads(out["said"]) == [
        "This desktop does not let apps set a global shortcut. " + FALLBACK
    ]
    assert json.loads(out["threads"]) == []


def test_the_portal_binds_the_shortcuts_and_a_press_is_the_action() -> None:
    out = run("accept")
    bound = json.loads(out["bound"])
    assert bound == [
        [
            "dial-clipboard",
            {
                "description": ["s", "Dial the copied number"],
                "preferred_trigger": ["s", "CTRL+ALT+d"],
            },
        ],
        [
            "show-dialer",
            {"description": ["s", "Show the dialer"], "preferred_trigger": ["s", "CTRL+ALT+c"]},
        ],
    ]
    # Another session's Activated is not ours; ours is.
    assert out["triggered"] == "dial-clipboard"
    assert out["closed"] == "/org/freedesktop/portal/desktop/session/1_1/s"
    assert json.loads(out["threads"]) == []
    assert "said" not in out


def test_the_users_no_is_said() -> None:
    out = run("refuse")
    assert json.loads(out["said"]) == [
        "The desktop did not allow CallLauncher's global shortcuts. " + FALLBACK
    ]
    assert "triggered" not in out
