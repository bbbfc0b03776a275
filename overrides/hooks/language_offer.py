"""The language offer (assets/javascripts/language-offer.js), put into every
page rather than loaded from its own file.

The notice has to be in place before the page below it is read (inserted
later, it pushed the text down under the reader's eyes), so its script runs
right under the header. As a file of its own, that script held the rest of
the page back until it arrived: on a phone on a slow network, one more round
trip before any text showed. Lighthouse on the Arabic directory: text painted
0.3 s later and blocking time about three times as long as with the script
inline.

Two inline elements (main.html):
- the words, as JSON data: every language's few words, since the notice is
  worded in the reader's language, not the page's (from data/ui/);
- the script, the same on every page, so the Content-Security-Policy allows
  it by one hash that changes only when the code does, not the words.
"""

from __future__ import annotations

import json

from mkdocs.exceptions import PluginError

from wegwijzer import sitedata

SCRIPT = "assets/javascripts/language-offer.js"
KEYS = ("text", "link", "site_text", "site_link", "dismiss", "label")


def on_env(env, config, files):
    script = files.get_file_from_path(SCRIPT)
    if script is None:
        raise PluginError(f"overrides/{SCRIPT} is missing: the language offer needs it")
    offers = {}
    for lang in sitedata.languages():
        ui = sitedata.ui_strings(lang.code)
        offers[lang.code] = {key: ui[f"offer.{key}"] for key in KEYS} | {"dir": lang.dir}
    # "</" could end the <script> element early; in JSON "<\/" reads the same.
    words = json.dumps(offers, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    # The comments stay in the source file: each page carries only the code.
    code = "\n".join(line for line in script.content_string.splitlines()
                     if line.strip() and not line.lstrip().startswith("//"))
    env.globals["language_offer"] = {"words": words, "script": code}
    files.remove(script)  # inlined above; no copy of its own in site/
    return env
