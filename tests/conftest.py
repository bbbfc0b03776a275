"""Shared test set-up: the site's own modules on the path, the built site,
a local server for it, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT / "overrides" / "hooks", ROOT / "scripts", ROOT / "tests"):
    sys.path.insert(0, str(folder))

import browser as site_browser  # noqa: E402

SITE = ROOT / "site"


@pytest.fixture(scope="session")
def site() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is not built: run `make build` (or `make test`, which builds first)")
    return SITE


@pytest.fixture(scope="session")
def base_url(site):
    with site_browser.serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with site_browser.chromium() as chromium:
        yield chromium
