# Two commands for a newcomer: `make run` and `make test`. Everything else is detail.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO   := .demo

.PHONY: run test lint format screenshots bench translations package clean demo-server

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

## Start the desktop app on a demo workspace (created once under .demo/).
run: $(STAMP)
	$(PY) -m app.cli.main run-demo --data-dir $(DEMO)

## A local sync server with a demo team and catalog (under .demo-server/), on port 8765.
demo-server: $(STAMP)
	@mkdir -p .demo-server
	$(PY) -m server.cli --database-url sqlite:///$(CURDIR)/.demo-server/server.sqlite3 demo

## Run the whole test suite.
test: $(STAMP)
	$(PY) -m pytest -n 2 --dist loadgroup -q --durations=25

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## Screenshots of every main screen in every language, into screenshots/.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m app.views.screenshots screenshots

## Benchmarks (not part of `make test`); each prints our figures beside its limits.
## The server and sync benchmarks use the development machine's PostgreSQL unless
## FIELDSALES_BENCH_POSTGRES_URL names another (it creates and drops its own schema).
bench: export FIELDSALES_BENCH_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/test
bench: $(STAMP)
	$(PY) bench/workspace_bench.py
	$(PY) bench/pdf_bench.py
	$(PY) bench/desktop_bench.py
	$(PY) bench/desktop_sync_bench.py
	$(PY) bench/data_bench.py
	$(PY) bench/server_sync_bench.py
	$(PY) bench/capture_bench.py
	$(PY) bench/sync_client_bench.py
	$(PY) bench/cli_start.py
	$(PY) bench/analytics_bench.py

## The desktop build (packaging/README.md): dist/fieldsales/, a one-folder program, and
## dist/fieldsales_VERSION_ARCH.deb. PRESET=path/to/preset.json ships an installer's preset.
PACKAGE_STAMP := $(VENV)/.package-tools
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $@

package: $(PACKAGE_STAMP)
	rm -rf dist/fieldsales build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/fieldsales.spec
	$(PY) packaging/linux/build_deb.py $(if $(PRESET),--preset $(PRESET))

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
