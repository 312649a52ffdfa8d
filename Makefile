# The README's two commands, `make run` and `make test`, do all the set-up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: help run test lint bench screenshots translations package clean
# `make` alone lists the targets; each public target says what it does after its `##`.
.DEFAULT_GOAL := help

help:  ## list the targets
	@awk -F ':.*## ' '/^[a-z][a-z-]*:.*## / { printf "  make %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Translations (calllauncher/translation.py): `make translations` runs lupdate over the code
# (uk and ru hold every message; en only the plural forms) and compiles the .qm the app
# loads. The .qm are built here and by the PyInstaller spec, never committed; run, test,
# screenshots and package build them first when missing or older than their .ts.
TS_DIR := resources/translations
TS_FULL := $(TS_DIR)/calllauncher_uk.ts $(TS_DIR)/calllauncher_ru.ts
TS_EN := $(TS_DIR)/calllauncher_en.ts
QM := $(patsubst %.ts,%.qm,$(TS_FULL) $(TS_EN))
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete \
  -source-language en

translations: $(STAMP)  ## update the .ts catalogues from the code and compile them
	$(LUPDATE) calllauncher -ts $(TS_FULL)
	$(LUPDATE) -pluralonly calllauncher -ts $(TS_EN)
	$(BIN)/pyside6-lrelease $(TS_FULL) $(TS_EN)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)  ## start the app on the built-in demo PBX (no account needed)
	$(BIN)/calllauncher --demo

test: $(STAMP) $(QM)  ## run the whole suite headless (PYTEST_ARGS=... passes options)
	QT_QPA_PLATFORM=offscreen scripts/with-secret-service $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)  ## ruff, ruff format --check, mypy --strict and the import contract
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy calllauncher
	$(BIN)/python -m pytest -q tests/test_layers.py  # the import contract

screenshots: $(STAMP) $(QM)  ## render the window to build/screenshots/
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots build/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_window build/screenshots/window
	CALLLAUNCHER_LANGUAGE=uk QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_window build/screenshots/window

bench: $(STAMP)  ## the benchmarks, each against a bare reference (benchmarks/README.md)
	$(BIN)/python -m benchmarks

# Packaging (packaging/README.md): the Linux one-folder app and .deb into dist/.
PACKAGE_STAMP := $(VENV)/.package-stamp
PYINSTALLER := $(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist
.PHONY: package-check package-size

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) $(QM)  ## the frozen Linux app and .deb in dist/
	$(PYINSTALLER) --workpath build/pyinstaller packaging/calllauncher.spec
	PYTHON=$(BIN)/python packaging/linux/build-deb.sh

package-check: $(PACKAGE_STAMP)  ## test what make package built, as a desk gets it
	PYTHON=$(BIN)/python packaging/check.sh

# The app's size next to a QApplication + QLabel frozen by the same spec (same excludes).
package-size: $(PACKAGE_STAMP)  ## the frozen app's size next to a frozen bare window
	$(PYINSTALLER) --workpath build/pyinstaller-reference packaging/calllauncher.spec -- --reference
	$(BIN)/python packaging/size.py dist/calllauncher dist/calllauncher-reference

clean:  ## remove build output and caches (not .venv)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
