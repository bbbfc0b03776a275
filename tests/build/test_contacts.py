"""Contact facts on the built site: the directory leads somewhere, numbers can
be tapped, pages take their numbers and addresses from data/, and nobody is
sent to a body that no longer exists."""

from __future__ import annotations

import pytest

from wegwijzer import sitedata
from test_site import LANGUAGES, PAGES, page_file, soup

RECORDS = sitedata.organisations()


def _entry(site, code, record_id):
    directory = soup(page_file(site, code, "organisations/index.md"))
    heading = directory.find(id=record_id)
    assert heading is not None, f"{code}: no directory entry #{record_id}"
    return heading.find_parent(class_="kb-org")


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_every_entry_shows_its_website_its_number_or_how_to_reach_it(site, lang):
    wrong = []
    for record in RECORDS:
        entry = _entry(site, lang.code, record["id"])
        links = {a["href"] for a in entry.select("a[href]")}
        if record.get("website") and record["website"] not in links:
            wrong.append(f"{record['id']}: no link to {record['website']}")
        if record.get("phone") and sitedata.phone_href(record["phone"]) not in links:
            wrong.append(f"{record['id']}: no tap-to-call link for {record['phone']}")
        if not record.get("website") and not record.get("phone"):
            reach = record["reach"].get(lang.code) or record["reach"]["en"]
            if reach not in entry.get_text():
                wrong.append(f"{record['id']}: no website, no number and no word on how to reach it")
    assert not wrong, f"{lang.code}:\n" + "\n".join(wrong)


def test_numbers_are_tap_to_call_in_international_form():
    assert sitedata.phone_href("0800 12 800") == "tel:+3280012800"
    assert sitedata.phone_href("112") == "tel:112"


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_old_links_to_a_closed_body_land_on_its_successor(site, lang):
    for record in (r for r in RECORDS if r.get("replaces")):
        entry = _entry(site, lang.code, record["id"])
        for old in record["replaces"]:
            assert entry.find(id=old) is not None, f"{lang.code}: #{old} does not land on #{record['id']}"


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_no_page_sends_readers_to_the_gender_chamber(site, lang):
    """The Genderkamer closed in March 2023; the VMRI took over its work."""
    wrong = []
    for path in PAGES:
        article = soup(page_file(site, lang.code, path)).select_one("article")
        for link in article.select('a[href*="vlaamse-ombudsdienst-genderkamer"]'):
            wrong.append(f"{path}: link '{link.get_text(strip=True)}'")
    assert not wrong, f"{lang.code}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_pages_take_numbers_from_the_data(site, lang):
    """Every tap-to-call link on a guide is a number of a directory record."""
    known = {sitedata.phone_href(r["phone"]) for r in RECORDS if r.get("phone")}
    found, unknown = 0, []
    for path in PAGES:
        for link in soup(page_file(site, lang.code, path)).select('article a[href^="tel:"]'):
            found += 1
            if link["href"] not in known:
                unknown.append(f"{path}: {link['href']}")
    assert found, f"{lang.code}: no tap-to-call numbers on any page"
    assert not unknown, "\n".join(unknown)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_the_directory_contents_list_its_regions_and_every_entry_keeps_its_anchor(site, lang):
    directory = soup(page_file(site, lang.code, "organisations/index.md"))
    menus = directory.select("nav.md-nav--secondary")
    assert menus, f"{lang.code}: the directory has no contents menu"
    for menu in menus:
        targets = [a["href"] for a in menu.select("a[href]")]
        assert targets and all(t.startswith("#region-") for t in targets), f"{lang.code}: {targets}"
    missing = [r["id"] for r in RECORDS if directory.find(id=r["id"]) is None]
    assert not missing, f"{lang.code}: entries without their anchor: {missing}"
