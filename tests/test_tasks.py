"""The TaskRunner's patterns on real worker threads: single-flight and latest-wins by name,
the keyring lane of one thread, cancellable waits, a group's busy signal."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from calllauncher.controller.account import AccountController, TestAnswer
from calllauncher.controller.connection import Connection
from calllauncher.fakepbx import FakePBX, Fault
from calllauncher.services.account import Account
from calllauncher.services.settings import AppSettings
from calllauncher.services.tasks import KEYRING, Cancelled, TaskGroup, TaskRunner
from tests.support.values import KEY, SECRET


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    owner = QObject()
    runner = TaskRunner(owner)
    yield runner
    runner.shutdown(3000)


def held(gate: threading.Event, value: Any) -> Callable[[], Any]:
    def work() -> Any:
        assert gate.wait(10), "the test never opened the gate"
        return value

    return work


def test_a_second_run_of_a_name_in_flight_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    gate = threading.Event()
    answers: list[str] = []
    assert runner.run_once("list", held(gate, "first"), answers.append)
    assert runner.in_flight("list")
    assert runner.run_once("list", held(gate, "second"), answers.append) == 0
    gate.set()
    qtbot.waitUntil(lambda: answers == ["first"], timeout=5000)
    assert not runner.in_flight("list")
    # Once answered the name is free again; the callback may even start it itself.
    assert runner.run_once("list", lambda: "third", answers.append)
    qtbot.waitUntil(lambda: answers == ["first", "third"], timeout=5000)


def test_the_name_is_free_inside_its_own_callback(qtbot: QtBot, runner: TaskRunner) -> None:
    answers: list[str] = []

    def again(value: str) -> None:
        answers.append(value)
        if value == "once":
            runner.run_once("poll", lambda: "twice", again)

    runner.run_once("poll", lambda: "once", again)
    qtbot.waitUntil(lambda: answers == ["once", "twice"], timeout=5000)


def test_latest_wins_and_the_superseded_answer_never_arrives(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    old_gate, new_gate = threading.Event(), threading.Event()
    answers: list[str] = []
    errors: list[BaseException] = []
    runner.run_latest("test", held(old_gate, "old"), answers.append, errors.append)
    runner.run_latest("test", held(new_gate, "new"), answers.append, errors.append)
    new_gate.set()
    qtbot.waitUntil(lambda: answers == ["new"], timeout=5000)
    old_gate.set()  # the old one ends after the new one: still not delivered
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    qtbot.wait(50)
    assert answers == ["new"] and errors == []


def test_a_forgotten_answer_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    gate = threading.Event()
    answers: list[str] = []
    runner.run_latest("test", held(gate, "late"), answers.append)
    runner.forget("test")
    assert not runner.in_flight("test")
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert answers == []


class _Owner(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []

    def answered(self, value: str) -> None:
        self.setObjectName(value)  # touches the C++ object, as a signal's emit does
        self.answers.append(value)


def test_an_answer_for_a_deleted_owner_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    # A dossier closed while its calls load: the answer must not reach the dead object
    # (that raised "Signal source has been deleted" in the slot).
    gate = threading.Event()
    gone, alive = _Owner(), _Owner()
    runner.run(held(gate, "late"), gone.answered, gone.answered)
    runner.run(held(gate, "late"), alive.answered)
    shiboken6.delete(gone)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert alive.answers == ["late"]


def test_keyring_work_has_one_thread_of_its_own(qtbot: QtBot, runner: TaskRunner) -> None:
    """A hung keyring call holds neither a network worker nor a second keyring worker."""
    gate = threading.Event()
    inside = 0
    most = 0
    lock = threading.Lock()
    threads: set[int] = set()

    def keyring_call() -> None:
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
            threads.add(threading.get_ident())
        gate.wait(10)
        with lock:
            inside -= 1

    done: list[object] = []
    for _ in range(3):
        runner.run(keyring_call, done.append, lane=KEYRING)
    network: list[str] = []
    runner.run(lambda: "network", network.append)
    qtbot.waitUntil(lambda: network == ["network"], timeout=5000)  # not stuck behind it
    assert len(done) == 0
    gate.set()
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert most == 1


def test_a_wait_ends_when_the_runner_shuts_down(qtbot: QtBot) -> None:
    owner = QObject()
    runner = TaskRunner(owner)
    started = threading.Event()
    ended: list[BaseException] = []

    def backing_off() -> None:
        started.set()
        try:
            runner.sleep(30)  # a PBX back-off
        except Cancelled as exc:
            ended.append(exc)
            raise

    runner.run(backing_off)
    assert started.wait(5)
    began = time.monotonic()
    assert runner.shutdown(5000)
    assert time.monotonic() - began < 0.5
    assert len(ended) == 1
    assert runner.run(lambda: None) == 0  # nothing starts after shutdown
    with pytest.raises(Cancelled):
        runner.sleep(0)


def test_a_short_wait_just_waits(runner: TaskRunner) -> None:
    began = time.monotonic()
    runner.sleep(0.05)
    assert time.monotonic() - began >= 0.04


def test_a_group_is_busy_while_an_answer_is_wanted(qtbot: QtBot, runner: TaskRunner) -> None:
    group = TaskGroup(runner)
    seen: list[bool] = []
    group.busyChanged.connect(seen.append)
    first, second = threading.Event(), threading.Event()
    answers: list[str] = []
    group.run(held(first, "a"), answers.append, name="test", latest=True)
    group.run(held(second, "b"), answers.append, name="test", latest=True)
    assert group.busy and seen == [True]  # superseding did not flicker to idle
    runner.forget("test")
    assert not group.busy and seen == [True, False]
    first.set()
    second.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert answers == [] and seen == [True, False]
    assert group.run(lambda: "c", answers.append, name="once")
    assert group.run(lambda: "d", answers.append, name="once") == 0  # dropped, not counted
    qtbot.waitUntil(lambda: answers == ["c"], timeout=5000)
    assert not group.busy and seen == [True, False, True, False]


# --- the controllers use them -------------------------------------------------------------


class SlowStore:
    """A keyring that takes its time; records how many calls were inside at once."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.secrets: dict[str, str] = {}
        self.inside = 0
        self.most = 0
        self._lock = threading.Lock()

    def _enter(self) -> None:
        with self._lock:
            self.inside += 1
            self.most = max(self.most, self.inside)
        self.gate.wait(10)
        with self._lock:
            self.inside -= 1

    def load(self, key: str) -> str | None:
        self._enter()
        return self.secrets.get(key)

    def save(self, key: str, secret: str) -> None:
        self._enter()
        self.secrets[key] = secret

    def delete(self, key: str) -> None:
        self._enter()
        self.secrets.pop(key, None)


