"""Lighthouse figures for `make bench`, written to bench/results/lighthouse.json
and lighthouse.md: the four category scores of home, a newcomer guide and
the directory, in Dutch and Arabic, on Lighthouse's emulated phone, with the
site served by Debian's nginx and deploy/nginx.conf (compression on), as a
host serves it.

Lighthouse comes from npm (pinned in package.json; 12.2.3 runs on Debian's
Node) and drives Debian's Chromium. Each page is measured RUNS times and
the run with the median performance score is reported, with the range:
on a small machine one run's timings vary by several points (Lighthouse's
own advice is to take the median of several runs). Figures, not
pass/fail: the targets (performance 98, the others 100) are shown beside
them, and the audits that cost points are listed so the next person knows
where to look.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import tempfile
from pathlib import Path

from wegwijzer import sitedata
from wegwijzer.browser import CHROMIUM, nginx

LIGHTHOUSE = sitedata.ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = {"home": "", "guide": "newcomers/housing/", "directory": "organisations/"}
LANGUAGES = ("nl", "ar")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
RUNS = 5


def audit(url: str, report: Path, attempts: int = 3) -> dict:
    """One Lighthouse run on its default emulated phone; returns the report.
    Tried again when Lighthouse itself fails (it loses Chromium now and then)."""
    for attempt in range(1, attempts + 1):
        run = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             f"--only-categories={','.join(CATEGORIES)}",
             "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
        )
        if run.returncode == 0:
            return json.loads(report.read_text(encoding="utf-8"))
    raise RuntimeError(f"Lighthouse failed {attempts} times on {url}:\n{run.stderr[-2000:]}")


def _scores(report: dict) -> dict:
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    weighed = {ref["id"] for name in CATEGORIES for ref in report["categories"][name]["auditRefs"]
               if ref["weight"] > 0}
    short = sorted(audit_id for audit_id, result in report["audits"].items()
                   if audit_id in weighed and result.get("score") is not None and result["score"] < 1)
    metrics = {key: round(report["audits"][key]["numericValue"], 3) for key in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")}
    # Lighthouse's measure of this machine's speed during the run: its 4x CPU
    # slowdown assumes a desktop of 1500-2000 (docs/throttling.md). On a
    # shared machine it moves from run to run, and the scores with it.
    return {**scores, "metrics": metrics, "audits_below_full_score": short,
            "benchmark_index": round(report["environment"]["benchmarkIndex"])}


def main(site: Path, out: Path) -> dict:
    if not LIGHTHOUSE.exists():
        raise SystemExit("node_modules/.bin/lighthouse is missing: run `npm ci` (make bench does)")
    figures = {}
    with nginx(site) as base_url, tempfile.TemporaryDirectory(prefix="kb-lighthouse-") as work:
        for code in LANGUAGES:
            for name, path in PAGES.items():
                url = base_url + sitedata.language(code).prefix + path
                runs = sorted((_scores(audit(url, Path(work) / "report.json")) for _ in range(RUNS)),
                              key=lambda run: run["performance"])
                median = runs[len(runs) // 2]
                # The other scores do not vary with timing: the lowest of the runs, so none is hidden.
                lowest = {c: min(run[c] for run in runs) for c in CATEGORIES if c != "performance"}
                figures[f"{code} {name}"] = {"url": url[len(base_url) - 1:], **median, **lowest,
                                             "performance_runs": [run["performance"] for run in runs],
                                             "benchmark_index_runs": [run["benchmark_index"] for run in runs]}
    result = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "targets": TARGETS,
              "pages": figures}
    out.mkdir(parents=True, exist_ok=True)
    (out / "lighthouse.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    rows = ["| page | performance (median) | runs | machine speed (benchmark index) | accessibility | best practices "
            "| SEO | TBT ms | CLS | below full score |",
            "| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for page, f in figures.items():
        marks = {c: f"{f[c]}" + ("" if f[c] >= TARGETS[c] else " (below target)") for c in CATEGORIES}
        rows.append(f"| {page} | {marks['performance']} | {', '.join(map(str, f['performance_runs']))} | "
                    f"{', '.join(map(str, f['benchmark_index_runs']))} | "
                    f"{marks['accessibility']} | {marks['best-practices']} | "
                    f"{marks['seo']} | {f['metrics']['total-blocking-time']:.0f} | "
                    f"{f['metrics']['cumulative-layout-shift']:.3f} | {', '.join(f['audits_below_full_score'])} |")
    table = "\n".join(rows)
    (out / "lighthouse.md").write_text(
        f"# Lighthouse ({result['date']})\n\nTargets: performance {TARGETS['performance']}, "
        f"the others 100. Mobile emulation, nginx with compression; the median of {RUNS} runs per page."
        f"\n\n{table}\n", encoding="utf-8")
    print(table)
    return result
