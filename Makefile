# Siegel: `make run` starts the product on embedded defaults, `make test` runs the whole suite.
SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast install system-deps lint check bench clean

run: $(STAMP)
	$(BIN)/siegel migrate --noinput -v0
	$(BIN)/siegel demo-keys
	$(BIN)/siegel collectstatic --noinput -v0
	$(BIN)/siegel serve

test: $(STAMP) system-deps
	scripts/test.sh

# The quick lane: lint, then the tests not marked slow, on SQLite only. The browser and
# crypto tests are among them, so it needs the same Debian packages (installed once).
test-fast: $(STAMP) system-deps
	scripts/test.sh --fast

install: $(STAMP)

# Reinstall when the dependency list or the lock changes.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

system-deps:
	scripts/install-system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
