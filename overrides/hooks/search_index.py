"""One search index per language, loaded only when the reader searches.

static-i18n stacks every language into one search/search_index.json that
Material fetches on every page load: readers download ten languages to
search one, and see results in all of them. After the last language is
built we split that index by language folder into
<lang>/search/search_docs.js (loaded by our worker on the first query) and
leave at <lang>/search/search_index.json only the small settings file
Material's page script fetches on load (and, for pages opened from file://,
the same settings as search_index.js, which Material loads as a script). The worker
(assets/javascripts/search-worker.js) speaks Material's worker protocol, so
Material's search box, keyboard handling and result list stay as they are.
"""

from __future__ import annotations

import json
import os
import shutil

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import sitedata

# Languages lunr-languages (shipped with Material) can stem; the others are
# indexed without stemmer, trimmer or stop words, so no word is cut away.
LUNR_STEMMERS = {"nl", "en", "fr", "es", "tr", "ru", "ar"}
# Splits words on white space and punctuation of every script we publish in.
SEPARATOR = r"[\s\-–—.,;:!?()\[\]{}\"'«»„“”‘’/\\|·…،؛؟]+"
LUNR = sitedata.ROOT / "node_modules" / "lunr" / "lunr.min.js"
IFRAME_WORKER = sitedata.ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"


def _language_of(location: str) -> sitedata.Language:
    first = location.split("/", 1)[0]
    for lang in sitedata.languages():
        if not lang.default and first == lang.code:
            return lang
    return next(lang for lang in sitedata.languages() if lang.default)


@event_priority(-200)  # after static-i18n has written the stacked index
def on_post_build(config):
    if getattr(config.plugins.get("i18n"), "building", False):
        return  # an inner language build; the stacked index is not final yet
    site = config.site_dir
    stacked_path = os.path.join(site, "search", "search_index.json")
    with open(stacked_path, encoding="utf-8") as f:
        stacked = json.load(f)

    per_language: dict[str, list] = {lang.code: [] for lang in sitedata.languages()}
    for doc in stacked["docs"]:
        lang = _language_of(doc["location"])
        doc = dict(doc, location=doc["location"][len(lang.prefix):])
        per_language[lang.code].append(doc)

    for lang in sitedata.languages():
        folder = os.path.join(site, lang.prefix, "search")
        os.makedirs(folder, exist_ok=True)
        settings = {
            "lang": [lang.code] if lang.code in LUNR_STEMMERS else [],
            "separator": SEPARATOR,
            "fields": {"title": {"boost": 8}, "tags": {"boost": 6}, "text": {"boost": 1}},
            # Where the worker finds this language's documents, from the site root.
            "index": f"{lang.prefix}search/search_docs.js",
        }
        stub = json.dumps({"config": settings, "docs": [], "options": {"suggest": False}},
                          ensure_ascii=False, separators=(",", ":"))
        with open(os.path.join(folder, "search_index.json"), "w", encoding="utf-8") as f:
            f.write(stub)
        with open(os.path.join(folder, "search_index.js"), "w", encoding="utf-8") as f:
            f.write(f"var __index = {stub}\n")
        with open(os.path.join(folder, "search_docs.js"), "w", encoding="utf-8") as f:
            f.write("self.kbSearchDocs=")
            json.dump(per_language[lang.code], f, ensure_ascii=False, separators=(",", ":"))
            f.write(";\n")

    # From npm: lunr itself (Material bundles it inside its own worker only)
    # and iframe-worker, which runs the worker for pages opened from file://.
    for package, target in ((LUNR, "lunr.min.js"), (IFRAME_WORKER, "iframe-worker.js")):
        if not package.exists():
            raise PluginError(f"{sitedata.rel(package)} is missing: run `npm ci` (make does this for you)")
        shutil.copyfile(package, os.path.join(site, "assets", "javascripts", target))
