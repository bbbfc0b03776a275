"""The offline downloads, unzipped and opened from file:// with every request
but file:// refused: pages, links, search in the language, and switching
language in the all-languages zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wegwijzer import sitedata


def _unzip(site: Path, label: str, target: Path) -> Path:
    with zipfile.ZipFile(site / "downloads" / f"regenboogwegwijzer-{label}.zip") as archive:
        archive.extractall(target)
    return target / f"regenboogwegwijzer-{label}"


def _offline_page(browser):
    context = browser.new_context()
    refused = []

    def only_files(route):
        if route.request.url.startswith("file://"):
            return route.continue_()
        refused.append(route.request.url)
        return route.abort()

    context.route("**/*", only_files)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return context, page, refused, errors


def _search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    return [a.get_attribute("href") for a in page.locator(".md-search-result__item > a").all()]


@pytest.mark.parametrize("code, query", [("nl", "leefloon"), ("ar", "سكن"), ("ka", "საცხოვრებელი")])
def test_a_language_zip_works_from_a_folder_without_network(browser, site, tmp_path, code, query):
    lang = sitedata.language(code)
    root = _unzip(site, code, tmp_path)
    context, page, refused, errors = _offline_page(browser)
    page.goto((root / "index.html").as_uri())
    page.wait_for_load_state("load")
    assert page.locator("html").get_attribute("lang") == code
    # Follow a link to a guide.
    page.locator('a[href*="newcomers/"]').first.click()
    page.wait_for_load_state("load")
    assert "/newcomers/" in page.url and page.url.endswith(".html")
    results = _search(page, query)
    assert results, "search found nothing offline"
    prefix = (root / lang.prefix).as_uri().rstrip("/") + "/"
    assert all(href.startswith(prefix) for href in results), results
    others = {l.code for l in sitedata.languages() if not l.default}
    if lang.default:
        assert not any(href[len(prefix):].split("/", 1)[0] in others for href in results), results
    assert refused == [], refused
    assert errors == [], errors
    context.close()


def test_the_all_languages_zip_switches_language_offline(browser, site, tmp_path):
    root = _unzip(site, "all", tmp_path)
    context, page, refused, errors = _offline_page(browser)
    page.goto((root / "newcomers" / "housing.html").as_uri())
    page.locator(".md-header .md-select button").hover()
    page.locator('a.md-select__link[hreflang="fa"]').click()
    page.wait_for_load_state("load")
    assert page.url == (root / "fa" / "newcomers" / "housing.html").as_uri()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert refused == [] and errors == []
    context.close()
