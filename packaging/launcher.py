"""The frozen app's entry script (PyInstaller needs a file; calllauncher/__main__.py uses
relative imports, so it can't be that file itself)."""

import sys

from calllauncher.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
