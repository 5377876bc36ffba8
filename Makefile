# Every target bootstraps .venv from nothing but python3, with the pinned tools of requirements/dev.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: setup generate check-generated install lint typecheck test demo bench clean

setup: $(READY)

$(READY): requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $(READY)

generate: $(READY)  ## Rebuild generated/ from spec/ and generator/.
	$(BIN)/python generator/generate.py

check-generated: $(READY)  ## Fail if generated/ is not exactly what the spec gives.
	$(BIN)/python generator/generate.py --check

# A development install: the package is imported from facade/ and generated/ as they are in the working tree,
# so an edit is seen by the next test run. (tests/package/test_package.py builds and checks the wheel users get.)
install: $(READY)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e ./generated

lint: $(READY)
	$(BIN)/ruff check facade generator tests examples benchmarks
	$(BIN)/ruff format --check facade generator tests examples benchmarks

typecheck: $(READY)  ## mypy --strict over the hand-written code (the package from facade/ + generated/, generator, examples).
	$(BIN)/mypy --explicit-package-bases facade/signalwire_calling generated/signalwire_calling
	$(BIN)/mypy

test: check-generated lint typecheck install  ## The README's test command.
	$(BIN)/python -m pytest

demo: install  ## Run the example call flow against the bundled mock server.
	$(BIN)/python examples/call_flow.py --mock

BENCH_READY := $(VENV)/.bench-ready
# Import time is measured where only the runtime dependencies are installed: in .venv, click and rich (there
# for the generators) make `import httpx` itself slower, which would flatter the ratio.
CLEAN := $(VENV)/runtime-only
CLEAN_READY := $(CLEAN)/.ready

$(BENCH_READY): $(READY) requirements/bench.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/bench.txt
	touch $(BENCH_READY)

$(CLEAN_READY): requirements/dev.txt
	$(PYTHON) -m venv $(CLEAN)
	$(CLEAN)/bin/python -m pip install --quiet --disable-pip-version-check $$(grep -E '^(httpx|attrs|typing_extensions)==' requirements/dev.txt)
	printf '%s\n' "$(CURDIR)/facade" "$(CURDIR)/generated" > $$($(CLEAN)/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/signalwire_calling_dev.pth
	touch $(CLEAN_READY)

bench: $(BENCH_READY) $(CLEAN_READY) install  ## The benchmark suite (not part of `make test`): prints the ratios, writes BENCHMARKS.md.
	$(BIN)/python benchmarks/bench.py --report BENCHMARKS.md --import-python $(CLEAN)/bin/python

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
