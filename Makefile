# strikes: two commands on a fresh machine with python3.11 -- `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STATE := .state
PORT ?= 3000

.PHONY: run test dev lint lock bench clean-state

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# Runs are recorded in the same Dagster instance as `make dev`'s UI (run history, materializations).
DAGSTER_STATE := $(CURDIR)/$(STATE)/dagster

$(DAGSTER_STATE)/dagster.yaml:
	@mkdir -p $(DAGSTER_STATE)
	@printf 'telemetry:\n  enabled: false\nconcurrency:\n  pools:\n    default_limit: 1\n' > $@

run: $(STAMP) $(DAGSTER_STATE)/dagster.yaml
	DAGSTER_HOME=$(DAGSTER_STATE) $(BIN)/strikes run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# pipelines/dev_server.py puts SIGINT back to its default before it execs `dg dev`, so that one
# SIGTERM or SIGINT to its PID stops the UI and its children even when `make dev` was started
# in the background (Dagster gives SIGTERM SIGINT's handler, and a background job ignores SIGINT).
dev: $(STAMP) $(DAGSTER_STATE)/dagster.yaml
	@echo "Dagster UI: http://127.0.0.1:$(PORT)"
	DAGSTER_HOME=$(DAGSTER_STATE) $(BIN)/python -m pipelines.dev_server \
		$(BIN)/dg dev --host 127.0.0.1 --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .

# Recompile the hash-pinned lock from requirements.in (needs pip-tools; records no index address).
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-header --no-emit-index-url --no-emit-find-links --no-emit-trusted-host \
		-o requirements.lock requirements.in

# Times every stage, `strikes run`, `strikes release` and +1,000 articles on BENCH_N synthetic
# articles (benchmarks/run.py); the table is printed, the JSON kept in .state/bench.json.
BENCH_N ?= 10000
bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py
	@mkdir -p $(STATE)
	$(BIN)/python -m benchmarks.run --n $(BENCH_N) --json $(STATE)/bench.json

clean-state:
	rm -rf $(STATE)
