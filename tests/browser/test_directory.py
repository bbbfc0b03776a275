"""The directory: complete without JavaScript, filterable with it, in every
language with each entry's last-checked date; glossary explanations on
guide pages by hover, keyboard and tap."""

from __future__ import annotations

import pytest

from wegwijzer import sitedata

ORGS = sitedata.organisations()


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
    page = browser.new_page()
    page.goto(base_url + "ar/organisations/")
    page.select_option(".kb-filters select[name=region]", "ghent")
    ghent = [o for o in ORGS if "ghent" in o["regions"]]
    visible = [e for e in page.locator(".kb-org").all() if e.is_visible()]
    assert len(visible) == len(ghent)
    page.select_option(".kb-filters select[name=theme]", "mental-health")
    both = [o for o in ghent if "mental-health" in o["themes"]]
    visible = [e for e in page.locator(".kb-org").all() if e.is_visible()]
    assert len(visible) == len(both) > 0
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
