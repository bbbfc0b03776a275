"""Translation status on every translated page, and the status table.

A translation records the hash of the Dutch page it translates
(`translation.source_hash`); when the Dutch page changes, the hash no longer
matches and the page says so, in the reader's language, like the Kubernetes
website's notice on outdated localisations.
"""

from __future__ import annotations

import html

from mkdocs.utils import get_relative_url

import sitedata
from languages import current_language, page_url


def on_page_markdown(markdown, page, config, files):
    lang = current_language(config)
    path = page.file.norm_src_uri if hasattr(page.file, "norm_src_uri") else page.file.src_uri
    # A handout (hooks/handouts.py) is as current as the guide it is made from.
    path = (page.meta.get("kb_handout") or {}).get("guide", path)
    page.meta["kb_links"] = {
        code: get_relative_url(page_url(path, code, config) or ".", page.url or ".")
        for code in ("nl", "en")
    }
    if lang.code != sitedata.SOURCE_LANGUAGE and not page.meta.get("kb_fallback"):
        page.meta["kb_translation"] = sitedata.translation_state(lang.code, path)
    if "<!-- translation-status -->" in markdown:
        markdown = markdown.replace("<!-- translation-status -->", _status_table(lang, page, config))
    return markdown


def _status_table(lang, page, config) -> str:
    ui = sitedata.ui_strings(lang.code)
    codes = [language.code for language in sitedata.languages()]
    head = "".join(f'<th scope="col" lang="{c}">{c}</th>' for c in codes)
    rows = []
    for path in sitedata.page_paths():
        cells = []
        for code in codes:
            language = sitedata.language(code)
            if not language.carries(path):
                cells.append("<td>–</td>")
                continue
            state = sitedata.translation_state(code, path)
            href = get_relative_url(page_url(path, code, config) or ".", page.url or ".")
            label = html.escape(ui[f"translations.{state}"])
            cells.append(f'<td class="kb-status kb-status--{state}"><a href="{href}">{label}</a></td>')
        rows.append(f'<tr><th scope="row"><code>{html.escape(path)}</code></th>{"".join(cells)}</tr>')
    return (
        '<div class="kb-table-scroll" tabindex="0" markdown="0"><table class="kb-translations">'
        f'<thead><tr><th scope="col">{html.escape(ui["translations.page"])}</th>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )
