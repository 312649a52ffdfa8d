"""The parent's side of ``_pbx_server.py --report``: the simulated PBX in its own process.

A real PBX is never in the app's process. In-process, the simulated one took the app's
GIL to read and parse each request before stamping ``received_at`` (a cost the idle
reference did not pay the same way); out of process it costs the app nothing. Each logged
request comes back as a line on the child's stdout, read here by a thread that is blocked
in ``read()`` (GIL released) until the request has already arrived.
"""

from __future__ import annotations

import json
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from benchmarks._common import HERE, KEY, PYTHON, ROOT, SECRET, child_env


@dataclass(frozen=True)
class Arrival:
    method: str
    path: str
    body: dict[str, Any]
    received_at: float  # the PBX process's time.monotonic(): CLOCK_MONOTONIC, shared


class PbxProcess:
    """``with PbxProcess(tmp, time_scale=…) as pbx:`` — ``pbx.url``, ``pbx.arrivals(m)``."""

    def __init__(self, tmp: Path, *, time_scale: float = 1.0) -> None:
        self._cmd = [
            PYTHON,
            str(HERE / "_pbx_server.py"),
            *("--key", KEY, "--secret", SECRET, "--time-scale", str(time_scale), "--report"),
        ]
        self._env = child_env(tmp)
        self._lock = threading.Lock()
        self._arrivals: list[Arrival] = []
        self._proc: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self.url = ""

    def __enter__(self) -> PbxProcess:
        proc = subprocess.Popen(
            self._cmd,
            env=self._env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._proc = proc
        assert proc.stdout is not None
        self.url = proc.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self._close()
            raise RuntimeError(f"the PBX did not start: {self.url!r}")
        self._reader = threading.Thread(target=self._read, name="pbx-stdout", daemon=True)
        self._reader.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._close()

    def _close(self) -> None:
        proc = self._proc
        if proc is None:
            return
        assert proc.stdin is not None
        proc.stdin.close()  # the server's cue to stop
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if self._reader is not None:
            self._reader.join(5)

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            data = json.loads(line) if line.startswith("{") else {}
            request = data.get("request")
            if request is None:
                continue  # the closing counts line
            arrival = Arrival(
                request["method"], request["path"], request["body"], request["received_at"]
            )
            with self._lock:
                self._arrivals.append(arrival)

    def arrivals(self, method: str) -> list[Arrival]:
        with self._lock:
            return [a for a in self._arrivals if a.method == method]
