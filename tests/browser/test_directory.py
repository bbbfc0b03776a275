"""The directory: complete without JavaScript, filterable with it, in every
language with each entry's last-checked date; glossary explanations on
guide pages by hover, keyboard and tap."""

from __future__ import annotations

import pytest

from wegwijzer import sitedata

ORGS = sitedata.organisations()


def serves(org, region):
    """A reader in `region` can turn to this organisation: it is there, or it
    works for all of Belgium, or for Flanders and the region is a Flemish city."""
    return (region in org["regions"] or "belgium" in org["regions"]
            or (region in ("antwerp", "ghent") and "flanders" in org["regions"]))


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_the_full_list_shows_without_javascript(browser, base_url, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + lang.prefix + "organisations/")
    entries = page.locator(".kb-org")
    assert entries.count() == len(ORGS)
    assert all(e.is_visible() for e in entries.all())
    assert not page.locator(".kb-filters").is_visible(), "filters without JavaScript would not work"
    label = sitedata.ui_strings(lang.code)["directory.last_checked"]
    for org in ORGS:
        entry = page.locator(f".kb-org:has(#{org['id']})")
        assert org["last_checked"].isoformat() in entry.inner_text()
        assert label in entry.inner_text()
    context.close()


def test_filters_narrow_the_list_and_say_how_many(browser, base_url):
    # The region with most entries, and the theme most common there (from the data, whatever it holds).
    region = max(("flanders", "brussels", "antwerp", "ghent"), key=lambda r: sum(serves(o, r) for o in ORGS))
    in_region = [o for o in ORGS if serves(o, region)]
    theme = max({t for o in in_region for t in o["themes"]}, key=lambda t: sum(t in o["themes"] for o in in_region))
    both = [o for o in in_region if theme in o["themes"]]
    assert 0 < len(both) < len(in_region) < len(ORGS)
    page = browser.new_page()
    page.goto(base_url + "ar/organisations/")
    page.select_option(".kb-filters select[name=region]", region)
    visible = [e for e in page.locator(".kb-org").all() if e.is_visible()]
    assert len(visible) == len(in_region)
    page.select_option(".kb-filters select[name=theme]", theme)
    visible = [e for e in page.locator(".kb-org").all() if e.is_visible()]
    assert len(visible) == len(both)
    assert page.locator(".kb-filter-count").inner_text().startswith(str(len(both)))
    page.select_option(".kb-filters select[name=region]", "")
    page.select_option(".kb-filters select[name=theme]", "")
    assert sum(e.is_visible() for e in page.locator(".kb-org").all()) == len(ORGS)
    page.close()


@pytest.mark.parametrize("code", ["nl", "en", "ar"])
def test_a_glossary_term_is_explained_on_a_guide_by_keyboard_and_tap(browser, base_url, code):
    lang = sitedata.language(code)
    context = browser.new_context(has_touch=True)
    page = context.new_page()
    page.goto(base_url + lang.prefix + "newcomers/work-and-income/")
    term = page.locator("article abbr.kb-term").first
    assert term.count() == 1, "no glossary explanation on the page"
    definition = term.get_attribute("data-kb-definition")
    terms = {t["id"]: " ".join(str(t["definition"]).split()) for t in sitedata.glossary(code)}
    assert definition in terms.values(), "explanation not from this language's glossary"
    shown = "el => getComputedStyle(el, '::after').content"
    assert term.evaluate(shown) == "none"
    term.focus()  # keyboard
    assert definition in term.evaluate(shown)
    page.locator("h1").click()
    term.tap()  # touch
    assert definition in term.evaluate(shown)
    context.close()
