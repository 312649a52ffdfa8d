"""Figure 6: frozen app size against the smallest PySide6 app frozen the same way.

Only when packaging exists: a PyInstaller spec in ``packaging/`` and PyInstaller in this
environment. The app is built from its spec. The reference is a one-window PySide6
program frozen the same way: by the spec itself when it offers ``-- --reference`` (same
excludes and Qt plugin trimming, ``packaging/reference.py``), else a generated script
frozen by the same PyInstaller in the same mode (one-folder or one-file). Sizes are the
bytes of everything in each ``dist`` output.

    python -m benchmarks.size [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
from pathlib import Path

from benchmarks._common import (
    PYTHON,
    ROOT,
    Row,
    add_common_args,
    child_env,
    emit,
    fmt_ratio,
    log,
    ratio,
    scratch_dir,
    verdict,
)

GOAL = 1.25
FIGURE = "frozen app size"
TIMEOUT = 900

REFERENCE = """\
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
sys.exit(app.exec())
"""


def _tree_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _pyinstaller(args: list[str], tmp: Path, cwd: Path) -> Path:
    dist, work = tmp / "dist", tmp / "work"
    command = [PYTHON, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(dist), "--workpath", str(work), *args]
    done = subprocess.run(
        command, cwd=cwd, env=child_env(tmp), capture_output=True, text=True, timeout=TIMEOUT
    )
    if done.returncode != 0:
        raise RuntimeError(f"PyInstaller failed: {done.stderr[-2000:]}")
    return dist


def measure(spec: Path) -> tuple[int, int, str]:
    text = spec.read_text(encoding="utf-8")
    onefile = "COLLECT(" not in text
    with scratch_dir() as tmp:
        log(f"size: freezing the app from {spec.relative_to(ROOT)} (a few minutes)")
        app = _tree_bytes(_pyinstaller([str(spec)], tmp / "app", spec.parent))
        if "--reference" in text:
            log("size: freezing the spec's own reference (-- --reference)")
            ref_args = [str(spec), "--", "--reference"]
            ref = _tree_bytes(_pyinstaller(ref_args, tmp / "ref", spec.parent))
            return app, ref, f"{spec.name} and its -- --reference build"
        script = tmp / "ref" / "hello.py"
        script.parent.mkdir(parents=True)
        script.write_text(REFERENCE, encoding="utf-8")
        mode = "--onefile" if onefile else "--onedir"
        log(f"size: freezing the one-window reference ({mode})")
        ref_args = [mode, "--windowed", "--specpath", str(tmp / "ref"), str(script)]
        ref = _tree_bytes(_pyinstaller(ref_args, tmp / "ref", tmp / "ref"))
    return app, ref, f"{spec.name} vs a generated one-window script, {mode}"


def rows(spec: Path | None) -> list[Row]:
    if spec is None:
        reason = "n/a (no packaging yet)"
        if list((ROOT / "packaging").glob("*.spec")):
            reason = "n/a (PyInstaller not installed: pip install -e '.[package]')"
        return [Row(FIGURE, reason, "n/a", "n/a", f"≤ {GOAL}×", verdict(None))]
    app, ref, how = measure(spec)
    q = ratio(app, ref)
    mib = 1024 * 1024
    return [
        Row(
            FIGURE,
            f"{app / mib:.0f} MiB",
            f"{ref / mib:.0f} MiB",
            fmt_ratio(q),
            f"≤ {GOAL}×",
            verdict(q <= GOAL),
            how,
        )
    ]


def find_spec() -> Path | None:
    specs = sorted((ROOT / "packaging").glob("*.spec"))
    if not specs or importlib.util.find_spec("PyInstaller") is None:
        return None
    wanted = os.environ.get("BENCH_SPEC")
    return next((s for s in specs if s.name == wanted), specs[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.size", description=__doc__)
    add_common_args(parser)
    args = parser.parse_args(argv)
    emit(rows(find_spec()), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