def test_keyring_calls_of_the_account_never_overlap_nor_hold_the_network(
    qtbot: QtBot, isolated: Path, pbx: FakePBX
) -> None:
    owner = QObject()
    runner = TaskRunner(owner, max_threads=1)  # one network worker: the keyring must not take it
    store = SlowStore()
    accounts = AccountController(runner, Connection(owner), AppSettings(), owner, store=store)
    account = Account(KEY, pbx.url)
    accounts.save(account, SECRET)
    accounts.save(account, SECRET)  # a second Save while the keyring is slow
    answers: list[TestAnswer] = []
    accounts.tested.connect(answers.append)
    accounts.test_connection(account, SECRET)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=10000)  # the PBX answered meanwhile
    assert answers[0].ok
    store.gate.set()
    qtbot.waitUntil(lambda: not accounts.busy, timeout=10000)
    assert store.most == 1
    runner.shutdown(3000)


def test_a_cancelled_test_leaves_the_account_idle_and_unanswered(
    qtbot: QtBot, isolated: Path, pbx: FakePBX
) -> None:
    owner = QObject()
    runner = TaskRunner(owner)
    accounts = AccountController(runner, Connection(owner), AppSettings(), owner)
    busy: list[bool] = []
    accounts.busyChanged.connect(busy.append)
    answers: list[TestAnswer] = []
    accounts.tested.connect(answers.append)
    pbx.inject(Fault.SLOW, count=2, delay=0.5)  # answers on their way while it closes
    accounts.test_connection(Account(KEY, pbx.url), SECRET)
    accounts.test_connection(Account(KEY, pbx.url), SECRET)  # supersedes the first
    assert accounts.busy and busy == [True]
    accounts.cancel()
    assert not accounts.busy and busy == [True, False]
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
    assert answers == []
    runner.shutdown(3000)
