"""The built site in Debian's Chromium: pages load cleanly, make no request
to another host, the language switcher keeps the page, search answers."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from wegwijzer import sitedata

LANGUAGES = sitedata.languages()


class Visit:
    """A fresh browser context that records console errors and refuses,
    and records, every request to another host."""

    def __init__(self, browser, base_url):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        own_host = urlsplit(base_url).netloc
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def guard(route):
            if urlsplit(route.request.url).netloc not in (own_host, ""):
                self.foreign.append(route.request.url)
                return route.abort()
            return route.continue_()

        self.context.route("**/*", guard)

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, base_url):
    visits = []

    def make():
        visits.append(Visit(browser, base_url))
        return visits[-1]

    yield make
    for v in visits:
        v.close()


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_home_page_loads_cleanly_and_stays_on_this_host(visit, base_url, lang):
    v = visit()
    response = v.page.goto(base_url + lang.prefix, wait_until="networkidle")
    assert response.status == 200
    assert v.page.locator("html").get_attribute("lang") == lang.code
    assert v.page.locator("html").get_attribute("dir") == lang.dir
    assert v.page.locator("h1").first.is_visible()
    assert v.errors == [], v.errors
    assert v.foreign == [], v.foreign
    assert v.context.cookies() == []


@pytest.mark.parametrize("source, target", [("nl", "en"), ("en", "ar"), ("ar", "fa"), ("fa", "nl")])
def test_switching_language_keeps_the_page(visit, base_url, source, target):
    v = visit()
    v.page.goto(base_url + sitedata.language(source).prefix + "newcomers/housing/")
    v.page.locator(".md-header .md-select button").hover()
    v.page.locator(f'a.md-select__link[hreflang="{target}"]').click()
    v.page.wait_for_load_state()
    assert v.page.url == base_url + sitedata.language(target).prefix + "newcomers/housing/"
    assert v.page.locator("html").get_attribute("lang") == target


def test_search_answers_in_the_built_site(visit, base_url):
    v = visit()
    v.page.goto(base_url)
    search = v.page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("leefloon", delay=20)  # real key events, as a reader types
    results = v.page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    assert results.count() > 0
    assert v.foreign == []


def test_an_unknown_address_shows_the_404_page_of_that_language(visit, base_url):
    v = visit()
    response = v.page.goto(base_url + "ar/no-such-page/")
    assert response.status == 404
    assert v.page.locator("html").get_attribute("lang") == "ar"
    assert v.page.locator("h1").inner_text() == sitedata.ui_strings("ar")["not_found.title"]
