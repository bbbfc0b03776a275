"""Search quality: type each query into the real search box in Chromium and
check that an expected page is among the first three distinct pages, with
every result in the reader's language.

A query file maps a language code to a list of {query, expect: [paths]},
paths as in the content plan without ".md" (see tests/search-queries.yaml).
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from wegwijzer import sitedata
from wegwijzer.browser import chromium, serve

TOP = 3


@dataclass
class Outcome:
    lang: str
    query: str
    expect: list[str]
    pages: list[str] = field(default_factory=list)  # distinct result pages, in order
    foreign: list[str] = field(default_factory=list)  # results outside the reader's language

    @property
    def hit(self) -> bool:
        return not self.foreign and any(p in self.expect for p in self.pages[:TOP])


def page_of(url: str, base_url: str) -> tuple[str, str]:
    """(language code, content-plan path) of a result link."""
    path = urlsplit(url).path[len(urlsplit(base_url).path):].strip("/")
    first = path.split("/", 1)[0]
    codes = {lang.code for lang in sitedata.languages() if not lang.default}
    code = first if first in codes else next(l.code for l in sitedata.languages() if l.default)
    if code in codes:
        path = path[len(code):].strip("/")
    return code, path or "index"


# Resolves with the result links once the list has been quiet for `quiet`
# ms (Material re-renders it while results arrive), or with whatever is
# there after `timeout` ms. It waits in the page: no polling round trips.
SETTLED_RESULTS = """([quiet, timeout]) => new Promise(resolve => {
  const read = () => [...document.querySelectorAll(".md-search-result__item > a")].map(a => a.href);
  let timer;
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => read().length ? done() : settle(), quiet);
  };
  const observer = new MutationObserver(settle);
  const done = () => { observer.disconnect(); clearTimeout(timer); resolve(read()); };
  observer.observe(document.querySelector(".md-search-result"), {childList: true, subtree: true});
  settle();
  setTimeout(done, timeout);
})"""


def results_for(page, query: str, timeout: float = 8.0):
    """Type `query` into the search box of the open page; returns the result hrefs, best first.

    The page stays open between queries of a language (its search index is
    loaded once); the box is emptied first. Results update as they arrive,
    so the list is read once it has stopped changing for a moment (or after
    `timeout` seconds).
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')", timeout=5000)
    # All at once, as a paste: one search instead of one per keystroke (search-input.js
    # makes the box react to input events; typing key by key is what the page tests do).
    box.fill(query)
    return page.evaluate(SETTLED_RESULTS, [120, int(timeout * 1000)])


def run(query_file: Path, site: Path, browser=None) -> list[Outcome]:
    queries = yaml.safe_load(query_file.read_text(encoding="utf-8"))
    outcomes = []
    with serve(site) as base_url:
        with (chromium() if browser is None else nullcontext(browser)) as chromium_browser:
            context = chromium_browser.new_context()
            page = context.new_page()
            for code, entries in queries.items():
                lang = sitedata.language(code)
                page.goto(base_url + lang.prefix)  # one page per language, reused for its queries
                for entry in entries:
                    outcome = Outcome(code, entry["query"], entry["expect"])
                    for href in results_for(page, entry["query"]):
                        result_lang, path = page_of(href, base_url)
                        if result_lang != code:
                            outcome.foreign.append(href)
                        elif path not in outcome.pages:
                            outcome.pages.append(path)
                    outcomes.append(outcome)
            context.close()
    return outcomes


def rates(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    for o in outcomes:
        hits, total = table.get(o.lang, (0, 0))
        table[o.lang] = (hits + o.hit, total + 1)
    return table


def report(outcomes: list[Outcome]) -> str:
    lines = []
    for o in outcomes:
        if not o.hit:
            why = f"results in another language: {o.foreign[:2]}" if o.foreign else f"top {TOP}: {o.pages[:TOP]}"
            lines.append(f"  miss {o.lang} {o.query!r}: expected {o.expect}, {why}")
    for code, (hits, total) in rates(outcomes).items():
        lines.append(f"{code}: {hits}/{total} ({hits / total:.0%})")
    return "\n".join(lines)
