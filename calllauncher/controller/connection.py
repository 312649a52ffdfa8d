"""The current account and its client, shared by every controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..services.tasks import TaskRunner

if TYPE_CHECKING:
    from ..binotel import Client
    from ..services.account import Account  # its checks and keyring code: after the first frame


class NotSignedIn(Exception):
    pass


class Connection(QObject):
    """Owns the :class:`Client` for the signed-in account (or the demo PBX).

    ``Client`` is safe to share across worker threads: its transport keeps one HTTP
    session per thread.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._account: Account | None = None
        self._secret: str | None = None
        self._client: Client | None = None

    @property
    def account(self) -> Account | None:
        return self._account

    @property
    def signed_in(self) -> bool:
        return self._account is not None and bool(self._secret)

    @property
    def is_demo(self) -> bool:
        return self._account is not None and self._account.demo

    @property
    def secret(self) -> str:
        """The account's secret, for the WebSocket login (services/live_feed.py)."""
        return self._secret or ""

    def sign_in(self, account: Account, secret: str) -> None:
        self.close()
        self._account, self._secret = account, secret
        self.changed.emit()

    def sign_out(self) -> None:
        self.close()
        self._account, self._secret = None, None
        self.changed.emit()

    def refusal(self) -> str:
        """Why the signed-in account can send nothing ("" if it can): a bad API address or
        a missing CA bundle. :meth:`client` raises ConfigError with this sentence."""
        return self._account.refusal() if self._account is not None else ""

    def client(self) -> Client:
        """Raises NotSignedIn, or ConfigError when the account's settings are refused."""
        if self._account is None or not self._secret:
            raise NotSignedIn
        if self._client is None:
            self._client = self._account.client(self._secret)
        return self._client

    def close(self, *, cut: bool = False) -> None:
        """Drop the client; ``cut`` (quitting) also ends the requests it has under way."""
        if self._client is not None:
            self._client.close(cut=cut)
            self._client = None


class ConnectedController(QObject):
    """Base of the controllers that send requests for the current account via the runner."""

    def __init__(
        self, runner: TaskRunner, connection: Connection, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._connection = connection
