"""Offline downloads: one zip per language and one with every language.

Reproducible: entries in sorted order with a fixed timestamp and fixed
permissions, so building the same commit twice gives byte-identical zips
and the published SHA-256 checksums mean something.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import sitedata

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
NAME = "regenboogwegwijzer"


def _needed(relative: str) -> bool:
    """Leave out what a reader's browser never loads: source maps, Material's
    own search worker (ours replaces it) and lunr files for other languages."""
    if relative.endswith(".map") or relative.startswith("assets/javascripts/workers/"):
        return False
    if relative.startswith("assets/javascripts/lunr/"):
        keep = {"lunr.stemmer.support"} | {f"lunr.{lang.code}" for lang in sitedata.languages()}
        return relative.endswith(".min.js") and relative.rsplit("/", 1)[-1][: -len(".min.js")] in keep
    return not relative.startswith("downloads/") and relative not in ("sitemap.xml", "sitemap.xml.gz")


def _files_of(site: Path, code: str | None) -> list[Path]:
    """Files a language's zip needs: its pages, the shared assets; None = all."""
    others = {lang.code for lang in sitedata.languages() if not lang.default}
    chosen = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        parts = path.relative_to(site).parts
        if not _needed(path.relative_to(site).as_posix()):
            continue
        if code is None or parts[0] == "assets":
            chosen.append(path)
        elif sitedata.language(code).default:
            if parts[0] not in others:
                chosen.append(path)
        elif parts[0] == code:
            chosen.append(path)
    return chosen


def _start_page(code: str) -> bytes:
    lang = sitedata.language(code)
    return (f'<!doctype html><html lang="{code}" dir="{lang.dir}"><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0; url={code}/index.html">'
            f'<title>{NAME}</title><a href="{code}/index.html">{lang.name}</a></html>\n').encode("utf-8")


def _write_zip(target: Path, site: Path, files: list[Path], extra: dict[str, bytes]) -> None:
    folder = target.stem
    entries = {f"{folder}/{p.relative_to(site).as_posix()}": p.read_bytes() for p in files}
    entries.update({f"{folder}/{name}": data for name, data in extra.items()})
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine builds it
            archive.writestr(info, entries[name])


def make(offline_site: Path, out: Path) -> Path:
    """Write the zips and manifest.json into `out`; returns the manifest's path."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    targets = [(lang.code, lang.code) for lang in sitedata.languages()] + [("all", None)]
    for label, code in targets:
        target = out / f"{NAME}-{label}.zip"
        extra = {} if code is None or sitedata.language(code).default else {"index.html": _start_page(code)}
        _write_zip(target, offline_site, _files_of(offline_site, code), extra)
        data = target.read_bytes()
        manifest.append({"lang": label, "file": target.name, "bytes": len(data),
                         "sha256": hashlib.sha256(data).hexdigest()})
    path = out / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path
