# Everything a fresh machine needs: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo serve test bench install lint browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench,dask]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/coalition-lod build --project data
	$(BIN)/coalition-lod query members --data dist

# The page test drives Debian's Chromium through ChromeDriver (no browser download).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  echo "installing Debian's chromium and chromium-driver for the browser test"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium chromium-driver; }

# The demo release as a SPARQL endpoint and pages on http://127.0.0.1:8000/
serve: $(STAMP)
	test -d dist || $(MAKE) demo
	$(BIN)/coalition-lod serve dist --port 8000

# Synthetic profiles at 1k and 10k against the naive pipeline; prints the table.
# then the serve load test (20 clients, 2,000 requests) on the demo release.
bench: $(STAMP)
	$(BIN)/python -m bench.run --sizes 1000,10000 --baseline 200
	test -d dist || $(BIN)/coalition-lod build --project data -q
	$(BIN)/python -m bench.load dist --clients 20 --requests 2000

lint: $(STAMP)
	$(BIN)/ruff check coalition_lod tests bench

test: $(STAMP) lint browser
	$(BIN)/pytest -q

clean:
	rm -rf dist .pytest_cache .ruff_cache .hypothesis
