"""The demo: the simulated PBX in this process and the connection signed in to it.

The one owner of that PBX. ``--demo`` starts it after the first frame, the welcome's
"Try the demo" starts it on a worker (it opens a socket); a real account signing in, leaving
the demo and quitting stop it, each through :meth:`DemoSession.stop`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..services.tasks import TaskRunner
from .connection import Connection

if TYPE_CHECKING:
    from ..fakepbx import FakePBX

log = logging.getLogger(__name__)


class DemoSession(QObject):
    started = Signal()  # :meth:`start` signed in to a freshly started simulated PBX
    failed = Signal(object)  # the exception that kept it from starting

    def __init__(
        self, runner: TaskRunner, connection: Connection, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._connection = connection
        self.pbx: FakePBX | None = None

    @property
    def running(self) -> bool:
        return self.pbx is not None

    def start_now(self) -> None:
        """Start on this thread (``--demo``, after the first frame) and sign in."""
        from ..demo import start_demo_pbx

        self._adopt(start_demo_pbx(), announce=False)

    def start(self) -> None:
        """Start on a worker; ``started`` or ``failed`` tells how it went."""
        from ..demo import start_demo_pbx

        self._runner.run(start_demo_pbx, on_done=self._adopt, on_error=self.failed.emit)

    def _adopt(self, pbx: FakePBX, *, announce: bool = True) -> None:
        from ..demo import DEMO_EXTENSION, DEMO_SECRET

        previous, self.pbx = self.pbx, pbx
        from ..services.account import (
            demo_account,  # the account's module: not before the first frame
        )

        self._connection.sign_in(demo_account(pbx.url, DEMO_EXTENSION), DEMO_SECRET)
        if previous is not None:
            previous.stop()  # "Try the demo" again from the welcome: one PBX at a time
        if announce:
            self.started.emit()

    def stop(self) -> bool:
        """Stop the simulated PBX, if one runs. True if one was stopped."""
        pbx, self.pbx = self.pbx, None
        if pbx is None:
            return False
        pbx.stop()
        log.debug("demo PBX stopped")
        return True
