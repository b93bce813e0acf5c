PYTHON ?= $(shell command -v python3.12 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE := embedded:rekg-data/demo.db

.PHONY: venv install dev demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

demo: install
	rm -rf rekg-data/demo.db
	$(BIN)/rekg --store $(DEMO_STORE) ingest examples/articles
	$(BIN)/rekg --store $(DEMO_STORE) load-reference examples/reference/dependencies.csv
	$(BIN)/rekg --store $(DEMO_STORE) query products-at-risk

test: dev
	$(BIN)/ruff check rekg tests
	$(BIN)/mypy
	$(BIN)/pytest

lint: dev
	$(BIN)/ruff check rekg tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) rekg-data build *.egg-info
