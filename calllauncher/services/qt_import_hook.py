"""PySide6 without its source scan of our own modules.

PySide6 hooks every import that follows its own (PYSIDE-2029): a module whose name is not
yet in its feature table has its whole source read (``inspect.getsource``) to see whether
it mentions PySide6, so that ``from __feature__ import snake_case`` could switch it to
other spellings. We use no feature, and our ~50 start-up modules cost 6–11 ms of every
start that way, their text then kept in ``linecache`` all day. So before they are
imported their names go into the table with the hook's own answer for a module that uses
PySide6 (0: no feature), and the standard library's top-level modules with its answer for
one that doesn't (-1: ignored). If a PySide6 release moves the table, nothing is entered
and the hook scans as before: slower, never wrong.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
NO_FEATURE = 0  # what the hook itself enters for a module that uses PySide6
IGNORED = -1  # and for one that doesn't


def module_names(root: Path = PACKAGE, package: str = "calllauncher") -> list[str]:
    """Every module of the package on disk, dotted (none in a frozen app: no sources,
    which the hook then can't read either)."""
    names: list[str] = []
    stack = [(root, package)]
    while stack:
        folder, dotted = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".py"):
                stem = entry.name[:-3]
                names.append(dotted if stem == "__init__" else f"{dotted}.{stem}")
            elif entry.is_dir() and not entry.name.startswith(("_", ".")):
                stack.append((Path(entry.path), f"{dotted}.{entry.name}"))
    return names


def spare_our_modules() -> int:
    """Load PySide6 and enter our modules and the standard library's in its feature
    table; how many were entered."""
    import PySide6.QtCore  # noqa: F401  (the hook and its table come with PySide6)

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    entered = 0
    for names, value in ((module_names(), NO_FEATURE), (sys.stdlib_module_names, IGNORED)):
        for name in names:
            if name not in table:
                table[name] = value
                entered += 1
    return entered
