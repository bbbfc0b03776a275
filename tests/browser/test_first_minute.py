"""A newcomer's first minute, on a 360 px phone, in a left-to-right and a
right-to-left language: their language offered (worded in it, absent for a
Dutch browser on a Dutch page), the home page as a map with a card per
guide, search results that fit the screen, and a directory whose filters
live in the address."""

from __future__ import annotations

import pytest

from wegwijzer import sitedata
from wegwijzer.browser import PHONE, covering
from wegwijzer.home import SECTIONS


@pytest.fixture
def phone(browser):
    contexts = []

    def open_phone(locale: str):
        context = browser.new_context(locale=locale, **PHONE)
        contexts.append(context)
        return context.new_page()

    yield open_phone
    for context in contexts:
        context.close()


@pytest.mark.parametrize("locale, code", [("ar-BE", "ar"), ("fr-BE", "fr")])
def test_a_browser_in_another_language_is_offered_it_in_its_own_words(phone, base_url, locale, code):
    page = phone(locale)
    page.goto(base_url + "newcomers/housing/")
    offer = page.locator(".kb-offer")
    offer.wait_for()
    ui = sitedata.ui_strings(code)
    assert offer.get_attribute("lang") == code and offer.get_attribute("dir") == sitedata.language(code).dir
    assert ui["offer.text"] in offer.inner_text()
    assert offer.bounding_box()["y"] < 200, "the offer is not at the top"
    offer.get_by_role("link", name=ui["offer.link"]).click()
    page.wait_for_url(f"**/{code}/newcomers/housing/")
    assert page.locator(".kb-offer").count() == 0, "offered again on the page in that language"


def test_where_their_language_lacks_the_page_the_offer_leads_to_its_home(phone, base_url):
    """Arabic carries the newcomer pages, not the toolbox: an Arabic browser on
    a toolbox page is offered the Arabic home page, in words that say so."""
    assert not (sitedata.DOCS / "ar" / "toolbox" / "police.md").exists()
    page = phone("ar")
    page.goto(base_url + "toolbox/police/")
    offer = page.locator(".kb-offer")
    offer.wait_for()
    ui = sitedata.ui_strings("ar")
    assert ui["offer.site_text"] in offer.inner_text()
    offer.get_by_role("link", name=ui["offer.site_link"]).click()
    page.wait_for_url("**/ar/")


def test_the_offer_can_be_dismissed_and_stores_nothing(phone, base_url):
    page = phone("uk-UA")
    page.goto(base_url + "en/")
    page.locator(".kb-offer").wait_for()
    page.get_by_role("button", name=sitedata.ui_strings("uk")["offer.dismiss"]).click()
    assert page.locator(".kb-offer").count() == 0
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


@pytest.mark.parametrize("locale, path", [("nl-BE", ""), ("nl", "newcomers/housing/"), ("de-DE", "")])
def test_no_offer_when_the_page_is_already_in_the_readers_language_or_none_fits(phone, base_url, locale, path):
    page = phone(locale)
    page.goto(base_url + path, wait_until="networkidle")
    assert page.locator(".kb-offer").count() == 0


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_home_page_is_a_map_on_a_phone(phone, base_url, code):
    lang = sitedata.language(code)
    page = phone(code)
    page.goto(base_url + lang.prefix, wait_until="networkidle")
    screen = PHONE["viewport"]["height"]
    names = page.locator(".kb-home-languages a")
    assert names.all_inner_texts() == [l.name for l in sitedata.languages()]
    assert names.last.bounding_box()["y"] < screen, "the language list does not fit the first screen"
    doors = page.locator(".kb-door")
    assert doors.count() == 2 and doors.last.bounding_box()["y"] + 40 < screen, "the doors are not on the first screen"
    # On the first screen and not under anything (the quick exit once hid a door).
    for target in names.all() + doors.all():
        assert covering(target) is None, f"{target.inner_text()} is covered by {covering(target)}"
    guides = [p for p in sitedata.page_paths() if p.startswith(SECTIONS["newcomers"]) and p != "newcomers/index.md"]
    cards = page.locator(".kb-cards").first.locator(".kb-card")  # the newcomer door's cards come first
    titles = cards.locator(".kb-card__title").all_inner_texts()
    for path in guides:
        meta, _, _ = sitedata.split_front_matter(sitedata.DOCS / code / path)
        assert meta["title"] in titles, f"no card for {path}"
    assert cards.count() == len(guides)
    for card in cards.all():
        box = card.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 0.8 * PHONE["viewport"]["width"], "a card is too small to tap"
        assert card.locator("svg").count() == 1
    # One tap from home: the housing card opens the housing guide.
    page.locator(".kb-card", has_text=sitedata.split_front_matter(
        sitedata.DOCS / code / "newcomers/housing.md")[0]["title"]).first.tap()
    page.wait_for_url("**/newcomers/housing/")


