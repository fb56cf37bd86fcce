# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test install-check bench-memory lint format schemas bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/vnru-facts extract seeds/ -o out/
	$(BIN)/vnru-facts extract seeds/ --format table

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

# The wheel installed with the oldest pip the README supports, in a fresh venv outside the checkout,
# then extract run on an HTML page, a .jsonl dump and a .txt (needs network to PyPI).
install-check: $(BIN)/python
	PYTHON=$(PYTHON) bash .ci/install-check

# Peak memory of extract on one generated 20 MB article: fails over 500 MB.
bench-memory: $(STAMP)
	$(BIN)/python benchmarks/long_article.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

schemas: $(STAMP)
	$(BIN)/vnru-facts schema -o schemas/

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info out/*.json out/*.csv out/*.html
