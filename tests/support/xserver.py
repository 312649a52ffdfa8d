"""A private X server (Xvfb) for tests that need a real X11 display: global key grabs,
keys sent with xdotool, the clipboard owned by xclip."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def need(*tools: str) -> None:
    """Skip (fail in CI, which installs them: .ci/run) without the X tools."""
    for tool in tools:
        if shutil.which(tool) is None:
            if os.environ.get("CI"):
                pytest.fail(f"{tool} is missing (.ci/run installs it)")
            pytest.skip(f"{tool} is not installed")


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh Xvfb; yields its DISPLAY (":N"), stopped after."""
    need("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()  # written once the server accepts clients
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def x_env(display: str) -> dict[str, str]:
    """The environment of a program on ``display`` (X11 only: no Wayland to prefer)."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(name, None)
    return env


def run_x(display: str, *command: str) -> None:
    subprocess.run(command, env=x_env(display), check=True, timeout=30)
