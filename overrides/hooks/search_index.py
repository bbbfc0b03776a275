"""Search in the reader's language, loaded only when the reader searches.

Material fetches search/search_index.json on every page load and builds a
lunr index from every document in it. We leave there only the small
settings file Material's page script reads (and, for pages opened from
file://, the same settings as search_index.js, which Material loads as a
script), and write the language's documents to search/search_docs.js, which
our worker (assets/javascripts/search-worker.js) loads on the first query.
Each language is its own build, so the index holds that language only. The
worker speaks Material's worker protocol, so Material's search box,
keyboard handling and result list stay as they are.
"""

from __future__ import annotations

import json
import os
import shutil

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from wegwijzer import page as page_context
from wegwijzer import sitedata

# Splits words on white space and punctuation of every script we publish in.
SEPARATOR = r"[\s\-–—.,;:!?()\[\]{}\"'«»„“”‘’/\\|·…،؛؟]+"
LUNR = sitedata.ROOT / "node_modules" / "lunr" / "lunr.min.js"
IFRAME_WORKER = sitedata.ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"


@event_priority(-200)  # after Material's search plugin has written the index
def on_post_build(config):
    lang = page_context.build_language(config)
    folder = os.path.join(config.site_dir, "search")
    with open(os.path.join(folder, "search_index.json"), encoding="utf-8") as f:
        docs = json.load(f)["docs"]
    settings = {
        # Languages without a stemmer are indexed without stemmer, trimmer
        # or stop words, so no word is cut away (data/languages.yml).
        "lang": [lang.search_stemmer] if lang.search_stemmer else [],
        "separator": SEPARATOR,
        "fields": {"title": {"boost": 8}, "tags": {"boost": 6}, "text": {"boost": 1}},
        # Where the worker finds the documents, from this language's root.
        "index": "search/search_docs.js",
    }
    stub = json.dumps({"config": settings, "docs": [], "options": {"suggest": False}},
                      ensure_ascii=False, separators=(",", ":"))
    with open(os.path.join(folder, "search_index.json"), "w", encoding="utf-8") as f:
        f.write(stub)
    with open(os.path.join(folder, "search_index.js"), "w", encoding="utf-8") as f:
        f.write(f"var __index = {stub}\n")
    with open(os.path.join(folder, "search_docs.js"), "w", encoding="utf-8") as f:
        f.write("self.kbSearchDocs=")
        json.dump(docs, f, ensure_ascii=False, separators=(",", ":"))
        f.write(";\n")

    # From npm: lunr itself (Material bundles it inside its own worker only)
    # and iframe-worker, which runs the worker for pages opened from file://.
    for package, target in ((LUNR, "lunr.min.js"), (IFRAME_WORKER, "iframe-worker.js")):
        if not package.exists():
            raise PluginError(f"{sitedata.rel(package)} is missing: run `npm ci` (make does this for you)")
        shutil.copyfile(package, os.path.join(config.site_dir, "assets", "javascripts", target))
