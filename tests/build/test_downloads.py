"""Downloads: every language has one, listed with size and checksum on
about/download in every language, and the zips are reproducible."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from bs4 import BeautifulSoup

import sitedata


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


def test_building_twice_gives_byte_identical_zips(site, tmp_path):
    subprocess.run([sys.executable, "scripts/docs.py", "build", "--site-dir", str(tmp_path / "again")],
                   cwd=sitedata.ROOT, check=True, capture_output=True)
    first = json.loads((site / "downloads" / "manifest.json").read_text())
    second = json.loads((tmp_path / "again" / "downloads" / "manifest.json").read_text())
    assert first == second
