"""Guides print cleanly on A4: no site chrome, link targets after external
links, tick boxes on checklists, right-to-left stays right-to-left."""

from __future__ import annotations

import pytest

CHROME = [".md-header", ".md-sidebar", ".md-search", ".md-footer", "[data-kb-quick-exit]", ".md-top"]


@pytest.mark.parametrize("path", ["toolbox/safe-space-checklist/", "professionals/organisational-policy/",
                                  "en/toolbox/safe-space-checklist/", "ar/newcomers/housing/"])
def test_a_guide_prints_without_chrome(browser, base_url, tmp_path, path):
    page = browser.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    page.emulate_media(media="print")
    for selector in CHROME:
        for element in page.locator(selector).all():
            assert not element.is_visible(), f"{selector} is printed on /{path}"
    pdf = page.pdf(path=str(tmp_path / "page.pdf"), format="A4")
    assert pdf[:4] == b"%PDF"
    if "checklist" in path or "policy" in path:
        boxes = page.locator("article .task-list-item input[type=checkbox], article .task-list-indicator")
        assert boxes.count() >= 10, "no tick boxes"
        assert boxes.first.is_visible()
    if path.startswith("ar/"):
        assert page.evaluate("getComputedStyle(document.querySelector('article')).direction") == "rtl"
    page.close()


def test_external_links_show_their_target_in_print(browser, base_url):
    page = browser.new_page()
    page.goto(base_url + "organisations/")
    page.emulate_media(media="print")
    link = page.locator("article a[href^='https://']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert link.get_attribute("href") in after
    page.close()
