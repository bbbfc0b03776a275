"""'Edit this page' links: none without KB_REPO_URL; with it, every page in
every language links to a source file that exists in the repository."""

from __future__ import annotations

import os
import subprocess
import sys

from bs4 import BeautifulSoup

from wegwijzer import sitedata

REPO = "https://code.example.org/regenboogwegwijzer"


def test_no_edit_links_without_a_repository(site):
    assert not BeautifulSoup((site / "newcomers/housing/index.html").read_text(), "lxml").select("a[rel=edit]")


def test_every_page_links_to_its_own_source_file(tmp_path):
    """Arabic: its own pages, and the English pages shown where it has none."""
    env = dict(os.environ, KB_REPO_URL=REPO, KB_LANG="ar", NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path)],
                   cwd=sitedata.ROOT, env=env, check=True)
    problems = []
    sources = set()
    for file in sorted(tmp_path.rglob("index.html")):
        if file.parent.name == "handout":
            continue  # generated from the guide; its guide has the link
        links = BeautifulSoup(file.read_text(encoding="utf-8"), "lxml").select("a[rel=edit]")
        if not links:
            problems.append(f"{file.relative_to(tmp_path)}: no edit link")
            continue
        href = links[0]["href"]
        prefix = f"{REPO}/edit/main/"
        if not href.startswith(prefix) or not (sitedata.ROOT / href[len(prefix):]).is_file():
            problems.append(f"{file.relative_to(tmp_path)}: {href}")
        sources.add(href[len(prefix):].split("/")[1])
    assert not problems, "\n".join(problems[:20])
    assert sources == {"ar", "en"}, sources
