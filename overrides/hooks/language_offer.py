"""The words of the language offer (assets/javascripts/language-offer.js).

The notice is worded in the reader's language, not the page's, so every
page needs every language's few words. They are written into the script
itself after the build, from data/ui/, so the offer costs no request of its
own and works from a downloaded copy too.
"""

from __future__ import annotations

import json
import os

from mkdocs.exceptions import PluginError

from wegwijzer import sitedata

SCRIPT = os.path.join("assets", "javascripts", "language-offer.js")
PLACEHOLDER = "{/* offers */}"


def on_post_build(config):
    offers = {}
    for lang in sitedata.languages():
        ui = sitedata.ui_strings(lang.code)
        offers[lang.code] = {key: ui[f"offer.{key}"] for key in ("text", "link", "site_text", "site_link", "dismiss", "label")}
        offers[lang.code]["dir"] = lang.dir
    path = os.path.join(config.site_dir, SCRIPT)
    with open(path, encoding="utf-8") as f:
        script = f.read()
    if PLACEHOLDER not in script:
        raise PluginError(f"{SCRIPT} has no {PLACEHOLDER}: put it back where the offers go")
    with open(path, "w", encoding="utf-8") as f:
        f.write(script.replace(PLACEHOLDER, json.dumps(offers, ensure_ascii=False, sort_keys=True), 1))
