"""WCAG 2.1 AA: axe-core (from npm, injected from node_modules, never a CDN)
reports no violation on any built page in any language; keyboard users
reach the skip link and the quick exit first."""

from __future__ import annotations

from pathlib import Path

import pytest

from wegwijzer import sitedata

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def built_pages(site: Path, lang: sitedata.Language) -> list[str]:
    """Site-relative URLs of every page of one language, 404 included."""
    codes = {l.code for l in sitedata.languages() if not l.default}
    root = site / lang.prefix
    urls = []
    for file in sorted(root.rglob("index.html")):
        rel = file.relative_to(site).as_posix()
        if lang.default and rel.split("/", 1)[0] in codes:
            continue
        urls.append(rel[: -len("index.html")])
    return urls + [f"{lang.prefix}404.html"]


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_axe_finds_no_violation_on_any_page(browser, base_url, site, lang):
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does)")
    context = browser.new_context()
    context.add_init_script(path=str(AXE))  # once per context: much faster than per page
    page = context.new_page()
    failures = []
    for url in built_pages(site, lang):
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
