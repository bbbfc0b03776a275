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

from wegwijzer import sitedata

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
NAME = "regenboogwegwijzer"


def _needed(relative: str, lang: sitedata.Language) -> bool:
    """Leave out what a reader's browser never loads: source maps, Material's
    own search worker (ours replaces it) and lunr files for other languages.
    `relative` is a path inside the language's own folder."""
    if relative.endswith(".map") or relative.startswith("assets/javascripts/workers/"):
        return False
    if relative.startswith("assets/javascripts/lunr/"):
        keep = {"lunr.stemmer.support", f"lunr.{lang.search_stemmer}"}
        return relative.endswith(".min.js") and relative.rsplit("/", 1)[-1][: -len(".min.js")] in keep
    return not relative.startswith("downloads/") and relative not in ("sitemap.xml", "sitemap.xml.gz")


def _language_files(site: Path, lang: sitedata.Language) -> list[Path]:
    """A language's folder in the assembled site (the default language: the
    root without the other languages' folders): each is a whole site."""
    others = {other.code for other in sitedata.languages() if not other.default}
    root = site / lang.prefix
    chosen = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root)
        if lang.default and relative.parts[0] in others:
            continue
        if _needed(relative.as_posix(), lang):
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


def make(offline_site: Path, out: Path, codes: list[str] | None = None) -> Path:
    """Write the zips of `codes` (default: every language), and one with all
    of them, and manifest.json into `out`; returns the manifest's path."""
    out.mkdir(parents=True, exist_ok=True)
    languages = [lang for lang in sitedata.languages() if codes is None or lang.code in codes]
    manifest = []
    for lang in languages:
        target = out / f"{NAME}-{lang.code}.zip"
        extra = {} if lang.default else {"index.html": _start_page(lang.code)}
        _write_zip(target, offline_site, _language_files(offline_site, lang), extra)
        manifest.append(_entry(lang.code, target))
    target = out / f"{NAME}-all.zip"
    _write_zip(target, offline_site, sorted({p for lang in languages for p in _language_files(offline_site, lang)}), {})
    manifest.append(_entry("all", target))
    path = out / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return path


def _entry(label: str, target: Path) -> dict:
    data = target.read_bytes()
    return {"lang": label, "file": target.name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
