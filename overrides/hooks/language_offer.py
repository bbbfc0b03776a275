"""The words of the language offer (assets/javascripts/language-offer.js).

The notice is worded in the reader's language, not the page's, so every
page needs every language's few words. They are written into the script
as the build collects its files (the file's content replaced, so a live
preview's partial rebuild fills them in again), from data/ui/, so the
offer costs no request of its own and works from a downloaded copy too.
"""

from __future__ import annotations

import json

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from wegwijzer import sitedata

SCRIPT = "assets/javascripts/language-offer.js"
PLACEHOLDER = "{/* offers */}"
KEYS = ("text", "link", "site_text", "site_link", "dismiss", "label")


@event_priority(-110)  # after static-i18n, which reads every file's source path
def on_files(files, config):
    script = files.get_file_from_path(SCRIPT)
    if script is None:
        raise PluginError(f"overrides/{SCRIPT} is missing: the language offer needs it")
    source = script.content_string
    if PLACEHOLDER not in source:
        raise PluginError(f"overrides/{SCRIPT} has no {PLACEHOLDER}: put it back where the offers go")
    offers = {}
    for lang in sitedata.languages():
        ui = sitedata.ui_strings(lang.code)
        offers[lang.code] = {key: ui[f"offer.{key}"] for key in KEYS} | {"dir": lang.dir}
    script.content_string = source.replace(PLACEHOLDER, json.dumps(offers, ensure_ascii=False, sort_keys=True), 1)
    return files
