# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# The venv is rebuilt only when pyproject.toml changes (stamp file), so repeated runs are fast.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The suite in one process more than the machine has cores, at most 6 (pytest-xdist; 3 on 2
# cores), each given whole files, so a module's costly fixtures are still built once and its
# tests run in their written order; `make test TEST_PROCESSES=` runs it in one. One more than
# the cores: about 29 % of the suite's time is spent waiting on real-time audio and sleeps
# (round 45), which two processes on two cores could not fill; at most 6, as each process may
# hold a Whisper model and a voice (about 0.6 GB). A crashed process is not replaced: under
# --dist loadfile pytest-xdist 3.8 hands its replacement finished files as empty work and the
# whole run then waits forever (a test ended by faulthandler_timeout hung a CI run at 99 %);
# without a replacement the run ends, naming the test the process crashed in.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); echo $$(( n + 1 > 6 ? 6 : n + 1 )))
TEST_PROCESSES ?= -n $(TEST_WORKERS) --dist loadfile --max-worker-restart=0

.PHONY: run test lint typecheck system-deps clean bench screenshot

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

# PYTHONDONTWRITEBYTECODE is emptied here too: with it every start compiled the app's ~300
# modules again (benchmarks/startup.py --no-bytecode: 10.3x a bare PySide6 window's start
# against 6.8x with the caches written, round 64), where an installed app has them.
run: system-deps $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/ml-interview

lint: $(STAMP)
	$(BIN)/ruff check simulator tests benchmarks
	$(BIN)/ruff format --check simulator tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

# PYTHONDONTWRITEBYTECODE is emptied for the suite (some machines set it for every process):
# the suite starts many Python processes (its workers, the app, CLI and child pytest
# runs), and with it each compiled the package from source again and pytest rewrote the test
# modules again in every child (34 CLI and boundary tests: 42.2 -> 35.9 s of CPU without it).
test: system-deps $(STAMP) lint typecheck
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(TEST_PROCESSES)

bench: $(STAMP)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

screenshot: system-deps $(STAMP)
	$(BIN)/python packaging/screenshot.py && $(BIN)/python packaging/screenshot.py --theme dark

clean:
	rm -rf $(VENV) build *.egg-info
