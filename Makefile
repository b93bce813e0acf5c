PYTHON ?= $(shell command -v python3.12 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_STORE := rekg-data/graph.db

.PHONY: venv install dev demo test lint bench clean chromium train train-cross fast fast-build

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

# The demo fills the default store, the one every README example reads; ingest is idempotent,
# so running it again adds nothing and removes nothing.
demo: install
	$(BIN)/rekg --store $(DEMO_STORE) ingest examples/articles
	$(BIN)/rekg --store $(DEMO_STORE) load-reference examples/reference/dependencies.csv
	$(BIN)/rekg --store $(DEMO_STORE) query products-at-risk -p material=dysprosium
	@echo
	@echo "Next, try these (or 'source $(VENV)/bin/activate' and drop the $(BIN)/ prefix):"
	@echo "  $(BIN)/rekg query neighbourhood -p name=China"
	@echo "  $(BIN)/rekg query dependency-chain -p product=EV"
	@echo "  $(BIN)/rekg export --format html -o graph.html"

# The fast build: rekg with its extraction pipeline compiled to C by mypyc (setup.py), as a
# wheel in build/wheel to install where rekg runs, and unpacked in $(FAST) for the tests and
# benchmarks, which put it first with PYTHONPATH=$(FAST). Sources are copied first, so the
# build never leaves compiled modules beside the ones you edit. A stamp of the sources'
# names and contents skips the build (about 4 minutes) when nothing changed since the last.
FAST := build/fast
FAST_SRC := build/fast-src
FAST_STAMP = find pyproject.toml setup.py rekg -type f ! -path '*/__pycache__/*' | sort | \
	xargs sha256sum | sha256sum | cut -d' ' -f1

fast: dev
	@if [ -f $(FAST)/.sources ] && [ "$$(cat $(FAST)/.sources)" = "$$($(FAST_STAMP))" ]; \
	then echo "$(FAST) is up to date with the sources"; else $(MAKE) --no-print-directory fast-build; fi

fast-build:
	rm -rf $(FAST_SRC) $(FAST) build/wheel
	mkdir -p $(FAST_SRC)
	$(FAST_STAMP) > build/fast-src.sources
	cp -r pyproject.toml setup.py README.md rekg $(FAST_SRC)/
	cd $(FAST_SRC) && REKG_MYPYC=1 $(CURDIR)/$(BIN)/pip wheel --quiet --no-deps \
		--no-build-isolation -w $(CURDIR)/build/wheel .
	$(BIN)/pip install --quiet --no-deps --target $(FAST) build/wheel/rekg-*.whl
	mv build/fast-src.sources $(FAST)/.sources

# Rebuild the relation scorer's weights (package data) from the annotated corpus; C and the
# thresholds come from cross-validation over train articles, seeded, so the same corpus gives
# the same weights. Prints per-relation precision/recall on the dev split (never tuned on).
TRAIN_DIRS ?= corpus/train
DEV_DIRS ?= corpus/dev
TRAIN_GROUPS ?= class,cue,head,lex,near,shape
# Only these relations' same-sentence models (comma-separated), keeping the others of weights.json
TRAIN_RELATIONS ?=

train: $(BIN)/python
	@$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m rekg.extract.scorer.train --train $(TRAIN_DIRS) --dev $(DEV_DIRS) \
		--groups $(TRAIN_GROUPS) $(if $(TRAIN_RELATIONS),--relations $(TRAIN_RELATIONS))

# Only the cross-sentence models (rekg/extract/cross.py), keeping the shipped same-sentence ones.
train-cross: $(BIN)/python
	@$(BIN)/python -c "import sklearn" 2>/dev/null || $(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m rekg.extract.scorer.train --train $(TRAIN_DIRS) --dev $(DEV_DIRS) \
		--groups $(TRAIN_GROUPS) --cross-only

test: dev chromium fast
	$(BIN)/ruff check rekg tests
	$(BIN)/mypy
	$(BIN)/pytest
	@echo "the extraction and loader tests again, on the fast build:"
	PYTHONPATH=$(FAST):. $(BIN)/python -P -m pytest -p tests.fast_first -q \
		tests/extract tests/loaders --ignore=tests/extract/test_compiled_build.py

# The HTML view test drives Debian's Chromium; install it when we may, else say what to do.
chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && \
	  apt-get install -y -qq chromium >/dev/null; } || \
	{ echo "make test needs Chromium for the HTML view test: install it (apt-get install chromium) and run make test again"; exit 1; }

# Every figure of issue 14 beside its baseline from the same run; writes benchmarks/results.json.
# Starts the test launcher's Neo4j for the merge figures (BENCH_ARGS=--no-neo4j leaves it out).
bench: fast
	PYTHONPATH=$(FAST) $(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

lint: dev
	$(BIN)/ruff check rekg tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) rekg-data build *.egg-info
