"""Downloads: every language has one, listed with size and checksum on
about/download in every language, and the zips are reproducible."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile

from bs4 import BeautifulSoup

from wegwijzer import downloads, sitedata


def test_every_language_has_a_download_listed_with_size_and_checksum(site):
    manifest = json.loads((site / "downloads" / "manifest.json").read_text())
    assert {d["lang"] for d in manifest} == {l.code for l in sitedata.languages()} | {"all"}
    for item in manifest:
        data = (site / "downloads" / item["file"]).read_bytes()
        assert len(data) == item["bytes"] and hashlib.sha256(data).hexdigest() == item["sha256"]
    for lang in sitedata.languages():
        page = BeautifulSoup((site / lang.prefix / "about/download/index.html").read_text(), "lxml")
        text = page.get_text()
        for item in manifest:
            assert item["sha256"] in text, f"{lang.code}: {item['file']} not listed"
            link = page.find("a", href=lambda h: h and h.endswith(item["file"]))
            assert link is not None


def _small_offline_site(root):
    """A few files laid out as the assembled offline copy: Dutch at the root, Arabic in ar/."""
    for relative, text in {"index.html": "<p>nl</p>", "newcomers/housing.html": "<p>wonen</p>",
                           "assets/site.css": "body{}", "ar/index.html": "<p>ar</p>",
                           "ar/assets/site.css": "body{}", "ar/assets/x.js.map": "{}"}.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    return root


def test_zipping_the_same_files_twice_gives_byte_identical_zips(tmp_path):
    site = _small_offline_site(tmp_path / "offline")
    first = json.loads(downloads.make(site, tmp_path / "one", ["nl", "ar"]).read_text())
    for path in site.rglob("*"):  # other times and modes must not change a byte
        os.utime(path, (0, 0))
    second = json.loads(downloads.make(site, tmp_path / "two", ["nl", "ar"]).read_text())
    assert first == second
    with zipfile.ZipFile(tmp_path / "one" / "regenboogwegwijzer-ar.zip") as archive:
        names = archive.namelist()
    assert "regenboogwegwijzer-ar/ar/index.html" in names and "regenboogwegwijzer-ar/index.html" in names
    assert not [n for n in names if n.endswith(".map") or "/newcomers/" in n], names
