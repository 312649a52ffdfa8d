"""``calllauncher --self-check``: is this installation whole? Exit 0 only when every check is.

Run on a desk that misbehaves, or on a freshly frozen bundle in CI (headless, with
``QT_QPA_PLATFORM=offscreen``): the version, Qt and its platform plugin, the keyring backend,
the resources and translations, certificates, phone-number data, and a round trip to a
simulated PBX in this process (so the HTTP stack works without touching the network).
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from . import __version__

if TYPE_CHECKING:
    from .fakepbx import Fault


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run(*, out: TextIO | None = None, pbx_fault: Fault | str | None = None) -> int:
    """Print the report to ``out`` (stdout by default) and return the exit code.

    ``pbx_fault`` makes the simulated PBX misbehave (``FakePBX.inject``) on every request of
    the round trip, so the failing path can be exercised.
    """
    checks = collect(pbx_fault=pbx_fault)
    text = report(checks)
    failed = any(not check.ok for check in checks)
    stream = out if out is not None else sys.stdout
    if stream is not None:
        stream.write(text)
        stream.flush()
    else:  # a windowed Windows build has no console to print to
        from PySide6.QtWidgets import QMessageBox

        show = QMessageBox.critical if failed else QMessageBox.information
        show(None, "CallLauncher self-check", text)
    return 1 if failed else 0


def collect(*, pbx_fault: Fault | str | None = None) -> list[Check]:
    steps: list[tuple[str, Callable[[], str]]] = [
        ("version", _version),
        ("app modules", _app_modules),
        ("Qt", _qt),
        ("platform plugin", _platform_plugin),
        ("local socket", _local_socket),
        ("keyring", _keyring),
        ("resources", _resources),
        ("translations", _translations),
        ("certificates", _certificates),
        ("phone numbers", _phone_numbers),
        ("PBX round trip", lambda: _pbx_round_trip(pbx_fault)),
    ]
    checks = []
    for name, step in steps:
        try:
            checks.append(Check(name, True, step()))
        except CheckFailed as exc:
            checks.append(Check(name, False, str(exc)))
        except Exception as exc:  # a broken installation shows here: say what broke
            checks.append(Check(name, False, f"{type(exc).__name__}: {exc}"))
    return checks


def report(checks: list[Check]) -> str:
    width = max(len(check.name) for check in checks)
    lines = [f"CallLauncher {__version__} self-check"]
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        lines.append(f"  {mark}  {check.name.ljust(width)}  {check.detail}")
    failed = sum(not check.ok for check in checks)
    lines.append(
        "All checks passed." if not failed else f"{failed} of {len(checks)} checks failed."
    )
    return "\n".join(lines) + "\n"


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


# ----- the checks: each returns its detail line or raises -----------------------------------


def _version() -> str:
    python = f"Python {platform.python_version()}"
    if getattr(sys, "frozen", False):
        where = f"frozen app in {getattr(sys, '_MEIPASS', os.path.dirname(sys.executable))}"
    else:
        where = f"{python} in {sys.prefix}"
        python = ""
    return ", ".join(part for part in (__version__, python, where, platform.platform()) if part)


def _app_modules() -> str:
    """Every module of the app imports: nothing the bundle needs was left out."""
    import importlib
    import pkgutil

    import calllauncher as package

    names = [
        info.name
        for info in pkgutil.walk_packages(package.__path__, "calllauncher.")
        if not info.name.endswith("__main__")
    ]
    broken = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            broken.append(f"{name} ({type(exc).__name__}: {exc})")
    if broken:
        raise CheckFailed("can't import " + "; ".join(broken))
    return f"{len(names)} imported"


def _qt() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    _application()
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


def _application() -> object:
    """The running QApplication, or one made for the check. With no display to reach, Qt
    would abort; then the offscreen plugin is used, and said so."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "calllauncher"])
    return app


