PYTHON ?= $(shell command -v python3.12 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE := embedded:rekg-data/demo.db

.PHONY: venv install dev demo test lint bench clean train

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

# Rebuild the relation scorer's weights (package data) from the annotated corpus; seeded, so the
# same corpus gives the same weights. Prints per-relation precision/recall on the dev split.
TRAIN_DIRS ?= corpus/train
DEV_DIRS ?= corpus/dev

train: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m rekg.extract.scorer.train --train $(TRAIN_DIRS) --dev $(DEV_DIRS)

test: dev
	$(BIN)/ruff check rekg tests
	$(BIN)/mypy
	$(BIN)/pytest

lint: dev
	$(BIN)/ruff check rekg tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) rekg-data build *.egg-info
