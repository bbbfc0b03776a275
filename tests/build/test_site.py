"""Checks on the built site/: every language and page is there, in its own
language and direction, links and the language switcher resolve, nothing
is loaded from another host."""

from __future__ import annotations

import functools
import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from bs4 import BeautifulSoup

from wegwijzer import sitedata
from wegwijzer.language_of import language_of

LANGUAGES = sitedata.languages()
PAGES = sitedata.page_paths()


def page_file(site: Path, code: str, path: str) -> Path:
    url = path[:-3]  # strip .md
    if url == "index" or url.endswith("/index"):
        url = url[: -len("index")]
    else:
        url += "/"
    return site / sitedata.language(code).prefix / url / "index.html"


@functools.cache
def soup(file: Path) -> BeautifulSoup:
    return BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")


def article_text(file: Path) -> str:
    article = soup(file).select_one("article.md-content__inner")
    assert article is not None, f"{file}: no article"
    # The notice is in the reader's language on purpose; judge the text after it.
    return " ".join(t for t in article.find_all(string=True) if not t.find_parent(class_="kb-notice"))


def all_html(site: Path):
    return sorted(p for p in site.rglob("*.html"))


def language_of_file(site: Path, file: Path) -> sitedata.Language:
    first = file.relative_to(site).parts[0]
    codes = {lang.code for lang in LANGUAGES}
    return sitedata.language(first) if first in codes else next(l for l in LANGUAGES if l.default)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_every_page_is_built_in_every_language(site, lang):
    missing = [path for path in PAGES if not page_file(site, lang.code, path).exists()]
    assert not missing, f"{lang.code}: not built: {missing}"


def test_every_language_has_its_own_404(site):
    for lang in LANGUAGES:
        file = site / lang.prefix / "404.html"
        assert file.exists(), f"no 404 page for {lang.code}"
        html = soup(file)
        assert html.html["lang"] == lang.code
        assert html.h1.get_text(strip=True) == sitedata.ui_strings(lang.code)["not_found.title"]


def test_lang_and_direction_are_right_on_every_page(site):
    wrong = []
    for file in all_html(site):
        lang = language_of_file(site, file)
        html = soup(file)
        seen = (html.html.get("lang"), html.html.get("dir"), html.body.get("dir"))
        if seen != (lang.code, lang.dir, lang.dir):
            wrong.append(f"{file.relative_to(site)}: lang/dir {seen}, expected {lang.code}/{lang.dir}")
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_pages_are_written_in_the_readers_language(site, lang):
    """A translated page reads in its language; an untranslated one is the
    fallback language's page, marked as such, and never Dutch for a
    language whose readers were promised English."""
    problems = []
    for path in PAGES:
        file = page_file(site, lang.code, path)
        translated = (sitedata.DOCS / lang.code / path).exists()
        expected = lang.code if translated else (lang.fallback or lang.code)
        detected = language_of(article_text(file))
        if detected is not None and detected != expected:
            problems.append(f"{path}: reads as {detected}, expected {expected}")
        notice = soup(file).select_one(".kb-notice--fallback")
        if not translated and notice is None:
            problems.append(f"{path}: shown in {expected} without a notice")
        if lang.fallback == "en" and soup(file).select_one('[lang="nl"] .md-content__inner, div[lang="nl"]'):
            problems.append(f"{path}: Dutch fallback content")
    assert not problems, f"{lang.code}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_language_switcher_keeps_the_reader_on_the_same_page(site, lang):
    problems = []
    for path in PAGES:
        file = page_file(site, lang.code, path)
        links = soup(file).select("a.md-select__link")
        assert {a["hreflang"] for a in links} == {l.code for l in LANGUAGES}, f"{file}: switcher incomplete"
        for link in links:
            target = _resolve(site, file, link["href"])
            expected = page_file(site, link["hreflang"], path)
            if target != expected:
                problems.append(f"{path} -> {link['hreflang']}: {link['href']} leads to {target}")
    assert not problems, "\n".join(problems[:20])


def _resolve(site: Path, file: Path, href: str) -> Path | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return file
    base = posixpath.dirname(file.relative_to(site).as_posix())
    target = posixpath.normpath(posixpath.join(base, parts.path))
    if target.startswith(".."):
        return Path("/outside-the-site") / target
    candidate = site / target
    return candidate / "index.html" if candidate.is_dir() or parts.path.endswith("/") else candidate


@functools.cache
def links_and_ids(file: Path) -> tuple[list[str], frozenset[str]]:
    """A page's link targets and element ids, parsed with lxml alone: this
    test reads every page of the site, and BeautifulSoup trees cost 5 times more."""
    tree = lxml.html.fromstring(file.read_bytes())
    return tree.xpath("//a/@href"), frozenset(tree.xpath("//@id"))


