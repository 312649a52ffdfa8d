"""Child process: start the app as ``calllauncher ARGS`` does and, at the main window's first
paint, print which of the modules named in ``FIRST_FRAME_WATCH`` (comma-separated) are
loaded (``module:Name``: whether PySide6 has made that class yet; ``source:package``:
whether a source file of the package was read into ``linecache``), as one JSON list;
then leave at once.

The first paint is caught as benchmarks/_launch.py catches it, without touching the app's
code: before the app is imported, ``QMainWindow`` is replaced by a subclass whose
``paintEvent`` looks first. Everything the app loads before its first frame is loaded by then.
"""

from __future__ import annotations

import json
import os
import sys


def _loaded(name: str) -> bool:
    """A module by name, or ``module:Name`` for a class PySide6 makes on first use (its
    modules fill in their classes lazily: ``Qt`` is in QtCore's namespace once made)."""
    module, _, attribute = name.partition(":")
    if module == "source":  # a source file of package ``attribute`` read (linecache)
        import linecache

        return any(f"/{attribute}/" in path for path in linecache.cache)
    if not attribute:
        return module in sys.modules
    found = sys.modules.get(module)
    return found is not None and attribute in vars(found)


def main() -> int:
    from PySide6 import QtWidgets

    watched = os.environ["FIRST_FRAME_WATCH"].split(",")
    base = QtWidgets.QMainWindow

    class Watched(base):  # type: ignore[misc, valid-type]
        def paintEvent(self, event: object) -> None:
            print(json.dumps(sorted(name for name in watched if _loaded(name))), flush=True)
            os._exit(0)  # what follows the first frame is not asked about

    QtWidgets.QMainWindow = Watched  # type: ignore[misc]
    from calllauncher.__main__ import main as app_main

    app_main(sys.argv[1:])
    print("no frame painted", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
