"""The home page of every language is a map: each language listed by its own
name, two doors, and a card (icon, title, one line) per guide, so every
guide is one tap from home; the professional door in the languages that
carry those pages."""

from __future__ import annotations

import posixpath

import pytest
from bs4 import BeautifulSoup

from wegwijzer import sitedata
from wegwijzer.home import SECTIONS
from wegwijzer.page import site_location


def _home(site, lang):
    return BeautifulSoup((site / lang.prefix / "index.html").read_text(encoding="utf-8"), "lxml")


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_every_guide_is_one_tap_from_home(site, lang):
    home = _home(site, lang)
    names = [(a.get_text(strip=True), a["lang"]) for a in home.select(".kb-home-languages a")]
    assert names == [(other.name, other.code) for other in sitedata.languages()]
    assert [door["href"] for door in home.select(".kb-door")] == ["#newcomers", "#professionals"]
    cards = {posixpath.normpath(posixpath.join(lang.prefix or ".", card["href"])): card
             for card in home.select(".kb-card")}
    for section, prefixes in SECTIONS.items():
        guides = [p for p in sitedata.page_paths() if p.startswith(prefixes) and not p.endswith("index.md")]
        if section == "professionals" and not all(lang.carries(p) for p in guides):
            continue  # shown in English there: the door leads to the English pages
        for path in guides:
            url = posixpath.normpath(site_location(path, lang))
            card = cards.get(url)
            assert card is not None, f"{lang.code}: no card for {path} on the home page"
            assert card.svg is not None and card.svg.get("aria-hidden") == "true", f"{lang.code} {path}: icon"
            meta, _, _ = sitedata.split_front_matter(sitedata.DOCS / lang.code / path)
            assert card.select_one(".kb-card__title").get_text() == meta["title"]
            assert card.select_one(".kb-card__text").get_text() == meta["description"]
