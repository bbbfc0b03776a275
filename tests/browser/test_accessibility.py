"""WCAG 2.1 AA: axe-core (from npm, injected from node_modules, never a CDN)
reports no violation on the text of any page written in each language, nor
on a whole page of each template (home, guide, directory, glossary, a page
shown in the fallback language, a handout, the 404); keyboard users reach
the skip link and the quick exit first."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer import sitedata
from wegwijzer.page import site_location

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


# Pages checked as a whole document (header, navigation, search, footer and
# all): one of each template, the guide last. Every other page has the same
# frame around its own text, so its text (.md-content) is checked inside
# that guide's frame: loaded into it in place of the guide's, which spares a
# navigation, Material's script and axe's half a megabyte per page.
WHOLE = ("index.md", "organisations/index.md", "glossary.md", "newcomers/housing.md")
# scope: null for the whole document, else axe's {include: [...]}.
CHECK = "([scope, tags]) => axe.run(scope || document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
SWAP_IN_TEXT = """async url => {
  const page = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
  document.querySelector(".md-content").replaceWith(document.importNode(page.querySelector(".md-content"), true));
  document.documentElement.lang = page.documentElement.lang;
  document.documentElement.dir = page.documentElement.dir;
}"""


def checked_pages(lang: sitedata.Language) -> tuple[list[str], list[str]]:
    """Site-relative URLs to check in one language: (whole documents, texts).

    Every page in the language's own words, and one of each kind that shares
    another's text or template: a page shown in the fallback language (its
    text is checked in that language), a handout, the 404 page.
    """
    whole = [site_location("newcomers/housing.md", lang) + "handout/", f"{lang.prefix}404.html"]
    texts, fallback_seen = [], False
    for path in sitedata.page_paths():
        translated = (sitedata.DOCS / lang.code / path).exists()
        if not translated and fallback_seen:
            continue
        fallback_seen = fallback_seen or not translated
        if path not in WHOLE:
            (texts if translated else whole).append(site_location(path, lang))
    return whole + [site_location(path, lang) for path in WHOLE], texts


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_axe_finds_no_violation_on_any_kind_of_page(browser, base_url, site, lang):
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does)")
    context = browser.new_context()
    context.add_init_script(path=str(AXE))  # once per context: much faster than per page
    page = context.new_page()
    failures = []

    def check(url: str, scope) -> None:
        for violation in page.evaluate(CHECK, [scope, TAGS])["violations"]:
            targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
            failures.append(f"/{url}: {violation['id']} ({violation['impact']}): {violation['help']} — {targets}")

    whole, texts = checked_pages(lang)
    for url in whole:
        # Judge the page as a reader sees it at rest: after Material's script
        # has sized the sidebars. Under load, a check run before that saw nav
        # links over the footer and reported their contrast against it.
        page.goto(base_url + url, wait_until="load")
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        check(url, None)
    for url in texts:  # in the frame of the guide, the last whole page
        page.evaluate(SWAP_IN_TEXT, base_url + url)
        check(url, {"include": [[".md-content"]]})
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
