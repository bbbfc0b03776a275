"""The translation workflow in a temporary copy of the repository: changing
a Dutch page makes its translations outdated in the status command, on the
built page and in the status table; marking one reviewed changes it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from wegwijzer import sitedata
from wegwijzer.browser import free_port, wait_for_page

PAGE = "newcomers/housing.md"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("repo")
    for name in ("docs", "data", "overrides", "scripts", "wegwijzer", "mkdocs.yml", "node_modules", "deploy",
                 ".github"):
        source = sitedata.ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, symlinks=True)
        else:
            shutil.copy2(source, copy / name)
    return copy


def _docs(repo: Path, *args: str) -> subprocess.CompletedProcess:
    # The copy's own code, not the installed package of this checkout.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(repo))
    return subprocess.run([sys.executable, "scripts/docs.py", *args], cwd=repo, env=env,
                          capture_output=True, text=True)


def _state_line(output: str, code: str) -> str:
    section = output.split(f"\n{code} (", 1)[1]
    return next(line for line in section.splitlines() if line.strip().endswith(PAGE))


def test_changing_the_dutch_page_outdates_translations_then_review_marks_them(repo):
    assert "machine" in _state_line(_docs(repo, "status").stdout, "en")

    source = repo / "docs" / "nl" / PAGE
    source.write_text(source.read_text(encoding="utf-8") + "\nEen nieuwe zin voor de test.\n", encoding="utf-8")
    status = _docs(repo, "status").stdout
    for code in ("en", "fr", "ar"):
        assert "outdated" in _state_line(status, code), code
    assert _docs(repo, "status", "--check").returncode == 0, "outdated must not block a merge"

    built = _docs(repo, "build", "--site-dir", "site", "--lang", "ar", "--lang", "en")
    assert built.returncode == 0, built.stderr[-2000:]
    page = BeautifulSoup((repo / "site/ar/newcomers/housing/index.html").read_text(), "lxml")
    notice = page.select_one("aside.kb-notice")
    assert notice["data-kb-translation"] == "outdated"
    assert sitedata.ui_strings("ar")["notice.outdated"] in notice.get_text()
    table = BeautifulSoup((repo / "site/en/about/translations/index.html").read_text(), "lxml")
    row = table.find("code", string=PAGE).find_parent("tr")
    assert "kb-status--outdated" in str(row)

    # A person who reads French checks the page, brings it up to date and marks it reviewed.
    french = repo / "docs" / "fr" / PAGE
    assert _docs(repo, "stamp", str(french.relative_to(repo))).returncode == 0
    french.write_text(re.sub(r"status: machine", "status: reviewed", french.read_text(encoding="utf-8")),
                      encoding="utf-8")
    assert "reviewed" in _state_line(_docs(repo, "status").stdout, "fr")
    assert _docs(repo, "build", "--site-dir", "site", "--lang", "fr").returncode == 0
    page = BeautifulSoup((repo / "site/fr/newcomers/housing/index.html").read_text(), "lxml")
    assert page.select_one("aside.kb-notice")["data-kb-translation"] == "reviewed"


def test_a_translation_of_a_removed_page_blocks_the_merge(repo):
    orphan = repo / "docs" / "en" / "newcomers" / "removed-page.md"
    shutil.copy(repo / "docs" / "en" / "organisations" / "index.md", orphan)
    result = _docs(repo, "status", "--check")
    orphan.unlink()
    assert result.returncode == 1 and "removed-page.md" in result.stderr


def test_a_new_language_is_one_command_and_builds(repo):
    """German (Material knows it; we do not publish it) added with one command:
    the checks pass, and its build has its home page and English elsewhere."""
    added = _docs(repo, "new-lang", "de", "--name", "Deutsch")
    assert added.returncode == 0, added.stderr
    assert "- locale: de" in (repo / "mkdocs.yml").read_text(encoding="utf-8")
    assert "/docs/de/" in (repo / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    check = _docs(repo, "check")
    assert "FAIL languages" not in check.stdout and "FAIL UI strings" not in check.stdout, check.stderr[-2000:]
    built = _docs(repo, "build", "--site-dir", "site-de", "--lang", "de")
    assert built.returncode == 0, built.stderr[-2000:]
    home = BeautifulSoup((repo / "site-de/de/index.html").read_text(), "lxml")
    assert home.html["lang"] == "de"
    guide = BeautifulSoup((repo / "site-de/de/professionals/first-steps/index.html").read_text(), "lxml")
    assert guide.select_one(".kb-notice--fallback") is not None


def test_a_failed_build_names_the_page_and_leaves_the_site_as_it_was(repo):
    good = _docs(repo, "build", "--site-dir", "site-nl", "--lang", "nl")
    assert good.returncode == 0, good.stderr[-2000:]
    home_before = (repo / "site-nl/index.html").read_bytes()
    page = repo / "docs" / "nl" / PAGE
    original = page.read_text(encoding="utf-8")
    page.write_text(original + "\nBel [[phone:no-such-organisation]].\n", encoding="utf-8")
    try:
        failed = _docs(repo, "build", "--site-dir", "site-nl", "--lang", "nl")
    finally:
        page.write_text(original, encoding="utf-8")
    assert failed.returncode == 1
    assert PAGE in failed.stderr and "no-such-organisation" in failed.stderr, failed.stderr[-2000:]
    assert "left as it was" in failed.stderr
    assert (repo / "site-nl/index.html").read_bytes() == home_before
    assert not list(repo.glob(".site-*")), "the half-written build was not removed"


def test_a_saved_page_shows_changed_in_the_live_preview(repo):
    """`docs.py serve` rebuilds what was saved (its speed is measured by make bench, not here)."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(repo))
    server = subprocess.Popen([sys.executable, "scripts/docs.py", "serve", "--port", str(port)], cwd=repo, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/newcomers/housing/"
    page = repo / "docs" / "nl" / PAGE
    original = page.read_text(encoding="utf-8")

    try:
        wait_for_page(url, lambda body: b"</html>" in body, timeout=60)
        time.sleep(1)  # let the watcher settle
        page.write_text(original + "\nEen zin die net bewaard is.\n", encoding="utf-8")
        wait_for_page(url, lambda body: "Een zin die net bewaard is.".encode() in body, timeout=30)
    finally:
        page.write_text(original, encoding="utf-8")
        server.terminate()
        errors = server.communicate(timeout=20)[1]
    assert "Aborted" not in errors and "Error" not in errors, errors[-2000:]
