"""Where the PHP side of the tests lives (tests/php/) and the php-cli they may need."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

PHP_DIR = Path(__file__).parent.parent / "php"


PHP = shutil.which("php")


def php_required() -> str:
    if PHP is None:
        if os.environ.get("CI"):
            pytest.fail("php-cli is required in CI (the oracle for the 2.0 signature)")
        pytest.skip("php-cli is not installed")
    return PHP
