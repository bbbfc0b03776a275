"""Build figures for `make bench`, written to bench/results/build.json and .md:

- seconds for `docs.py build` (every language, offline copy, zips, web site);
- seconds for a bare Material + static-i18n build of the same docs, in the
  same run (same pages, nav and Markdown extensions; no hooks, overrides or
  downloads), which is what our build is compared with;
- seconds from saving a Dutch page to `docs.py serve` serving it changed.

Figures, not pass/fail: timings depend on the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from wegwijzer import sitedata
from wegwijzer.browser import free_port, wait_for_page

RELOAD_PAGE = "newcomers/housing.md"


def _seconds(command: list[str], **env) -> float:
    started = time.monotonic()
    subprocess.run(command, cwd=sitedata.ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
                   check=True, capture_output=True)
    return round(time.monotonic() - started, 1)


def bare_config(path: Path) -> Path:
    """Material + static-i18n for the same docs, every language in one build, nothing of ours."""
    with open(sitedata.ROOT / "mkdocs.yml", encoding="utf-8") as f:
        ours = yaml_load(f)
    config = {
        "site_name": ours["site_name"],
        "docs_dir": str(sitedata.DOCS),
        "theme": {"name": "material", "language": "nl", "font": False},
        "markdown_extensions": ours["markdown_extensions"],
        "nav": ours["nav"],
        "plugins": ["search", {"i18n": {"docs_structure": "folder", "fallback_to_default": True, "languages": [
            {"locale": lang.code, "name": lang.name, "default": lang.default, "build": True}
            for lang in sitedata.languages()]}}],
    }
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def reload_seconds(port: int | None = None) -> float:
    """Save a Dutch page while `docs.py serve` runs; seconds until it is served changed."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/{RELOAD_PAGE[:-3]}/"
    source = sitedata.DOCS / sitedata.SOURCE_LANGUAGE / RELOAD_PAGE
    original = source.read_bytes()
    server = subprocess.Popen([sys.executable, "-m", "wegwijzer.cli", "serve", "--port", str(port)],
                              cwd=sitedata.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        wait_for_page(url, lambda body: True, timeout=120)
        time.sleep(1)  # let the watcher settle
        marker = f"Bench-{time.time_ns()}"
        started = time.monotonic()
        source.write_bytes(original + f"\n{marker}\n".encode())
        wait_for_page(url, lambda body: marker.encode() in body, timeout=60)
        return round(time.monotonic() - started, 2)
    finally:
        source.write_bytes(original)
        server.terminate()
        server.wait(timeout=20)


def main(out: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as work:
        work = Path(work)
        ours = _seconds([sys.executable, "-m", "wegwijzer.cli", "build", "--site-dir", str(work / "ours")])
        bare = _seconds([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(bare_config(work / "bare.yml")),
                         "-d", str(work / "bare")])
    figures = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "languages": len(sitedata.languages()),
        "make_build_seconds": ours,
        "bare_material_static_i18n_seconds": bare,
        "ratio": round(ours / bare, 2),
        "serve_reload_seconds": reload_seconds(),
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "build.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    table = "\n".join(["| figure | value |", "| --- | ---: |"] + [f"| {k} | {v} |" for k, v in figures.items()])
    (out / "build.md").write_text(f"# Build figures\n\n{table}\n", encoding="utf-8")
    print(table)
    return figures
