"""A keyring backend that fails on cue, to see every keyring failure answered plainly."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class ScriptedKeyring(KeyringBackend):
    """Fails the first ``reads_failing`` reads, ``writes_failing`` writes and
    ``deletes_failing`` deletes with ``error``."""

    priority = 0  # type: ignore[assignment]  # never chosen automatically

    def __init__(
        self,
        error: Exception,
        *,
        reads_failing: int = 0,
        writes_failing: int = 0,
        deletes_failing: int = 0,
    ) -> None:
        super().__init__()
        self.error = error
        self.reads_failing = reads_failing
        self.writes_failing = writes_failing
        self.deletes_failing = deletes_failing
        self.reads = 0
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        if self.reads_failing > 0:
            self.reads_failing -= 1
            raise self.error
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.writes_failing > 0:
            self.writes_failing -= 1
            raise self.error
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.deletes_failing > 0:
            self.deletes_failing -= 1
            raise self.error
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")
