"""Shared test set-up: the built site, a local server for it, and Debian's
Chromium driven by Playwright. The project's code is the installed package
wegwijzer (make installs it), so nothing here touches sys.path."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer import browser as site_browser
from wegwijzer import sitedata

SITE = sitedata.ROOT / "site"


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
