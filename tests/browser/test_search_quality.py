"""Every query of tests/search-queries.yaml, typed into the real search box,
finds an expected page among the first three, in the reader's language."""

from pathlib import Path

from wegwijzer import search_quality
from wegwijzer import sitedata

QUERIES = Path(__file__).resolve().parents[1] / "search-queries.yaml"
MORE_QUERIES = Path(__file__).resolve().parents[1] / "search-queries-more.yaml"


def test_every_query_finds_its_page_in_the_readers_language(site, browser):
    outcomes = search_quality.run(QUERIES, site, browser)
    assert outcomes, "no queries were run"
    misses = [o for o in outcomes if not o.hit]
    assert not misses, search_quality.report(outcomes)
    for code, (hits, total) in search_quality.rates(outcomes).items():
        assert hits / total >= 0.9, f"{code}: {hits}/{total}"


def test_other_everyday_queries_find_their_page_in_nine_of_ten_cases(site, browser):
    outcomes = search_quality.run(MORE_QUERIES, site, browser)
    rates = search_quality.rates(outcomes)
    assert set(rates) == {lang.code for lang in sitedata.languages()}, "a language has no queries"
    low = {code: f"{hits}/{total}" for code, (hits, total) in rates.items() if hits / total < 0.9}
    assert not low, search_quality.report(outcomes)


def test_text_pasted_or_composed_into_the_box_is_searched(browser, base_url):
    """Pasting, voice input and composing phone keyboards change the box
    without a keyup, the only event Material listens to (search-input.js)."""
    page = browser.new_page()
    page.goto(base_url + "ar/")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("سكن")  # one input event, no key events
    first = page.locator(".md-search-result__item > a").first
    first.wait_for(timeout=10_000)
    assert "/ar/newcomers/housing/" in first.evaluate("a => a.href")
    page.close()
