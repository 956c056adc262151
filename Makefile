# newsflow — every target sets itself up on a fresh clone (python3 and make are enough;
# `make test` also needs the PostgreSQL server at 127.0.0.1:5432).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
UV_VERSION := 0.13.9

# Airflow's home and config stay inside the project, never in the user's home.
export AIRFLOW_HOME ?= $(CURDIR)/.newsflow/airflow
export AIRFLOW__CORE__DAGS_FOLDER ?= $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES ?= False

.PHONY: install demo test lint lock bench clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

demo: $(STAMP)
	$(BIN)/newsflow demo

# Tests run in one worker per core (pytest-xdist); a file's tests stay on one worker, so
# module fixtures (a served site, a loaded warehouse) are built once.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Benchmarks (not part of `make test`): writes BENCHMARKS.md.
bench: $(STAMP)
	$(BIN)/python -m bench.run_all

# Re-resolve the pinned versions after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf .newsflow .pytest_cache .mypy_cache .ruff_cache
