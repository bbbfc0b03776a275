"""The sample host configuration works and its Content-Security-Policy is one
the site satisfies: served by Debian's nginx with deploy/nginx.conf (which
passes `nginx -t`), every response has the headers, each language its own
404 page, and no page violates the policy."""

from __future__ import annotations

import pytest

import gzip
import urllib.error
import urllib.request

from wegwijzer import headers, sitedata
from wegwijzer.browser import nginx

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
    """The site as a host serves it: Debian's nginx with deploy/nginx.conf."""
    with nginx(site) as url:
        yield url


def test_nginx_sends_the_headers_and_each_languages_404(strict_url):
    expected = headers.read_netlify_headers()
    for path, status in (("", 200), ("ar/newcomers/housing/", 200), ("ar/no-such-page/", 404), ("nope/", 404)):
        request = urllib.request.Request(strict_url + path, headers={"Accept-Encoding": "gzip"})
        try:
            response = urllib.request.urlopen(request)
        except urllib.error.HTTPError as error:
            response = error
        assert response.status == status, path
        for key, value in expected.items():
            assert response.headers[key] == value, f"/{path}: {key}"
        body = response.read()
        if response.headers["Content-Encoding"] == "gzip":
            body = gzip.decompress(body)
        if status == 200:
            assert response.headers["Content-Encoding"] == "gzip", f"/{path} is not compressed"
        if path.startswith("ar/") and status == 404:
            assert sitedata.ui_strings("ar")["not_found.title"].encode() in body


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
