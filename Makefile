# Everything a fresh machine needs: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/coalition-lod build data/profiles --out dist
	$(BIN)/coalition-lod query queries/members.rq --data dist

lint: $(STAMP)
	$(BIN)/ruff check coalition_lod tests

test: $(STAMP) lint
	$(BIN)/pytest -q

clean:
	rm -rf dist .pytest_cache .ruff_cache
