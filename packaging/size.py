"""Compare two PyInstaller one-folder builds: total size and where the difference is.

    python packaging/size.py dist/calllauncher dist/calllauncher-reference

Files are counted once (symlinks not followed). The Python code lives in the PYZ archive
inside each executable; its modules are listed by top-level package.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

MIB = 1024 * 1024


def files(folder: Path) -> dict[str, int]:
    return {
        str(path.relative_to(folder)): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    }


def python_packages(executable: Path) -> Counter[str]:
    """Compressed bytes per top-level package in the executable's PYZ."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    archive = CArchiveReader(str(executable))
    name = next(entry for entry in archive.toc if entry.endswith(".pyz"))
    with tempfile.NamedTemporaryFile(suffix=".pyz") as handle:
        handle.write(archive.extract(name))
        handle.flush()
        pyz = ZlibArchiveReader(handle.name)
        sizes: Counter[str] = Counter()
        for module, (_kind, _offset, length) in pyz.toc.items():
            parts = module.split(".")
            deep = parts[0] in {"phonenumbers", "calllauncher", "cryptography"}
            sizes[".".join(parts[:2]) if deep else parts[0]] += length
    return sizes


def group(path: str) -> str:
    if "/" not in path:
        return "executable (bootloader + PYZ of Python code)"
    parts = path.split("/")
    if parts[0] == "_internal" and len(parts) > 2:
        return "/".join(parts[:3]) if parts[1] == "PySide6" else "/".join(parts[:2])
    return path


def main(app_dir: str, ref_dir: str) -> int:
    app, ref = Path(app_dir), Path(ref_dir)
    app_files, ref_files = files(app), files(ref)
    app_total, ref_total = sum(app_files.values()), sum(ref_files.values())
    print(f"{app.name:28} {app_total / MIB:7.1f} MiB  ({app_total:,} bytes)")
    print(f"{ref.name:28} {ref_total / MIB:7.1f} MiB  ({ref_total:,} bytes)")
    gap = app_total - ref_total
    print(f"{'difference':28} {gap / MIB:7.1f} MiB  (x{app_total / ref_total:.2f})\n")

    extra: Counter[str] = Counter()
    for path, size in app_files.items():
        extra[group(path)] += size - ref_files.get(path, 0)
    for path, size in ref_files.items():
        if path not in app_files:
            extra[group(path)] -= size
    print("files (MiB, app minus reference):")
    for where, size in sorted(extra.items(), key=lambda item: -abs(item[1]))[:12]:
        if abs(size) >= 0.05 * MIB:
            print(f"  {size / MIB:+7.2f}  {where}")

    executables = [path for path in app.iterdir() if path.is_file() and path.stat().st_mode & 1]
    references = [path for path in ref.iterdir() if path.is_file() and path.stat().st_mode & 1]
    if executables and references:
        mine, base = python_packages(executables[0]), python_packages(references[0])
        print("\nPython code in the executable's PYZ (MiB, app minus reference):")
        delta = {key: mine[key] - base.get(key, 0) for key in mine}
        for key, size in sorted(delta.items(), key=lambda item: -item[1])[:12]:
            if size >= 0.05 * MIB:
                print(f"  {size / MIB:+7.2f}  {key}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
