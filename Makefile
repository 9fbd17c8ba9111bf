# Everything a fresh machine needs: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo serve test bench install lint browser clean vendor

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

# The browser assets the package ships, from the npm registry, pinned and checked against
# their integrity; the files are committed, so a fresh machine needs none of this.
YASGUI_PKG := @zazuko/yasgui@4.6.2
YASGUI_SHA := sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw==
WORLD_PKG := world-atlas@2.0.2
WORLD_SHA := sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==
SRI = $(PYTHON) -c "import base64,hashlib,sys; print('sha512-' + base64.b64encode(hashlib.sha512(open(sys.argv[1], 'rb').read()).digest()).decode())"

vendor:
	rm -rf .vendor && mkdir .vendor
	cd .vendor && npm pack --silent $(YASGUI_PKG) $(WORLD_PKG) >/dev/null
	test "$$($(SRI) .vendor/zazuko-yasgui-4.6.2.tgz)" = "$(YASGUI_SHA)"
	test "$$($(SRI) .vendor/world-atlas-2.0.2.tgz)" = "$(WORLD_SHA)"
	tar -xzf .vendor/zazuko-yasgui-4.6.2.tgz -C .vendor package/build/yasgui.min.js package/build/yasgui.min.css
	cp .vendor/package/build/yasgui.min.js .vendor/package/build/yasgui.min.css coalition_lod/static/yasgui/
	tar -xzf .vendor/world-atlas-2.0.2.tgz -C .vendor package/countries-50m.json package/LICENSE
	cp .vendor/package/countries-50m.json .vendor/package/LICENSE coalition_lod/data/world/
	rm -rf .vendor
