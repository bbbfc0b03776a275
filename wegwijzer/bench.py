"""Performance figures for `make bench`, per language, written to
bench/results/search.json and bench/results/search.md:

- the language's search documents: bytes raw and gzipped;
- bytes a guide page (newcomers/housing) fetches before any search;
- bytes fetched by the first search on that page;
- milliseconds from the last keystroke to the first result, in Chromium.

Figures, not pass/fail: they go in a file so changes can be compared.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import time
from pathlib import Path

import yaml
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from wegwijzer import sitedata
from wegwijzer.browser import chromium, serve

GUIDE = "newcomers/housing/"

WATCH = """() => {
  window.kbKeys = []; window.kbResults = [];
  // 'input', not 'keydown': text typed in Arabic, Farsi or Georgian (and
  // Playwright's typing of it) changes the box without key events.
  document.addEventListener('input', () => window.kbKeys.push(performance.now()), true);
  new MutationObserver(() => {
    if (document.querySelector('.md-search-result__item')) window.kbResults.push(performance.now());
  }).observe(document.querySelector('.md-search-result__list'), {childList: true, subtree: true});
}"""


def _index_sizes(site: Path, lang: sitedata.Language) -> tuple[int, int]:
    # The documents the search worker loads on the first query (hooks/search_index.py);
    # search_index.json beside it is only the small settings file.
    data = (site / lang.prefix / "search" / "search_docs.js").read_bytes()
    return len(data), len(gzip.compress(data, 9))


def _measure(browser, base_url: str, lang: sitedata.Language, query: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    fetched: list[tuple[float, str, int]] = []
    page.on("requestfinished", lambda r: fetched.append((time.monotonic(), r.url, r.sizes()["responseBodySize"])))
    page.goto(base_url + lang.prefix + GUIDE, wait_until="networkidle")
    before = sum(size for _, _, size in fetched)
    count_before = len(fetched)
    page.evaluate(WATCH)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=40)
    try:
        page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    except PlaywrightTimeout:
        pass  # no result: the time stays empty, the bytes still count
    page.wait_for_load_state("networkidle")
    keys, results = page.evaluate("[window.kbKeys, window.kbResults]")
    after_last_key = [t for t in results if t >= keys[-1]]
    first_search = fetched[count_before:]
    context.close()
    return {
        "page_bytes_before_search": before,
        "requests_before_search": count_before,
        "bytes_first_search": sum(size for _, _, size in first_search),
        "files_first_search": sorted({url.rsplit("/", 1)[-1] for _, url, _ in first_search}),
        "ms_last_key_to_result": round(after_last_key[0] - keys[-1], 1) if after_last_key else None,
    }


def main(site: Path, out: Path, queries_file: Path) -> int:
    queries = yaml.safe_load(queries_file.read_text(encoding="utf-8"))
    figures = {}
    with serve(site) as base_url, chromium() as browser:
        for lang in sitedata.languages():
            raw, gz = _index_sizes(site, lang)
            query = queries.get(lang.code, [{"query": "a"}])[0]["query"]
            figures[lang.code] = {"index_bytes": raw, "index_bytes_gzip": gz, "query": query,
                                  **_measure(browser, base_url, lang, query)}
    total = sum(f["index_bytes"] for f in figures.values())
    out.mkdir(parents=True, exist_ok=True)
    result = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "all_languages_index_bytes": total, "languages": figures}
    (out / "search.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = ["| lang | index bytes | gzip | share of all | page bytes before search | first search bytes | ms key→result |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for code, f in figures.items():
        rows.append(f"| {code} | {f['index_bytes']} | {f['index_bytes_gzip']} | {f['index_bytes'] / total:.0%} | "
                    f"{f['page_bytes_before_search']} | {f['bytes_first_search']} | {f['ms_last_key_to_result']} |")
    table = "\n".join(rows)
    (out / "search.md").write_text(f"# Search figures ({result['date']})\n\n{table}\n", encoding="utf-8")
    print(table)
    print(f"\nWritten to {sitedata.rel(out)}/search.json and search.md")
    return 0
