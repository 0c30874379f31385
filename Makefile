# Südwest-Cluster Datenplattform. Every target sets up what it needs on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test quick bench dagster clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Runs the whole pipeline on the bundled sample deliveries into ./data (no server needed).
demo: setup
	$(BIN)/swdp run

# The import contract (README „Aufbau“), then every test. The inner loop: `make quick`.
test: setup
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

quick: setup
	$(BIN)/python -m pytest -m "not slow"

# Throughput benchmarks: each script prints its figures as a ratio against a DuckDB baseline
# measured in the same run on the same generated data.
bench: setup
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

# The Dagster UI on http://127.0.0.1:3000 with the platform's local instance.
dagster: setup
	mkdir -p data/dagster
	# the instance first: webserver and daemon starting on a fresh one would both create it
	DAGSTER_HOME=$${DAGSTER_HOME:-$(CURDIR)/data/dagster} $(BIN)/swdp instance
	DAGSTER_HOME=$${DAGSTER_HOME:-$(CURDIR)/data/dagster} $(BIN)/dagster dev -w dagster_workspace.yaml -h 127.0.0.1 -p 3000

clean:
	rm -rf data
