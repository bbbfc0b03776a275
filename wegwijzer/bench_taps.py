"""Taps to an answer, for `make bench` (bench/results/taps.json and taps.md).

Each task of bench/tasks.yaml is a phone (360 px, touch) set to a language
that opens the site's root and needs one page. We count the fewest taps
that reach it: a breadth-first search over the links a reader can tap on
each page they reach, on screen or below it (scrolling is not a tap). Links
inside Material's closed drawer or language menu are left out: opening one
is a tap of its own, so the count can come out too high, never too low.
The language offer is a link on the page like any other. Target: at most
two taps per task.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import urldefrag

from wegwijzer import sitedata
from wegwijzer.browser import PHONE, chromium, serve
from wegwijzer.page import site_location

TASKS = sitedata.ROOT / "bench" / "tasks.yaml"
MOST_TAPS = 3  # deeper than this, the search stops: the answer is "more than 3"
TARGET = 2

# Links a thumb can reach: rendered, not hidden by CSS, and not pushed off the
# screen sideways (Material's drawer slides in from the side on a phone).
TAPPABLE = """() => [...document.querySelectorAll("a[href]")]
  .filter(a => {
    if (!a.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) return false;
    const box = a.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > 0 && box.left < innerWidth;
  })
  .map(a => [a.href, (a.querySelector(".kb-card__title") || a).textContent.replace(/\\s+/g, " ").trim()])"""


def _language_of(locale: str) -> sitedata.Language:
    code = locale.split("-")[0].lower()
    return sitedata.language(code)


def fewest_taps(browser, base_url: str, locale: str, goal: str) -> tuple[int | None, list[str]]:
    """(taps, link texts tapped) from the root to `goal`, or (None, []) beyond MOST_TAPS."""
    context = browser.new_context(locale=locale, **PHONE)
    page = context.new_page()
    links_of: dict[str, list[tuple[str, str]]] = {}

    def links(url: str) -> list[tuple[str, str]]:
        if url not in links_of:
            page.goto(url, wait_until="load")
            links_of[url] = [(urldefrag(href).url, text) for href, text in page.evaluate(TAPPABLE)
                             if href.startswith(base_url)]
        return links_of[url]

    level, seen = {base_url: []}, {base_url}
    try:
        for taps in range(1, MOST_TAPS + 1):
            following = {}
            for url, route in level.items():
                for href, text in links(url):
                    if href == goal:
                        return taps, route + [text]
                    if href not in seen:
                        seen.add(href)
                        following[href] = route + [text]
            level = following
        return None, []
    finally:
        context.close()


def main(site: Path, out: Path) -> dict:
    tasks = sitedata.load_yaml(TASKS)
    results = []
    with serve(site) as base_url, chromium() as browser:
        for task in tasks:
            lang = _language_of(task["locale"])
            goal = base_url + site_location(task["page"], lang)
            taps, route = fewest_taps(browser, base_url, task["locale"], goal)
            results.append({**task, "url": goal[len(base_url) - 1:], "taps": taps, "route": route})
    met = sum(r["taps"] is not None and r["taps"] <= TARGET for r in results)
    summary = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "target": TARGET,
               "tasks_within_target": f"{met}/{len(results)}", "tasks": results}
    out.mkdir(parents=True, exist_ok=True)
    (out / "taps.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = ["| phone | need | page | taps | route |", "| --- | --- | --- | ---: | --- |"]
    for r in results:
        taps = r["taps"] if r["taps"] is not None else f"more than {MOST_TAPS}"
        rows.append(f"| {r['locale']} | {r['need']} | {r['url']} | {taps} | {' → '.join(r['route'])} |")
    table = "\n".join(rows)
    (out / "taps.md").write_text(f"# Taps to an answer ({summary['date']})\n\nTarget: at most {TARGET} taps; "
                                 f"{met} of {len(results)} tasks within it.\n\n{table}\n", encoding="utf-8")
    print(table)
    return summary
