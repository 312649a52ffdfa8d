"""The command line run in process, for the CLI tests: ``cli(*args)`` gives (exit code,
stdout, stderr); ``signed_in`` logs in to the simulated PBX first."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from calllauncher.__main__ import main
from calllauncher.fakepbx import FakePBX
from tests.support.values import KEY, SECRET

Result = tuple[int, str, str]
Cli = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Run ``calllauncher ARGS`` in process: (exit code, stdout, stderr)."""

    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()  # drop anything printed before
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def signed_in(cli: Cli, pbx: FakePBX) -> FakePBX:
    """Logged in with KEY/SECRET and extension 901; the PBX log starts empty."""
    code, _, err = cli("--api-url", pbx.url, "login", "--key", KEY, "--ext", "901", stdin=SECRET)
    assert code == 0, err
    pbx.clear_log()
    return pbx
