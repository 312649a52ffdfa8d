"""The second launch's hand-off: the standard library alone reaches the running copy's
real ``QLocalServer``, and a clicked link or the shortcut never imports Qt, requests,
phonenumbers or keyring on the way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calllauncher.services import handoff
from calllauncher.services.single_instance import (
    DIAL_CLIPBOARD,
    LINK,
    PING,
    SHOW,
    InstanceServer,
    Message,
    server_name,
)

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys
from calllauncher.__main__ import main
code = main(sys.argv[1:])
heavy = [m for m in ("PySide6", "requests", "phonenumbers", "keyring", "urllib3", "_hashlib",
                    "argparse", "tempfile") if m in sys.modules]
print(json.dumps({"code": code, "heavy": heavy}))
"""


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[tuple[InstanceServer, list[Message]]]:
    got: list[Message] = []
    instance = InstanceServer(server_name())
    assert instance.listen()
    instance.received.connect(got.append)
    yield instance, got
    instance.close()


def launch(qtbot: QtBot, *args: str) -> dict[str, object]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        text=True,
    )
    # The server answers from this (the test's) event loop while the child waits.
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=10000)
    out, _ = child.communicate()
    return dict(json.loads(out.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dial-clipboard"], Message(DIAL_CLIPBOARD)),
        (["tel:+380443334023"], Message(LINK, "tel:+380443334023")),
        ([], Message(SHOW)),
    ],
)
def test_a_second_launch_hands_over_without_heavy_imports(
    qtbot: QtBot,
    server: tuple[InstanceServer, list[Message]],
    args: list[str],
    message: Message,
) -> None:
    _, got = server
    result = launch(qtbot, *args)
    assert result == {"code": 0, "heavy": []}
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [message]


def test_the_name_is_the_config_folders_sha256_without_openssl(tmp_path: Path) -> None:
    """Same name as copies that took SHA-256 from hashlib (OpenSSL), so they find each other."""
    import hashlib

    digest = hashlib.sha256(str(tmp_path.absolute()).encode()).hexdigest()[:12]
    assert f"calllauncher-{digest}" in str(server_name(tmp_path))


def test_with_nothing_running_the_fast_path_steps_aside() -> None:
    assert handoff.fast_path(["--dial-clipboard"]) is False


@pytest.mark.parametrize(
    ("argv", "plan"),
    [
        ([], (Message(SHOW), False)),
        (["--minimized"], (Message(PING), False)),
        (["--demo", "--dial-clipboard"], (Message(DIAL_CLIPBOARD), True)),
        (["callto://0443334023"], (Message(LINK, "callto://0443334023"), False)),
        (["0443334023", "--demo"], (Message(LINK, "0443334023"), True)),
        # The full parser decides these (usage errors, "did you mean", other options):
        (["employes"], None),
        (["dial", "0443334023"], None),
        (["--register"], None),
        (["--api-url", "https://x/"], None),
        (["tel:1", "tel:2"], None),
        (["--dial-clipboard", "tel:1"], None),
        (["--demo", "--demo"], None),
    ],
)
def test_only_plain_window_launches_take_the_fast_path(
    argv: list[str], plan: tuple[Message, bool] | None
) -> None:
    assert handoff.message_for_argv(argv) == plan


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--minimized"],
        ["--demo", "--dial-clipboard"],
        ["--minimized", "--demo", "tel:+380443334023"],
        ["callto://0443334023"],
        ["0443334023", "--demo"],
        ["--api-url", "https://x/"],
        ["--self-check"],
        ["tel:1", "tel:2"],
    ],
)
def test_a_plain_launch_reads_its_options_as_the_parser_does(argv: list[str]) -> None:
    from calllauncher.cli.parser import gui_parser
    from calllauncher.startup import plain_args

    plain = plain_args(argv)
    if handoff.message_for_argv(argv) is None:
        assert plain is None  # the parser reads it (and says what is wrong)
    else:
        assert plain is not None and vars(plain) == vars(gui_parser().parse_args(argv))


@pytest.mark.parametrize(
    ("name", "platform", "where"),
    [
        ("/run/user/1000/calllauncher-ab.sock", "linux", "/run/user/1000/calllauncher-ab.sock"),
        ("calllauncher-ann-ab", "win32", "\\\\.\\pipe\\calllauncher-ann-ab"),
        ("\\\\.\\pipe\\x", "win32", "\\\\.\\pipe\\x"),
    ],
)
def test_the_address_is_where_qt_listens(name: str, platform: str, where: str) -> None:
    assert handoff.address(name, platform) == where


def test_a_plain_name_on_unix_is_in_the_temporary_folder(tmp_path: Path) -> None:
    import tempfile

    assert handoff.address("calllauncher-x", "darwin") == os.path.join(
        tempfile.gettempdir(), "calllauncher-x"
    )


@pytest.fixture
def demo_copy(qtbot: QtBot) -> Iterator[list[Message]]:
    got: list[Message] = []
    instance = InstanceServer(handoff.instance_name(True))
    assert instance.listen()
    instance.received.connect(got.append)
    yield got
    instance.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tel:+380443334023"], Message(LINK, "tel:+380443334023")),
        (["--dial-clipboard"], Message(DIAL_CLIPBOARD)),
    ],
)
def test_a_link_reaches_the_demo_copy_when_it_is_the_one_running(
    qtbot: QtBot, demo_copy: list[Message], args: list[str], message: Message
) -> None:
    result = launch(qtbot, *args)  # a plain launch: no --demo
    assert result["code"] == 0
    qtbot.waitUntil(lambda: bool(demo_copy), timeout=5000)
    assert demo_copy == [message]


def test_a_plain_start_does_not_raise_the_demo_copy(demo_copy: list[Message]) -> None:
    assert handoff.hand_over(Message(SHOW), demo=False) is False
    assert not demo_copy
