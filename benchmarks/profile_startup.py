"""Where the start-up time and memory go (not part of ``make bench``; a tool for the gaps).

    python -m benchmarks.profile_startup [--top 30] [--cprofile]

1. ``-X importtime`` of the app launch and of the reference launch (``_launch.py``): total
   import time, and the app's heaviest imports that the reference doesn't have, each with
   the module that pulled it in. (importtime roughly doubles import times; compare rows
   with each other, not with the benchmark's wall times.)
2. Each heavy dependency imported alone in a fresh interpreter after PySide6.QtWidgets
   (which both programs need): wall time and peak-memory growth, median of 3.
3. With ``--cprofile``: cProfile of the app from launch to first paint, top functions by
   cumulative time.
4. With ``--what-if``: the app launched as is and with ``phonenumbers.geocoder`` replaced
   by a stub (benchmark-only, app code untouched), alternating: what deferring or dropping
   that one import would buy.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import re
import subprocess
import time
from dataclasses import dataclass

from benchmarks._common import HERE, PYTHON, alternate, child_env, median, scratch_dir
from benchmarks.startup import launch

LAUNCHER = HERE / "_launch.py"
HEAVY = [
    "phonenumbers",
    "phonenumbers.geocoder",
    "requests",
    "keyring",
    "sqlite3",
    "calllauncher.binotel",
    "calllauncher.phone",
    "calllauncher.fakepbx",
    "calllauncher.ui.main_window",
    "calllauncher.app",
]
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


@dataclass
class Imported:
    name: str
    self_us: int
    cumulative_us: int
    depth: int
    parent: str = ""


def importtime(mode: str, **extra: str) -> list[Imported]:
    with scratch_dir() as tmp:
        env = child_env(tmp, BENCH_T0=repr(time.time()), **extra)
        # A first launch fills the byte-code cache, as an installed app has it.
        subprocess.run([PYTHON, str(LAUNCHER), mode], env=env, capture_output=True, timeout=120)
        done = subprocess.run(
            [PYTHON, "-X", "importtime", str(LAUNCHER), mode],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    rows: list[Imported] = []
    for line in done.stderr.splitlines():
        m = _LINE.match(line)
        if m:
            rows.append(Imported(m[4], int(m[1]), int(m[2]), len(m[3]) // 2))
    # Output is post-order: a module's importer is the next line that is less indented.
    for i, row in enumerate(rows):
        row.parent = next((r.name for r in rows[i + 1 :] if r.depth < row.depth), "")
    return rows


def report_imports(top: int) -> None:
    app, ref = importtime("app"), importtime("ref")
    in_ref = {r.name for r in ref}
    total = sum(r.self_us for r in app) / 1000
    ref_total = sum(r.self_us for r in ref) / 1000
    print(f"## Imports (python -X importtime)\n\nall imports: app {total:.0f} ms, ")
    print(f"reference {ref_total:.0f} ms; modules: app {len(app)}, reference {len(ref)}\n")
    print("| cumulative ms | self ms | module | imported by |")
    print("|---:|---:|---|---|")
    extra = [r for r in app if r.name not in in_ref]
    for r in sorted(extra, key=lambda r: r.cumulative_us, reverse=True)[:top]:
        indent = "· " * r.depth
        print(
            f"| {r.cumulative_us / 1000:.1f} | {r.self_us / 1000:.1f} | {indent}{r.name} |"
            f" {r.parent or '(top)'} |"
        )
    print()


_ALONE = """
import json, sys, time
def hwm():
    with open('/proc/self/status') as f:
        return int(dict(l.split(':', 1) for l in f)['VmHWM'].split()[0])
import PySide6.QtWidgets
before, t = hwm(), time.perf_counter()
__import__(sys.argv[1])
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "kb": hwm() - before}))
"""


def report_alone() -> None:
    print("## Heavy imports alone (after PySide6.QtWidgets, fresh interpreter, median of 3)\n")
    print("| module | import ms | peak memory + MiB |")
    print("|---|---:|---:|")
    with scratch_dir() as tmp:
        env = child_env(tmp)
        for name in HEAVY:
            runs = []
            for _ in range(4):  # the first fills the byte-code cache; not counted
                done = subprocess.run(
                    [PYTHON, "-c", _ALONE, name],
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=True,
                )
                runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            runs = runs[1:]
            ms = median([r["ms"] for r in runs])
            mib = median([r["kb"] for r in runs]) / 1024
            print(f"| {name} | {ms:.0f} | {mib:.1f} |")
    print()


def report_first_touches() -> None:
    """Does the app connect, open sqlite or import keyring before its first frame?"""
    with scratch_dir() as tmp:
        launch("app", tmp)
        seen = launch("app", tmp, BENCH_WATCH_NETWORK="1", BENCH_TIMEOUT="8")
        ref = launch("ref", tmp)
    marks = seen.marks
    painted = marks["painted"] * 1000
    print("## At the first frame\n")
    print(f"first frame painted at {painted:.0f} ms")
    for name, run in (("app", seen), ("reference", ref)):
        print(
            f"- {name}: source text held in linecache by PySide6's import hook: "
            f"{run.linecache_kb / 1024:.1f} MiB in {run.linecache_files} files"
        )
    for name in ("first_connect", "first_sqlite", "first_keyring_import"):
        if name in marks:
            at = marks[name] * 1000
            when = "BEFORE" if at < painted else "after"
            print(f"- {name}: {at:.0f} ms ({when} the first frame)")
        else:
            print(f"- {name}: not before the report")
    print()


def report_cprofile(top: int) -> None:
    with scratch_dir() as tmp:
        out = tmp / "startup.prof"
        env = child_env(tmp, BENCH_T0=repr(time.time()))
        subprocess.run([PYTHON, str(LAUNCHER), "app"], env=env, capture_output=True, timeout=120)
        env.update(BENCH_T0=repr(time.time()), BENCH_CPROFILE=str(out))
        subprocess.run(
            [PYTHON, str(LAUNCHER), "app"], env=env, capture_output=True, timeout=120, check=True
        )
        print("## cProfile, launch to first paint (cumulative)\n\n```")
        stats = pstats.Stats(str(out), stream=None)
        stats.sort_stats("cumulative").print_stats(top)
        print("```")


def report_what_if(repeats: int) -> None:
    with scratch_dir() as tmp:
        launch("app", tmp)
        stubbed, as_is = alternate(
            repeats,
            lambda: launch("app", tmp),
            lambda: launch("app", tmp, BENCH_STUB_GEOCODER="1"),
        )
        ref = [launch("ref", tmp) for _ in range(repeats)]
    print(f"## What if phonenumbers.geocoder were not imported (median of {repeats})\n")
    print("| launch | first paint ms | peak MiB |")
    print("|---|---:|---:|")
    cases = (("app as is", as_is), ("app, geocoder stubbed", stubbed), ("reference", ref))
    for name, runs in cases:
        ms = median([r.seconds for r in runs]) * 1000
        mib = median([float(r.peak_kb) for r in runs]) / 1024
        print(f"| {name} | {ms:.0f} | {mib:.0f} |")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_startup")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument("--what-if", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report_imports(args.top)
    report_alone()
    report_first_touches()
    if args.what_if:
        report_what_if(5)
    if args.cprofile:
        report_cprofile(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
