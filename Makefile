# The README's two commands, `make run` and `make test`, do all the set-up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run test lint bench screenshots translations package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/calllauncher --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen scripts/with-secret-service $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy calllauncher/binotel calllauncher/phone.py calllauncher/callstate.py \
	  calllauncher/controller calllauncher/services calllauncher/fakepbx

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots build/screenshots

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
