# netdir: `make demo` and `make test` work on a fresh machine without internet (PyPI only).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90
export PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW := ignore
export DO_NOT_TRACK := 1
export PREFECT_LOGGING_EXTRA_LOGGERS := netdir
export NETDIR_HOME := $(CURDIR)

.PHONY: setup demo test run bench eval lint format browser recapture prefect-server deploy worker clean

setup: $(STAMP)

# uv installs the ~110 packages in seconds where plain pip takes ~35 s (see shared stack notes).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e '.[dev]'
	touch $(STAMP)

demo: setup
	$(BIN)/netdir demo

# 3 processes on 2 cores: one of them mostly waits on the Prefect server and its worker
# (all of tests/flows runs on one worker: tests/conftest.py). PYTEST_WORKERS=0: one process.
# The 25 slowest tests close the log: where the suite's minutes go when it nears its budget.
PYTEST_WORKERS ?= 3
test: setup browser
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --durations=25

run: setup
	@# 3 = nothing reachable, 4 = some sources failed: the overview is published either way
	$(BIN)/netdir refresh || { code=$$?; [ $$code -eq 3 ] || [ $$code -eq 4 ]; }

# Writes tests/bench/results.json + results.md and the README table; installs Scrapy into
# .bench/scrapy-venv the first time (the comparison's own environment, not a dependency).
bench: setup
	$(BIN)/python tests/bench/run.py

# Extraction scored on saved real pages (tests/realpages/): prints the table and refreshes
# tests/realpages/RESULTS.md and the README section; "before" is main before issue #11.
eval: setup
	$(BIN)/python tests/realpages/evaluate.py --baseline tests/realpages/baseline.json \
	  --write tests/realpages/RESULTS.md --readme README.md

lint: setup
	$(BIN)/ruff check src tests flows
	$(BIN)/ruff format --check src tests flows
	$(BIN)/mypy src/netdir flows

format: setup
	$(BIN)/ruff format src tests flows
	$(BIN)/ruff check --fix src tests flows

# Debian's chromium for the index.html browser test; no browser download from anywhere else.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; the browser test will be skipped"; \
	  else echo "note: run 'sudo apt-get install chromium' to enable the browser test"; fi; \
	fi

recapture: setup
	@test -n "$(SOURCE)" || (echo "usage: make recapture SOURCE=<source id>"; exit 2)
	$(BIN)/python -m netdir.sources.recapture $(SOURCE)

# A real Prefect server and worker for the scheduled deployment (prefect.yaml).
prefect-server: setup
	$(BIN)/prefect server start --host 127.0.0.1 --port 4200

deploy: setup
	PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/prefect work-pool create netdir-pool --type process 2>/dev/null || true
	PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/prefect --no-prompt deploy --all

worker: setup
	PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/prefect worker start --pool netdir-pool

# Webhook notifications on broken sources and failed runs; the URL comes from the settings:
#   make alerts NETDIR_ALERT_WEBHOOK_URL=https://chat.example.org/hooks/netdir
alerts: setup
	PREFECT_API_URL=$${PREFECT_API_URL:-http://127.0.0.1:4200/api} $(BIN)/python -m flows.alerts

clean:
	rm -rf $(VENV) .prefect .pytest_cache warehouse/*.duckdb warehouse/publish warehouse/demo-publish
