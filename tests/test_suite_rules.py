"""Rules for the suite itself: helpers are shared through tests/support/, never by one test
module importing another (or conftest, which pytest loads on its own), and property tests
run CI's amount only in CI."""

from __future__ import annotations

import ast
import os
from pathlib import Path

from hypothesis import settings

TESTS = Path(__file__).resolve().parent


def _imported_test_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found += [
            n for n in names if n.startswith(("tests.test_", "tests.conftest", "tests.screenshots"))
        ]
    return found


def test_tests_import_helpers_from_support_only() -> None:
    offenders = {
        str(path.relative_to(TESTS)): names
        for path in sorted(TESTS.rglob("*.py"))
        if (names := _imported_test_modules(path))
    }
    assert not offenders, f"move what they share into tests/support/: {offenders}"


def test_the_hypothesis_profile_follows_ci() -> None:
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    ci = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
    expected = settings.get_profile(chosen or ("ci" if ci else "dev"))
    assert settings.default is not None
    assert settings.default.max_examples == expected.max_examples
    assert settings.get_profile("dev").max_examples < settings.get_profile("ci").max_examples
