# Mamori: `make serve` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CONFIG ?= mamori.yaml
# vLLM base URL for every model name; empty: the built-in faq-extractive model answers.
UPSTREAM ?=
STAMP := $(VENV)/.installed
TORCH_VERSION ?= 2.13.0

.PHONY: install serve test lint typecheck unit bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The CPU build first: otherwise sentence-transformers pulls torch with CUDA (GBs).
	$(BIN)/python -m pip install --quiet torch==$(TORCH_VERSION)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

serve: $(STAMP)
	@# The sample FAQ index is built once (about a minute on a laptop CPU).
	$(BIN)/mamori index list --config $(CONFIG) 2>/dev/null | grep -q '^faq ' \
		|| $(BIN)/mamori reindex faq --config $(CONFIG)
	$(BIN)/mamori serve --config $(CONFIG) $(if $(UPSTREAM),--upstream $(UPSTREAM))

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit -q

test: lint typecheck
	$(BIN)/python -m pytest -q
	@# The example cases written in the policies, through the real stages.
	$(BIN)/mamori policy test policies/*.yaml

bench: $(STAMP)
	$(BIN)/python bench/overhead.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
