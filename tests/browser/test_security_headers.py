"""The sample host configuration's Content-Security-Policy is one the site
actually satisfies: served with deploy/_headers, no page violates it."""

from __future__ import annotations

import pytest

from wegwijzer import headers
from wegwijzer.browser import serve

PAGES = ["", "newcomers/housing/", "organisations/", "glossary/", "ar/", "ar/newcomers/safety/",
         "fa/organisations/", "en/about/download/", "ka/no-such-page/"]

RECORD = """document.addEventListener('securitypolicyviolation',
  e => (window.kbViolations = window.kbViolations || []).push(e.violatedDirective + ' ' + e.blockedURI));"""


def test_the_committed_policy_allows_every_inline_script_of_the_build(site):
    policy = headers.read_netlify_headers()["Content-Security-Policy"]
    missing = [h for h in headers.inline_script_hashes(site) if h not in policy]
    assert not missing, f"inline scripts not allowed: {missing}. Run `python scripts/docs.py headers`."


@pytest.fixture(scope="module")
def strict_url(site):
    with serve(site, headers.read_netlify_headers()) as url:
        yield url


def test_no_page_violates_the_policy(browser, strict_url):
    context = browser.new_context()
    context.add_init_script(RECORD)
    page = context.new_page()
    messages = []
    page.on("console", lambda m: messages.append(m.text) if "Content Security Policy" in m.text else None)
    violations = []
    for path in PAGES:
        page.goto(strict_url + path, wait_until="networkidle")
        if path == "":
            box = page.locator("input.md-search__input")
            box.click()
            box.press_sequentially("leefloon", delay=20)
            page.locator(".md-search-result__item").first.wait_for()
        violations += [f"/{path}: {v}" for v in page.evaluate("window.kbViolations || []")]
    context.close()
    assert not violations and not messages, violations + messages
