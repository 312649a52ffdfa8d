"""Child process for the start-up and memory figures: ``python benchmarks/_launch.py app|ref``.

The parent puts its ``time.time()`` in ``BENCH_T0`` just before spawning us. We report,
as one JSON line on stdout, how long after that the main window's first frame was
painted, and the peak memory (VmHWM) at that moment; then we leave at once.

How "first painted" is caught without touching the app's code: before anything else is
imported, ``PySide6.QtWidgets.QMainWindow`` is replaced by a subclass whose ``paintEvent``
notes the first paint and queues the report behind the rest of that frame (a 0 ms timer
runs after the whole backing store has been painted and flushed). The app's
``MainWindow(QMainWindow)`` then inherits it; the reference window is the same subclass.
Only that one window pays for the hook, unlike an application-wide event filter, which
would put a Python call on every event of the start-up and bill the app for it.
``QApplication`` is wrapped the same way to note when it is constructed (a rough
"imports done" mark).

``app`` runs exactly what ``calllauncher --demo`` runs; ``ref`` is the smallest PySide6
program showing a window: QApplication, QMainWindow of the same size, one QLabel.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time

T0 = float(os.environ.get("BENCH_T0") or time.time())
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT") or 60)
# BENCH_UNTIL=shell: report when the shell (history, tray, single instance) is up after
# the first frame, not at the first frame: what a long history could slow down.
UNTIL_SHELL = os.environ.get("BENCH_UNTIL") == "shell"
marks: dict[str, float] = {"interpreter": time.time() - T0}


def _peak_kb() -> tuple[int, int]:
    """(VmHWM, VmRSS) in KiB; ru_maxrss where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        return int(fields["VmHWM"].split()[0]), int(fields["VmRSS"].split()[0])
    except (OSError, KeyError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = peak // 1024 if sys.platform == "darwin" else peak
        return peak, peak


_profiler = None  # cProfile.Profile when BENCH_CPROFILE names an output file


def _report() -> None:
    marks["shell_ready" if UNTIL_SHELL else "painted"] = time.time() - T0
    if _profiler is not None:
        _profiler.disable()
        _profiler.dump_stats(os.environ["BENCH_CPROFILE"])
    hwm, rss = _peak_kb()
    # PySide6's import hook reads the source of every module imported after it
    # (inspect.getsource, PYSIDE-2029), and linecache keeps that text: count it.
    import linecache

    cached = [entry for entry in list(linecache.cache.values()) if len(entry) > 2]
    source_kb = sum(len(line) for entry in cached for line in entry[2]) // 1024
    out = {"marks": marks, "hwm_kb": hwm, "rss_kb": rss, "linecache_files": len(cached)}
    out["linecache_kb"] = source_kb
    print(json.dumps(out), flush=True)
    os._exit(0)  # quitting politely is not part of start-up; don't wait for it


def _install_hooks() -> None:
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer

    base_app = QtWidgets.QApplication
    base_window = QtWidgets.QMainWindow

    class BenchApplication(base_app):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            marks.setdefault("qapplication", time.time() - T0)
            super().__init__(*args)

    class BenchMainWindow(base_window):  # type: ignore[misc, valid-type]
        def showEvent(self, event: object) -> None:
            marks.setdefault("shown", time.time() - T0)
            super().showEvent(event)

        def paintEvent(self, event: object) -> None:
            if "first_paint_event" not in marks:
                marks["first_paint_event"] = time.time() - T0
                if not UNTIL_SHELL:
                    QTimer.singleShot(0, _report)
            super().paintEvent(event)

    QtWidgets.QApplication = BenchApplication  # type: ignore[misc]
    QtWidgets.QMainWindow = BenchMainWindow  # type: ignore[misc]


def _hook_shell() -> None:
    """Wrap ``Shell.__init__`` as its module is imported (after the first frame), so the
    report follows the shell's construction; nothing is imported earlier than the app does."""
    import importlib.abc
    import importlib.machinery

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object = None, target: object = None) -> object:
            if name != "calllauncher.ui.shell":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)  # type: ignore[arg-type]
            loader = spec.loader if spec is not None else None
            if loader is None:
                return spec
            run = loader.exec_module

            def exec_module(module: object) -> None:
                run(module)  # type: ignore[arg-type]
                from PySide6.QtCore import QTimer

                shell = module.Shell  # type: ignore[attr-defined]
                init = shell.__init__

                def wrapped(self: object, *args: object, **kwargs: object) -> None:
                    init(self, *args, **kwargs)
                    marks.setdefault("shell", time.time() - T0)
                    QTimer.singleShot(0, _report)

                shell.__init__ = wrapped

            loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Finder())


def _watch_network() -> None:
    """``BENCH_WATCH_NETWORK=1`` (profile only): note the first outgoing connection and the
    first keyring/sqlite touch, via audit events, to see what happens before first paint."""

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "socket.connect":
            marks.setdefault("first_connect", time.time() - T0)
        elif event == "sqlite3.connect":
            marks.setdefault("first_sqlite", time.time() - T0)
        elif event == "import" and args and str(args[0]).startswith("keyring"):
            marks.setdefault("first_keyring_import", time.time() - T0)

    sys.addaudithook(hook)


def _stub_geocoder() -> None:
    """What-if only (``BENCH_STUB_GEOCODER=1``, used by ``profile_startup --what-if``): a
    stand-in for ``phonenumbers.geocoder``, whose import loads every region's place names.
    The app uses it for one rare error sentence; the stub names no country there."""
    import types

    stub = types.ModuleType("phonenumbers.geocoder")
    stub.country_name_for_number = lambda *args, **kwargs: ""  # type: ignore[attr-defined]
    sys.modules["phonenumbers.geocoder"] = stub


def _skip_feature_hook() -> None:
    """What-if only (``BENCH_NO_FEATURE_HOOK=1``, ``profile_startup --what-if``): PySide6's
    import hook without its source scan (``inspect.getsource`` of every module imported
    after PySide6, PYSIDE-2029), to show what that scan costs the app's own modules."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        vars(feature)["_mod_uses_pyside"] = lambda module: False


def _reference() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(520, 620)  # the app's window size: same pixels to paint
    window.show()
    return app.exec()


def _app() -> int:
    from calllauncher.__main__ import main

    return main(["--demo"])


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "ref"
    watchdog = threading.Timer(TIMEOUT, os._exit, (3,))
    watchdog.daemon = True
    watchdog.start()
    _install_hooks()
    if UNTIL_SHELL:
        _hook_shell()
    if os.environ.get("BENCH_WATCH_NETWORK"):
        _watch_network()
    if os.environ.get("BENCH_STUB_GEOCODER"):
        _stub_geocoder()
    if os.environ.get("BENCH_NO_FEATURE_HOOK"):
        _skip_feature_hook()
    if os.environ.get("BENCH_CPROFILE"):
        import cProfile

        global _profiler
        _profiler = cProfile.Profile()
        _profiler.enable()
    return _app() if mode == "app" else _reference()


if __name__ == "__main__":
    sys.exit(main())
