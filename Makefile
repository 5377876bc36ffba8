# Every target bootstraps .venv from nothing but python3, with the pinned tools of requirements/dev.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: setup generate check-generated install lint typecheck test demo clean

setup: $(READY)

$(READY): requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $(READY)

generate: $(READY)  ## Rebuild generated/ from spec/, generator/ and facade/.
	$(BIN)/python generator/generate.py

check-generated: $(READY)  ## Fail if generated/ is not exactly what the spec gives.
	$(BIN)/python generator/generate.py --check

install: $(READY)  ## Install generated/ into .venv the way users do (a built wheel, not an editable tree).
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps --force-reinstall ./generated

lint: $(READY)
	$(BIN)/ruff check facade generator tests examples benchmarks
	$(BIN)/ruff format --check facade generator tests examples benchmarks

typecheck: $(READY) install  ## mypy --strict over the hand-written code (façade as installed, generator, examples).
	$(BIN)/mypy

test: check-generated lint typecheck install  ## The README's test command.
	$(BIN)/python -m pytest

demo: install  ## Run the example call flow against the bundled mock server.
	$(BIN)/python examples/call_flow.py --mock

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