def test_every_internal_link_and_anchor_resolves(site):
    broken = []
    for file in all_html(site):
        if file.name == "404.html":
            continue  # its links are absolute by necessity (it is served at any depth)
        for href in links_and_ids(file)[0]:
            if href.startswith(("mailto:", "tel:")) or urlsplit(href).scheme:
                continue
            target = _resolve(site, file, href)
            if target is None or not target.exists():
                broken.append(f"{file.relative_to(site)}: {href}")
                continue
            fragment = urlsplit(href).fragment
            if fragment and target.suffix == ".html" and fragment not in links_and_ids(target)[1]:
                broken.append(f"{file.relative_to(site)}: {href} (no such anchor)")
    assert not broken, "\n".join(broken[:30])


LOADING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "video": "src",
           "audio": "src", "embed": "src", "object": "data"}


def test_nothing_is_loaded_from_another_host(site):
    foreign = []
    for file in all_html(site):
        html = soup(file)
        for tag, attribute in LOADING.items():
            for element in html.find_all(tag):
                value = element.get(attribute)
                if value and urlsplit(value).netloc:
                    foreign.append(f"{file.relative_to(site)}: <{tag} {attribute}={value}>")
        for element in html.find_all("link", href=True):
            if urlsplit(element["href"]).netloc and set(element.get("rel", [])) - {"alternate", "canonical"}:
                foreign.append(f"{file.relative_to(site)}: <link href={element['href']}>")
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")):
            foreign.append(f"{css.relative_to(site)}: url() to another host")
    assert not foreign, "\n".join(foreign[:20])


def test_no_code_host_or_analytics_configuration(site):
    """repo_url makes Material call the code host's API from every page."""
    config = soup(site / "index.html").find("script", id="__config")
    assert config is not None
    assert "github" not in config.string.lower() and "gitlab" not in config.string.lower()
    assert not soup(site / "index.html").select(".md-source")


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda l: l.code)
def test_each_language_has_its_own_search_documents(site, lang):
    """hooks/search_index.py splits static-i18n's stacked index: a language's
    file holds its own pages only, and every page it carries in its language."""
    text = (site / lang.prefix / "search" / "search_docs.js").read_text(encoding="utf-8")
    docs = json.loads(text.removeprefix("self.kbSearchDocs=").rstrip().rstrip(";"))
    pages = {doc["location"].split("#", 1)[0] for doc in docs}
    other_prefixes = tuple(f"{l.code}/" for l in LANGUAGES if not l.default)
    assert not [p for p in pages if p.startswith(other_prefixes)], f"{lang.code}: other languages' pages"
    translated = [p for p in PAGES if (sitedata.DOCS / lang.code / p).exists()]
    expected = {page_file(site, lang.code, p).parent.relative_to(site / lang.prefix).as_posix().removeprefix(".")
                for p in translated}
    expected = {e + "/" if e else "" for e in expected}
    assert expected <= pages, f"{lang.code}: not searchable: {sorted(expected - pages)}"
    # The page script's settings file stays small: the documents load on the first query.
    assert (site / lang.prefix / "search" / "search_index.json").stat().st_size < 1000


@pytest.mark.parametrize("lang", [l for l in LANGUAGES if l.rtl], ids=lambda l: l.code)
def test_phone_numbers_read_left_to_right_on_right_to_left_pages(site, lang):
    """Unia's 0800 12 800 must not show as "800 12 0800" in Arabic or Farsi."""
    number = re.compile(r"\d+[ \u00a0]\d+")
    found, wrong = 0, []
    for path in PAGES:
        article = soup(page_file(site, lang.code, path)).select_one("article")
        for text in article.find_all(string=number):
            if text.find_parent(["code", "pre"]):
                continue
            found += 1
            if not text.find_parent(attrs={"dir": "ltr"}):
                wrong.append(f"{path}: {text.strip()[:60]}")
    assert found, f"{lang.code}: no numbers found: the test no longer sees them"
    assert not wrong, "\n".join(wrong)


def test_the_glossary_is_in_the_readers_alphabetical_order(site):
    """Sorting by code point put Ukrainian І, Ї, Є and Ґ after Я."""
    alphabet = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"
    terms = [h.get_text(strip=True) for h in soup(page_file(site, "uk", "glossary.md")).select("article h3")]
    positions = [alphabet.index(t[0].upper()) for t in terms if t[0].upper() in alphabet]
    assert len(positions) > 10 and any(alphabet[p] in "ҐЄІЇ" for p in positions)
    assert positions == sorted(positions), terms
