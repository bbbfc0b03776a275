"""Handouts printed from Chromium to A4 PDF, as a professional at a desk
would: one page in Dutch, at most two when bilingual, the reader's text and
the Dutch text, the help contacts, and a QR code a standard decoder (zxing)
reads as the guide's address."""

from __future__ import annotations

import re
import zipfile

import pypdfium2
import pytest
import zxingcpp

from wegwijzer import cli, handouts
from wegwijzer import sitedata
from wegwijzer.browser import serve

SITE_ADDRESS = "https://example.org/wegwijzer/"
# A left-to-right and a right-to-left language, and a toolbox page.
CASES = [("nl", "newcomers/housing.md", 1), ("ar", "newcomers/housing.md", 2),
         ("fa", "newcomers/mental-health.md", 2), ("fr", "toolbox/police.md", 2)]


def _print(browser, url, target):
    page = browser.new_page()
    page.goto(url, wait_until="networkidle")
    page.pdf(path=str(target), format="A4")
    page.close()
    return pypdfium2.PdfDocument(str(target))


def _text(pdf) -> str:
    return " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def _has_words(text: str, phrase: str) -> bool:
    """The words of `phrase` are in the PDF's text. PDF text of right-to-left
    scripts comes out word by word in visual order, some words reversed and
    a few (with vowel marks) in other code points: 80% of the words will do."""
    def letters(word: str) -> str:
        return re.sub(r"[^\w]", "", word)

    words = {letters(w) for w in text.split()}
    wanted = [letters(w) for w in phrase.split() if letters(w)]
    found = [w for w in wanted if w in words or w[::-1] in words or w in text]
    return len(found) >= 0.8 * len(wanted)


def _handout_url(lang: sitedata.Language, path: str) -> str:
    return f"{lang.prefix}{path[:-3]}/handout/"


@pytest.fixture(scope="session")
def site_with_address(tmp_path_factory):
    """The languages of CASES built as they would be published, with KB_SITE_URL set."""
    work = tmp_path_factory.mktemp("site-with-address")
    cli.build_languages(sorted({code for code, _, _ in CASES}, key=lambda c: c != "nl"),
                        work / "parts", work / "site", KB_SITE_URL=SITE_ADDRESS)
    with serve(work / "site") as url:
        yield url


@pytest.mark.parametrize("code, path, most_pages", CASES, ids=[c[0] for c in CASES])
def test_a_handout_prints_on_one_or_two_a4_pages_with_its_texts_and_code(
        browser, site_with_address, tmp_path, code, path, most_pages):
    lang = sitedata.language(code)
    pdf = _print(browser, site_with_address + _handout_url(lang, path), tmp_path / "handout.pdf")
    assert 1 <= len(pdf) <= most_pages, f"{code} {path}: {len(pdf)} pages"
    text = " ".join(_text(pdf).split())
    meta, body, _ = sitedata.split_front_matter(sitedata.DOCS / code / path)
    assert _has_words(text, meta["title"]), f"the title is not on the handout: {text[:300]}"
    _, points = handouts.box(body, "in-short")
    assert _has_words(text, points[0].split("[[")[0]), "the first point is not printed"
    if code != "nl":
        nl_meta, _, _ = sitedata.split_front_matter(sitedata.DOCS / "nl" / path)
        assert nl_meta["title"] in text, "the Dutch text is not on the handout"
    records = sitedata.contact_records()
    numbers = [records[i]["phone"] for i in handouts.help_contacts(body) if records[i].get("phone")]
    assert all(n in text for n in numbers), f"numbers missing: {numbers}"
    assert "Regenboogwegwijzer" in text
    for chrome in ("Snel weg", sitedata.ui_strings(code)["quick_exit.label"]):
        assert chrome not in text, "site chrome on paper"
    # A bilingual sheet may carry the code on its second page.
    codes = [c for i in range(len(pdf)) for c in zxingcpp.read_barcodes(pdf[i].render(scale=3).to_pil())]
    assert [c.text for c in codes] == [SITE_ADDRESS + lang.prefix + path[:-3] + "/"]


def test_a_handout_prints_from_the_offline_download(browser, site, tmp_path):
    with zipfile.ZipFile(site / "downloads" / "regenboogwegwijzer-ar.zip") as archive:
        archive.extractall(tmp_path)
    sheet = tmp_path / "regenboogwegwijzer-ar" / "ar" / "newcomers" / "housing" / "handout.html"
    assert sheet.exists(), "no handout in the Arabic download"
    pdf = _print(browser, sheet.as_uri(), tmp_path / "offline.pdf")
    assert 1 <= len(pdf) <= 2
    assert "/ar/newcomers/housing/" in _text(pdf)
