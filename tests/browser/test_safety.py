"""Quick exit and privacy, as a reader on a watched device would need them."""

from __future__ import annotations

import pytest

from wegwijzer import sitedata
from wegwijzer.browser import PHONE, covering

NEUTRAL = "https://www.google.com/"
GUIDE = "newcomers/safety/"


def _context(browser, **options):
    """A context whose requests to the neutral site get a stub page, so the
    test sees the exit without any request leaving this machine."""
    context = browser.new_context(**options)
    context.route("https://www.google.com/**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<title>neutral</title><p>neutral"))
    return context


@pytest.mark.parametrize("code", [lang.code for lang in sitedata.languages()])
def test_quick_exit_is_labelled_and_on_screen_on_a_phone(browser, base_url, code):
    lang = sitedata.language(code)
    context = _context(browser, **PHONE)
    page = context.new_page()
    page.goto(base_url + lang.prefix + GUIDE)
    page.mouse.wheel(0, 2500)
    page.wait_for_timeout(200)
    button = page.locator("[data-kb-quick-exit]")
    box = button.bounding_box()
    assert button.is_visible() and covering(button) is None
    assert box and 0 <= box["x"] and box["x"] + box["width"] <= 360
    assert box["height"] >= 44, "touch target too small"
    assert sitedata.ui_strings(code)["quick_exit.label"] in button.inner_text()
    # In the header bar, which stays at the top: on screen, and covering none of the page.
    header = page.locator(".md-header").bounding_box()
    assert box["y"] == 0 and box["y"] + box["height"] <= header["y"] + header["height"] + 1
    # Mirrored in right-to-left: at the left edge there, at the right edge otherwise.
    if lang.rtl:
        assert box["x"] < 360 / 2
    else:
        assert box["x"] + box["width"] > 360 / 2
    # The header's own buttons (menu, languages, search) stay free to tap.
    for control in page.locator(".md-header__button:visible").all():
        assert covering(control) is None, f"the quick exit covers {control.evaluate('e => e.outerHTML.slice(0, 80)')}"
    context.close()


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_quick_exit_stays_on_top_of_the_open_menu_and_search(browser, base_url, code):
    context = _context(browser, **PHONE)
    page = context.new_page()
    page.goto(base_url + sitedata.language(code).prefix + GUIDE)
    button = page.locator("[data-kb-quick-exit]")
    page.locator("label.md-header__button[for=__drawer]").tap()
    page.wait_for_timeout(400)  # Material's drawer slides in
    assert covering(button) is None, "the open menu covers the quick exit"
    page.keyboard.press("Escape")
    page.goto(base_url + sitedata.language(code).prefix + GUIDE)
    page.locator("label.md-header__button[for=__search]").tap()
    page.locator("input.md-search__input").fill("a")
    page.wait_for_timeout(400)
    assert covering(button) is None, "the search covers the quick exit"
    # ...and it leaves the search box's own clear button free.
    assert covering(page.locator(".md-search__options button[type=reset]")) is None
    button.tap()
    page.wait_for_url(NEUTRAL)
    context.close()


def test_quick_exit_replaces_the_page_in_history(browser, base_url):
    context = _context(browser)
    page = context.new_page()
    page.goto(base_url + "ar/" + GUIDE)
    page.locator("[data-kb-quick-exit]").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert not page.url.startswith(base_url), "Back returned to the site"
    context.close()


def test_shift_three_times_leaves_the_site(browser, base_url):
    context = _context(browser)
    page = context.new_page()
    page.goto(base_url + GUIDE)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    context.close()


def test_shift_pressed_slowly_does_not_leave(browser, base_url):
    context = _context(browser)
    page = context.new_page()
    page.goto(base_url + GUIDE)
    for _ in range(3):
        page.keyboard.press("Shift")
        page.wait_for_timeout(700)
    assert page.url == base_url + GUIDE
    context.close()


def test_quick_exit_works_without_javascript(browser, base_url):
    context = _context(browser, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "fa/" + GUIDE)
    page.locator("[data-kb-quick-exit]").click()
    page.wait_for_url(NEUTRAL)
    context.close()


def test_no_cookies_and_no_storage_after_reading_and_searching(browser, base_url):
    context = _context(browser)
    page = context.new_page()
    for path in ("", "ar/newcomers/housing/", "en/organisations/"):
        page.goto(base_url + path, wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("housing", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    # What a reader searched for must not end up in the address, and so in
    # the browser's history (Material's search.highlight puts it in ?h=).
    links = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    assert links and not [href for href in links if "?" in href], links
    storage = page.evaluate("[Object.keys(localStorage), Object.keys(sessionStorage)]")
    assert context.cookies() == []
    assert storage == [[], []], f"the safety page must list these: {storage}"
    context.close()