def _platform_plugin() -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QGuiApplication

    _application()
    name = QGuiApplication.platformName()
    if not name:
        raise CheckFailed("no platform plugin loaded")
    folder = os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms")
    shipped = sorted(
        entry.split(".")[0].removeprefix("libq").removeprefix("q")
        for entry in (os.listdir(folder) if os.path.isdir(folder) else [])
    )
    # The desktop plugins people need, whatever this run uses.
    wanted = {"linux": ["xcb", "wayland"], "win32": ["windows"], "darwin": ["cocoa"]}
    key = "linux" if sys.platform.startswith("linux") else sys.platform
    missing = [plugin for plugin in wanted.get(key, []) if plugin not in shipped]
    detail = f"{name} (shipped: {', '.join(shipped) or 'none'})"
    if missing:
        raise CheckFailed(f"{detail}; missing: {', '.join(missing)}")
    return detail


def _local_socket() -> str:
    """The single-instance channel (QtNetwork's QLocalServer) can listen."""
    from PySide6.QtNetwork import QLocalServer

    _application()
    name = f"calllauncher-selfcheck-{os.getpid()}"
    server = QLocalServer()
    try:
        if not server.listen(name):
            raise CheckFailed(f"QLocalServer could not listen: {server.errorString()}")
        return "QLocalServer listens"
    finally:
        server.close()


def _keyring() -> str:
    import keyring
    from keyring.backends import chainer, fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or type(backend).__module__ == "keyring.backends.null":
        raise CheckFailed(
            f"{name}: no keyring to keep the secret in (sign-in works for a session only)"
        )
    if isinstance(backend, chainer.ChainerBackend):
        members = [type(b).__name__ for b in backend.backends]
        if not members:
            raise CheckFailed(f"{name} with no usable backend")
        name += f" ({', '.join(members)})"
    return name


def _resources() -> str:
    from . import resources

    found = [resources.icon_file(size) for size in resources.ICON_SIZES]
    found += [
        resources.icon_file(),
        resources.path(resources.DESKTOP_ENTRY),
        resources.path(resources.METAINFO),
    ]
    return f"{len(found)} files in {resources.root()}"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from . import resources

    sources = resources.translation_sources()
    compiled = {path.stem: path for path in resources.translation_files()}
    if not sources:
        return "none yet (no .ts files)"
    missing = [source.name for source in sources if source.stem not in compiled]
    if missing:
        raise CheckFailed(f"not compiled to .qm: {', '.join(missing)}")
    broken = [path.name for path in compiled.values() if not QTranslator().load(str(path))]
    if broken:
        raise CheckFailed(f"Qt can't load: {', '.join(broken)}")
    return ", ".join(sorted(compiled))


def _certificates() -> str:
    import certifi  # what requests verifies HTTPS against (requests.certs.where())

    bundle = certifi.where()
    if not os.path.isfile(bundle):
        raise CheckFailed(f"CA bundle missing: {bundle}")
    return f"CA bundle {bundle}"


def _phone_numbers() -> str:
    from .phone import NumberError, normalize

    local = normalize("044 333 40 23")
    foreign = normalize("+48 22 123 45 67")  # metadata of another region, loaded on demand
    try:  # a refusal with its reason: the metadata answers for short numbers too
        normalize("+48 22 12")
    except NumberError as exc:
        if exc.facts.get("code") != 48:
            raise CheckFailed(f"unexpected reason: {exc}") from None
    else:
        raise CheckFailed("a too-short number was accepted")
    return f"{local.display}, {foreign.display}"


def _pbx_round_trip(fault: Fault | str | None) -> str:
    from .binotel import Client
    from .fakepbx import FakePBX

    started = time.monotonic()
    with FakePBX(key="self-check", secret="self-check-secret") as pbx:
        if fault is not None:
            pbx.inject(fault, count=10)
        with Client("self-check", "self-check-secret", base_url=pbx.url) as client:
            employees = client.settings.list_of_employees()
    if not employees:
        raise CheckFailed("the simulated PBX listed no employees")
    elapsed = (time.monotonic() - started) * 1000
    return f"{len(employees)} employees from an in-process PBX in {elapsed:.0f} ms"
