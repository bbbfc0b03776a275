"""WCAG 2.1 AA: axe-core (from npm, injected from node_modules, never a CDN)
reports no violation on any page written in each language, nor on each
kind of page that shares its text or template with those (a fallback page,
a handout, the 404); keyboard users reach the skip link and the quick exit
first."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer import sitedata
from wegwijzer.page import site_location

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def checked_pages(lang: sitedata.Language) -> list[str]:
    """Site-relative URLs to check in one language: every page in the
    language's own words, and one of each kind that shares another's text
    or template: a page shown in the fallback language (its text is checked
    in that language), a handout, the directory, the 404 page."""
    urls, fallback_seen = [], False
    for path in sitedata.page_paths():
        translated = (sitedata.DOCS / lang.code / path).exists()
        if not translated and fallback_seen:
            continue
        fallback_seen = fallback_seen or not translated
        urls.append(site_location(path, lang))
    return urls + [site_location("newcomers/housing.md", lang) + "handout/", f"{lang.prefix}404.html"]


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_axe_finds_no_violation_on_any_kind_of_page(browser, base_url, site, lang):
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does)")
    context = browser.new_context()
    context.add_init_script(path=str(AXE))  # once per context: much faster than per page
    page = context.new_page()
    failures = []
    for url in checked_pages(lang):
        # Judge the page as a reader sees it at rest: after Material's script
        # has sized the sidebars. Under load, a check run before that saw nav
        # links over the footer and reported their contrast against it.
        page.goto(base_url + url, wait_until="load")
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            TAGS,
        )
        for violation in result["violations"]:
            targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
            failures.append(f"/{url}: {violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    context.close()
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_keyboard_reaches_skip_link_then_quick_exit(browser, base_url, code):
    page = browser.new_page()
    page.goto(base_url + sitedata.language(code).prefix + "newcomers/housing/")
    page.keyboard.press("Tab")
    assert "md-skip" in (page.evaluate("document.activeElement.className") or "")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-kb-quick-exit')")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is not visible on the quick exit"
    page.close()
