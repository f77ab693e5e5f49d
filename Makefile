# Mamori: `make serve` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CONFIG ?= mamori.yaml
# vLLM base URL for every model name; empty: the built-in faq-extractive model answers.
UPSTREAM ?=
STAMP := $(VENV)/.installed
TORCH_VERSION ?= 2.13.0
# Every dependency (dev extra included, torch excepted), pinned with its hashes: `make lock`.
LOCK := requirements.lock
# LlamaIndex's OpenAI clients need openai<3: the client suite drives them from a venv of
# their own, pinned in tests/clients/llamaindex-requirements.txt.
LLAMA_VENV := .venv-llamaindex
LLAMA_STAMP := $(LLAMA_VENV)/.installed
LLAMA_REQUIREMENTS := tests/clients/llamaindex-requirements.txt

.PHONY: install serve test lint typecheck unit bench sbom lock clean

install: $(STAMP)

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The CPU build first: otherwise sentence-transformers pulls torch with CUDA (GBs).
	$(BIN)/python -m pip install --quiet torch==$(TORCH_VERSION)
	# Exactly the versions in the lock, each file checked against its hash; --no-deps:
	# nothing outside the lock is resolved or installed.
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	# Mamori itself (its dependencies are all in the lock already).
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

# The compiled int8 scan of the in-process FAQ copy (retrieval/_int8_scan.c, setup.py):
# `pip install -e .` builds it in place; this rebuilds it in an existing venv when its
# source changed. Without a C compiler nothing fails: the copy scans with numpy.
KERNEL := retrieval/_int8_scan$(shell $(PYTHON) -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')

$(KERNEL): retrieval/_int8_scan.c setup.py | $(STAMP)
	$(BIN)/python setup.py --quiet build_ext --inplace

$(LLAMA_STAMP): $(LLAMA_REQUIREMENTS)
	$(PYTHON) -m venv $(LLAMA_VENV)
	$(LLAMA_VENV)/bin/python -m pip install --quiet -r $(LLAMA_REQUIREMENTS)
	touch $(LLAMA_STAMP)

# Re-resolve the lock after a change to pyproject.toml's dependencies (versions already in
# the lock are kept when they still fit; `make lock LOCK_FLAGS=--upgrade` takes the newest).
# Linux x86_64, Python 3.11; torch stays out of the lock (installed first, as the CPU build).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	mkdir -p build
	echo "torch==$(TORCH_VERSION)" > build/torch-constraint.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--constraint build/torch-constraint.txt --no-emit-package torch \
		$(if $(PIP_FIND_LINKS),--find-links $(PIP_FIND_LINKS),--torch-backend cpu) \
		--python-version 3.11 --python-platform x86_64-manylinux_2_28 \
		--custom-compile-command "make lock" $(LOCK_FLAGS) -o $(LOCK)

# A CycloneDX SBOM of exactly what the lock installs (build/sbom.cdx.json).
sbom: $(STAMP)
	mkdir -p build
	$(BIN)/cyclonedx-py requirements $(LOCK) --pyproject pyproject.toml --of JSON \
		--output-reproducible -o build/sbom.cdx.json

serve: $(STAMP) $(KERNEL)
	@# The sample FAQ index is built once (about a minute on a laptop CPU).
	$(BIN)/mamori index list --config $(CONFIG) 2>/dev/null | grep -q '^faq ' \
		|| $(BIN)/mamori reindex faq --config $(CONFIG)
	$(BIN)/mamori serve --config $(CONFIG) $(if $(UPSTREAM),--upstream $(UPSTREAM))

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(KERNEL)
	$(BIN)/python -m pytest tests/unit -q

test: lint typecheck sbom $(LLAMA_STAMP) $(KERNEL)
	$(BIN)/python -m pytest -q
	@# The example cases written in the policies, through the real stages.
	$(BIN)/mamori policy test policies/*.yaml

bench: $(STAMP) $(KERNEL)
	$(BIN)/python bench/overhead.py

clean:
	rm -rf $(VENV) $(LLAMA_VENV) .pytest_cache .mypy_cache .ruff_cache
