"""The real Secret Service (gnome-keyring in a private D-Bus session, see
scripts/with-secret-service): the secret is saved, read back by a new process and deleted.

Skipped where no such session was set up, unless CALLLAUNCHER_REQUIRE_KEYRING=1 (CI), which
makes a missing keyring a failure. Keyring failures (none, locked, refused) are tested with
test doubles in test_cli.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.SecretService
import pytest

if not os.environ.get("CALLLAUNCHER_SECRET_SERVICE"):
    if os.environ.get("CALLLAUNCHER_REQUIRE_KEYRING") == "1":
        pytest.fail(
            "CALLLAUNCHER_REQUIRE_KEYRING=1 but no Secret Service session: run the tests "
            "through scripts/with-secret-service (make test), with dbus-run-session and "
            "gnome-keyring installed.",
            pytrace=False,
        )
    pytest.skip(
        "no private Secret Service: run through scripts/with-secret-service (make test)",
        allow_module_level=True,
    )

from calllauncher.fakepbx import FakePBX
from calllauncher.services.credentials import SERVICE, KeyringStore
from tests.support.values import KEY, SECRET

pytestmark = pytest.mark.keyring


def run_program(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,  # the D-Bus session, and conftest's isolated folders
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUTF8": "1",
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("CALLLAUNCHER_API_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "calllauncher", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def files_holding(root: Path, secret: str) -> list[Path]:
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le"), secret[:7].encode("ascii")]
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


@pytest.fixture
def store() -> Iterator[KeyringStore]:
    """The real Secret Service, with no entry for KEY before or after the test.

    Pinned, because in this process the automatic choice would chain the Secret Service
    with conftest's in-memory test keyring; a fresh process (below) chooses it alone.
    """
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.SecretService.Keyring())
    real = KeyringStore()
    real.delete(KEY)
    yield real
    real.delete(KEY)
    keyring.set_keyring(previous)


def test_a_fresh_process_chooses_the_secret_service() -> None:
    code = (
        "from calllauncher.services.credentials import KeyringStore; "
        "print(KeyringStore().backend_name())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "keyring.backends.SecretService.Keyring"


def test_the_store_talks_to_the_secret_service(store: KeyringStore) -> None:
    assert store.backend_name() == "keyring.backends.SecretService.Keyring"


def test_save_load_delete_round_trip(store: KeyringStore) -> None:
    key = f"test-round-trip-{uuid.uuid4().hex[:8]}"
    secret = 'пароль-Зірка/🔑 "quoted" \\ end'
    assert store.load(key) is None
    try:
        store.save(key, secret)
        assert store.load(key) == secret
        assert KeyringStore().load(key) == secret  # a new store reads the same entry
        store.save(key, secret + "-2")  # saving again replaces, not duplicates
        assert store.load(key) == secret + "-2"
        assert KeyringStore(SERVICE + "-other").load(key) is None
    finally:
        store.delete(key)
    assert store.load(key) is None
    store.delete(key)  # deleting what is gone is fine


def test_login_then_a_new_process_is_signed_in_then_logout(
    store: KeyringStore, pbx: FakePBX, isolated: Path
) -> None:
    login = run_program(
        "--api-url", pbx.url, "login", "--key", KEY, "--ext", "901", stdin=SECRET + "\n"
    )
    assert login.returncode == 0, login.stderr
    assert "Signed in" in login.stdout
    assert store.load(KEY) == SECRET  # in the real keyring, seen from another process
    assert SECRET not in login.stdout + login.stderr

    # A new process, no --api-url and nothing on stdin: key and URL from the settings,
    # the secret from the keyring.
    pbx.clear_log()
    employees = run_program("employees")
    assert employees.returncode == 0, employees.stderr
    assert "Олена Коваленко" in employees.stdout
    sent = pbx.requests_for("list_of_employees")
    assert [(r.body["key"], r.body["secret"]) for r in sent] == [(KEY, SECRET)]

    dial = run_program("dial", "0443334023", "--async")
    assert dial.returncode == 0, dial.stderr
    assert dial.stdout.strip().isdigit()
    assert pbx.requests_for("ext_to_phone")[0].params["internalNumber"] == "901"

    assert files_holding(isolated, SECRET) == []

    logout = run_program("logout")
    assert logout.returncode == 0, logout.stderr
    assert KeyringStore().load(KEY) is None

    after = run_program("employees")
    assert after.returncode == 4
    assert len(pbx.requests_for("list_of_employees")) == 1
