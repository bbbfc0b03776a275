# Two commands do all the set-up: `make serve` and `make test` (see README.md).
# Everything else is a step they share.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium
# Material prints an end-of-life banner on every build; we know (README).
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check test test-content test-build test-browser bench chromium node clean

# The virtual environment, rebuilt when requirements.txt changes, with the
# project's own package (wegwijzer/) installed in editable mode.
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Front-end packages (lunr for search, axe-core for tests) come from npm,
# pinned by package-lock.json; Debian's npm is installed if there is none.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q npm; }
	npm ci --no-audit --no-fund --silent
	touch $@
node: node_modules/.installed

# What the browser tests need from Debian, installed only when missing:
# Chromium (with fonts for every script we publish in) and nginx, the real
# host the security-header tests serve the site with (deploy/nginx.conf).
NGINX := /usr/sbin/nginx
chromium:
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(NGINX) ]; then \
	  echo "Installing Chromium and nginx from Debian's packages…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium fonts-noto-core nginx-light; \
	fi

serve: $(VENV)/.installed node
	$(PY) scripts/docs.py serve

build: $(VENV)/.installed node
	$(PY) scripts/docs.py build

check: $(VENV)/.installed
	$(PY) scripts/docs.py check
	$(PY) -m pytest -q tests/content

# One build per run (make builds `build` once), shared by both test folders;
# tests spread over a worker per core (pytest-xdist).
test-build: build
	$(PY) -m pytest -q -n auto tests/build

test-browser: build chromium node
	$(PY) -m pytest -q -n auto tests/browser

# One pytest run over both folders, so that the workers balance the quick
# build tests against the slow browser ones (two runs left a core idle at
# each one's end).
test: check build chromium node
	$(PY) -m pytest -q -n auto tests/build tests/browser

bench: build chromium node
	$(PY) scripts/docs.py bench

clean:
	rm -rf site site.old .site-* $(VENV) node_modules .pytest_cache