@pytest.mark.parametrize("code, query", [("nl", "leefloon"), ("ar", "سكن")])
def test_search_results_show_title_and_snippet_without_tag_chips(phone, base_url, code, query):
    page = phone(code)
    page.goto(base_url + sitedata.language(code).prefix, wait_until="networkidle")
    page.locator("label.md-header__button[for=__search]").tap()
    page.locator("input.md-search__input").fill(query)
    result = page.locator(".md-search-result__item").first
    result.wait_for()
    assert result.locator("h1, h2").first.is_visible()
    # The tags are in the results (they still match) but none shows; read in one go, there can be hundreds.
    shown, hidden = page.eval_on_selector_all(
        ".md-search-result .md-tag",
        "tags => [tags.filter(t => t.checkVisibility()).length, tags.filter(t => !t.checkVisibility()).length]")
    assert shown == 0 and hidden > 0, f"{shown} tag chips shown, {hidden} hidden"
    assert page.locator(".md-search-result__item").first.bounding_box()["height"] < 400


def test_directory_filters_live_in_the_address_and_entries_have_buttons(phone, base_url):
    page = phone("nl")
    page.goto(base_url + "organisations/")
    call = page.locator("#unia").locator("xpath=..").locator("a.kb-call")
    assert call.get_attribute("href") == "tel:+3280012800" and call.bounding_box()["height"] >= 44
    website = page.locator("#unia").locator("xpath=..").locator("a.kb-web")
    assert website.get_attribute("href") == "https://unia.be/" and website.bounding_box()["height"] >= 44
    page.select_option(".kb-filters select[name=region]", "brussels")
    assert page.evaluate("location.hash") == "#region=brussels"
    shown = sum(e.is_visible() for e in page.locator(".kb-org").all())
    # Help for all of Belgium is help in Brussels too; help in Ghent is not.
    assert page.locator("#unia").is_visible() and page.locator("#emergency-112").is_visible()
    ghent_only = next(o["id"] for o in sitedata.organisations() if o["regions"] == ["ghent"])
    assert not page.locator(f"#{ghent_only}").is_visible()
    again = phone("nl")
    again.goto(base_url + "organisations/#region=brussels")
    assert again.locator(".kb-filters select[name=region]").input_value() == "brussels"
    assert sum(e.is_visible() for e in again.locator(".kb-org").all()) == shown
    # A link to an entry is not a filter; when the filters hide that entry, they are cleared.
    again.goto(base_url + f"organisations/#{ghent_only}")
    assert again.locator(".kb-filters select[name=region]").input_value() == ""
    assert again.locator(f"#{ghent_only}").is_visible()


# Every layout shift since the page started loading, as Lighthouse adds them up.
LAYOUT_SHIFT = """() => new Promise(done => {
  let total = 0;
  new PerformanceObserver(list => { for (const entry of list.getEntries()) total += entry.value; })
    .observe({type: "layout-shift", buffered: true});
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(total), 300)));
})"""


@pytest.mark.parametrize("code, locale", [("nl", "nl-BE"), ("ar", "ar"), ("ar", "fr-BE")])
def test_the_directory_does_not_shift_as_it_loads(phone, base_url, code, locale):
    """Neither the filters, the language offer nor Material's header move the
    page once it shows (0.1 is Lighthouse's limit for "good"; we stay far under)."""
    page = phone(locale)
    page.goto(base_url + sitedata.language(code).prefix + "organisations/", wait_until="load")
    assert page.evaluate(LAYOUT_SHIFT) < 0.01
