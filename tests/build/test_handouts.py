"""Handouts on the built site: one for every guide with an "In short" box,
in every language that carries the guide, linked from it, left out of
search, navigation and the sitemap, with the guide's help contacts from
data/organisations.yml."""

from __future__ import annotations

import pytest

from wegwijzer import handouts
from wegwijzer import sitedata
from test_site import LANGUAGES, PAGES, page_file, soup

GUIDES = [p for p in PAGES if p.startswith(handouts.GUIDE_SECTIONS) and p != "newcomers/index.md"]


def _handout_file(site, code, path):
    return page_file(site, code, path).parent / "handout" / "index.html"


def _carried(code, path):
    """Guides translated into the language (others show English and have no handout there)."""
    return (sitedata.DOCS / code / path).exists()


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_every_guide_has_a_handout_linked_from_it(site, lang):
    ui = sitedata.ui_strings(lang.code)
    missing = []
    for path in (p for p in GUIDES if _carried(lang.code, p)):
        link = soup(page_file(site, lang.code, path)).select_one(".kb-handout-link a")
        if link is None or link.get_text(strip=True) != ui["handout.link"] or link["href"] != "handout/":
            missing.append(f"{path}: no '{ui['handout.link']}' link")
        if not _handout_file(site, lang.code, path).exists():
            missing.append(f"{path}: no handout")
    assert not missing, f"{lang.code}:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_a_handout_holds_the_points_the_contacts_and_the_dutch_text(site, lang):
    path = "newcomers/housing.md"
    sheet = soup(_handout_file(site, lang.code, path))
    meta, body, _ = sitedata.split_front_matter(sitedata.DOCS / lang.code / path)
    sections = sheet.select(".kb-handout__points")
    assert sections[0]["lang"] == lang.code and sections[0]["dir"] == lang.dir
    assert sections[0].h1.get_text(strip=True) == meta["title"]
    _, points = handouts.box(body, "in-short")
    assert len(sections[0].select("li")) == len(points)
    if lang.default:
        assert len(sections) == 1
    else:
        nl_meta, _, _ = sitedata.split_front_matter(sitedata.DOCS / "nl" / path)
        assert sections[1]["lang"] == "nl" and sections[1]["dir"] == "ltr"
        assert sections[1].h2.get_text(strip=True) == nl_meta["title"]
    contacts = sheet.select_one(".kb-handout__contacts").get_text(" ", strip=True)
    records = sitedata.contact_records()
    for record_id in handouts.help_contacts(body):
        record = records[record_id]
        assert record.get("phone", "").replace(" ", "\u00a0") in contacts.replace(" ", "\u00a0")
        if record.get("website"):
            assert sitedata.website_shown(record["website"]) in contacts
    assert "Regenboogwegwijzer" in sheet.select_one(".kb-handout__site").get_text()


def test_without_a_site_address_a_handout_names_the_path_in_words(site):
    sheet = soup(_handout_file(site, "ar", "newcomers/housing.md"))
    assert sheet.select_one(".kb-handout__qr") is None
    assert "/ar/newcomers/housing/" in sheet.select_one(".kb-handout__address").get_text()


def test_handouts_stay_out_of_search_navigation_and_sitemap(site):
    for lang in LANGUAGES:
        docs = (site / lang.prefix / "search" / "search_docs.js").read_text(encoding="utf-8")
        assert "handout/" not in docs, f"{lang.code}: a handout is searchable"
        guide = soup(page_file(site, lang.code, "newcomers/housing.md"))
        assert not guide.select('nav a[href*="handout"]'), f"{lang.code}: a handout is in the navigation"
    assert "handout" not in (site / "sitemap.xml").read_text(encoding="utf-8")
