# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint bench eval system-deps clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	FRAMING_HOST=$(HOST) FRAMING_PORT=$(PORT) $(BIN)/framing serve

# Debian's chromium drives the extension tests; installed here if missing (needs root or sudo).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing Debian's chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core; \
	fi

test: $(VENV)/.installed system-deps
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check framing api tests

bench: $(VENV)/.installed
	$(BIN)/framing bench

# Every score of the README's quality table (needs ../shared/eval beside the checkout).
eval: $(VENV)/.installed
	@for task in quotes loaded babe lexical frames actor_tone compare; do \
		$(BIN)/framing eval $$task || exit 1; done
	$(BIN)/framing eval actor_tone --data ../shared/eval/persent

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
