"""Signing in and out: the saved account at start, Test connection, keyring or this session
only, the demo PBX. Keyring and network work goes through the TaskRunner; settings are
written here, on the GUI thread, with the same functions the command line uses.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..services import logs, tasks
from ..services.account import (
    Account,
    forget_account,
    keep_secret,
    load_account,
    save_account,
    verify,
)
from ..services.credentials import CredentialError, KeyringStore, SecretStore, SessionSecrets
from ..services.setting_checks import checked_version, fallback_note
from ..services.settings import AppSettings, Key
from ..services.tasks import TaskGroup, TaskRunner
from ..translation import translate
from ..wording import failures as messages
from ..wording.sign_in import (  # re-exported: the dialogs and tests take them from here
    AUTH,
    INPUT,
    IP,
    NETWORK,
    OK,
    OTHER,
    PBX,
    TLS,
    KeyringProblem,
    TestAnswer,
    answer_for,
    answer_ok,
    check_fields,
    keyring_problem,
)
from .connection import Connection
from .demo_session import DemoSession

if TYPE_CHECKING:
    from ..fakepbx import FakePBX

__all__ = [
    "AUTH", "INPUT", "IP", "MISSING", "NETWORK", "OK", "OTHER", "PBX", "TLS",
    "AccountController", "KeyringProblem", "TestAnswer", "answer_for", "answer_ok",
    "check_fields", "keyring_problem",
]  # fmt: skip


# Why nobody is signed in at start ("" = first run: no key saved).
MISSING = "missing"

# At login the keyring daemon may start after us: retry a read that says "unavailable" or
# "locked" after these pauses (ms) before asking the user anything.
RESTORE_DELAYS_MS: tuple[int, ...] = (750, 1500, 2500)


class AccountController(QObject):
    """The one place that signs the app in and out."""

    busyChanged = Signal(bool)
    restoring = Signal(bool)  # reading the saved secret at start (with retries)
    needsSignIn = Signal(str, str)  # why nobody is signed in: kind ("", MISSING, a keyring
    # failure kind), sentence ("" on a first run)
    tested = Signal(object)  # TestAnswer
    keyringFailed = Signal(object)  # KeyringProblem; the secret was not kept
    signedIn = Signal()
    signedOut = Signal()
    failed = Signal(object)  # messages.Failure for the window: sign-out or demo start

    def __init__(
        self,
        runner: TaskRunner,
        connection: Connection,
        settings: AppSettings,
        parent: QObject | None = None,
        *,
        store: SecretStore | None = None,
        api_url: str | None = None,
        api_version: str | None = None,
        demo: DemoSession | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._connection = connection
        self.settings = settings
        self.store: SecretStore = store or KeyringStore()
        self.session = SessionSecrets()
        self.session_only = False  # the current secret lives in memory, not the keyring
        self.restore_delays_ms = RESTORE_DELAYS_MS
        # The demo's simulated PBX belongs to the session; this controller starts and stops it.
        self.demo = demo or DemoSession(runner, connection, self)
        self.demo.started.connect(self._demo_started)
        self.demo.failed.connect(self._demo_failed)
        self._overrides = (api_url, api_version)
        # Busy while any of our answers is wanted; a newer Test connection supersedes.
        self._tasks = TaskGroup(runner, self)
        self._tasks.busyChanged.connect(self.busyChanged)
        self._test_task = (id(self), "test")
        self._retry: Callable[[], None] | None = None

    # -- state --------------------------------------------------------------------------

    def saved_account(self) -> Account:
        return load_account(
            self.settings, api_url=self._overrides[0], api_version=self._overrides[1]
        )

    def setting_problems(self) -> list[str]:
        """Saved settings that can't be used, each a sentence naming the setting and where
        it came from (shown at start): an unknown API version, an address that is not
        https, a missing CA bundle."""
        _, version = checked_version(self.settings, self._overrides[1])
        found = [f"{version} {fallback_note(Key.API_VERSION)}"] if version else []
        refusal = self.saved_account().refusal()
        return [*found, refusal] if refusal else found

    @property
    def busy(self) -> bool:
        return self._tasks.busy

    def _run(
        self, fn: Callable[[], Any], on_done: Any, on_error: Any, *, lane: str = tasks.NETWORK
    ) -> None:
        self._tasks.run(fn, on_done, on_error, lane=lane)

    # -- start-up -----------------------------------------------------------------------

    def restore(self) -> None:
        """Sign in with the saved key and the keyring's secret, without asking if it can."""
        account = self.saved_account()
        if not account.key:
            # Later, not now: whoever built us connects to needsSignIn first.
            QTimer.singleShot(0, self, partial(self.needsSignIn.emit, "", ""))
            return
        self.restoring.emit(True)
        self._restore_attempt(account, 0)

    def _restore_attempt(self, account: Account, attempt: int) -> None:
        self._run(
            partial(self.store.load, account.key),
            partial(self._restored, account),
            partial(self._restore_failed, account, attempt),
            lane=tasks.KEYRING,
        )

    def _restored(self, account: Account, secret: str | None) -> None:
        self.restoring.emit(False)
        if not secret and not self.settings.is_user_set(Key.ACCOUNT_KEY):
            self.needsSignIn.emit("", "")  # only the office's preset key: a first run
            return
        if not secret:
            self.needsSignIn.emit(
                MISSING,
                translate(
                    "Account", "The keyring holds no secret for API key {key}…: sign in again."
                ).format(key=account.key[:4]),
            )
            return
        logs.register_secret(secret)
        self.session_only = False
        self._sign_in(account, secret)

    def _restore_failed(self, account: Account, attempt: int, exc: BaseException) -> None:
        late = isinstance(exc, CredentialError) and exc.kind in ("unavailable", "locked")
        if late and attempt < len(self.restore_delays_ms):
            QTimer.singleShot(
                self.restore_delays_ms[attempt],
                self,
                partial(self._restore_attempt, account, attempt + 1),
            )
            return
        self.restoring.emit(False)
        problem = keyring_problem(exc, reading=True)
        self._retry = self.restore
        self.needsSignIn.emit(problem.kind, problem.sentence)

    # -- Test connection, Save, this session only ---------------------------------------

    def test_connection(self, account: Account, secret: str) -> None:
        """Answer with ``tested``; a newer test (or :meth:`cancel`) drops an older answer."""
        logs.register_secret(secret)  # from the first moment the app holds it
        self._tasks.run(
            partial(verify, account, secret),
            partial(self._test_done, answer_ok),
            partial(self._test_done, answer_for),
            name=self._test_task,
            latest=True,
        )

    def _test_done(self, to_answer: Callable[[Any], TestAnswer], value: Any) -> None:
        self.tested.emit(to_answer(value))

    def cancel(self) -> None:
        """The dialog closed: answers still on their way are not wanted."""
        self._runner.forget(self._test_task)
        self._retry = None

    def save(self, account: Account, secret: str) -> None:
        """Secret into the keyring (worker), then the rest into settings, then signed in."""
        logs.register_secret(secret)
        previous = "" if self.session_only else self.settings.text(Key.ACCOUNT_KEY)
        self._retry = partial(self.save, account, secret)
        self._run(
            partial(keep_secret, self.store, account.key, secret, previous),
            partial(self._kept, account, secret),
            self._keep_failed,
            lane=tasks.KEYRING,
        )

    def _kept(self, account: Account, secret: str, _: object) -> None:
        self._retry = None
        self.session_only = False
        save_account(self.settings, account)
        self._sign_in(account, secret)

    def _keep_failed(self, exc: BaseException) -> None:
        self.keyringFailed.emit(keyring_problem(exc))

    def use_for_session(self, account: Account, secret: str) -> None:
        """ "Use for this session only": the secret stays in memory and is gone at quit.
        Key, URL and extension are still saved; they are not secret."""
        logs.register_secret(secret)
        self._retry = None
        self.session.save(account.key, secret)
        self.session_only = True
        save_account(self.settings, account)
        self._sign_in(account, secret)

    def retry(self) -> bool:
        """Run the last keyring step again (after unlocking). False if there is none."""
        action, self._retry = self._retry, None
        if action is None:
            return False
        action()
        return True

    def _sign_in(self, account: Account, secret: str) -> None:
        logs.register_secret(secret)
        self._connection.sign_in(account, secret)
        self._stop_demo()
        self.signedIn.emit()

    # -- demo, sign out -----------------------------------------------------------------

    @property
    def demo_pbx(self) -> FakePBX | None:
        return self.demo.pbx

    def start_demo(self) -> None:
        """Switch to the built-in demo PBX (started on a worker: it opens a socket)."""
        self._tasks.hold()  # the demo session runs it; busy until it answers
        self.demo.start()

    def _demo_done(self) -> None:
        self._tasks.release()

    def _demo_started(self) -> None:
        self._demo_done()
        self.session_only = False
        self.signedIn.emit()

    def _demo_failed(self, exc: BaseException) -> None:
        self._demo_done()
        self.failed.emit(messages.describe(exc))

    def _stop_demo(self) -> None:
        self.demo.stop()

    def sign_out(self) -> None:
        """Delete the secret (keyring on a worker), forget the key, disconnect."""
        account = self._connection.account
        if account is None:
            return
        if account.demo or self.session_only:
            self.session.delete(account.key)
            self._signed_out(account.demo)
            return
        self._run(
            partial(self.store.delete, account.key),
            self._deleted,
            self._sign_out_failed,
            lane=tasks.KEYRING,
        )

    def _deleted(self, _: object) -> None:
        self._signed_out(False)

    def _signed_out(self, demo: bool) -> None:
        if not demo:
            forget_account(self.settings)
        self.session_only = False
        self._connection.sign_out()
        self._stop_demo()
        self.signedOut.emit()

    def _sign_out_failed(self, exc: BaseException) -> None:
        detail = exc.detail if isinstance(exc, CredentialError) else type(exc).__name__
        self.failed.emit(
            messages.Failure(
                translate(
                    "Account",
                    "Could not delete the secret from the keyring, so you are still signed "
                    "in. Check that your keyring is running and unlocked, then sign out again.",
                ),
                detail,
            )
        )
