"""The offline variant of the site, and the page that lists the downloads.

`scripts/docs.py build` builds each language twice: once with KB_OFFLINE=1
for the zips people open from a folder (file://), once for the web with the
list of those zips on about/download. Offline, every link must name its file
(index.html), and Material's search worker needs the iframe-worker shim,
which we serve from our own assets instead of the CDN Material's offline
plugin would add.
"""

from __future__ import annotations

import html
import json
import os

from wegwijzer import page as page_context
from wegwijzer import sitedata

MARKER = "<!-- download-list -->"


def on_config(config):
    if os.environ.get("KB_OFFLINE"):
        config.use_directory_urls = False
        config.extra["polyfills"] = ["assets/javascripts/iframe-worker.js"]
    return config


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    context = page_context.of(page, config)
    ui = sitedata.ui_strings(context.lang.code)
    manifest = os.environ.get("KB_DOWNLOADS")
    if not manifest or os.environ.get("KB_OFFLINE"):
        return markdown.replace(MARKER, f'<p class="kb-notice">{html.escape(ui["downloads.offline_note"])}</p>')
    with open(manifest, encoding="utf-8") as f:
        downloads = json.load(f)
    rows = []
    for item in downloads:
        name = ui["downloads.all_languages"] if item["lang"] == "all" else sitedata.language(item["lang"]).name
        lang_attr = "" if item["lang"] == "all" else f' lang="{item["lang"]}"'
        href = context.link_to(f"downloads/{item['file']}")
        size = f"{item['bytes'] / 1_000_000:.1f} MB"
        rows.append(
            f'<tr><td{lang_attr}>{html.escape(name)}</td><td><a href="{href}" download>{item["file"]}</a></td>'
            f'<td>{size}</td><td><code class="kb-checksum">{item["sha256"]}</code></td></tr>'
        )
    head = "".join(f"<th scope=\"col\">{html.escape(ui['downloads.' + k])}</th>"
                   for k in ("language", "file", "size", "checksum"))
    table = (f'<div class="kb-table-scroll" tabindex="0"><table class="kb-downloads"><thead><tr>{head}</tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table></div>')
    return markdown.replace(MARKER, table)
