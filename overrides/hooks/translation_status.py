"""The table of translation states on about/translations.

The state of each page (wegwijzer.sitedata.translation_state) is shown on
the page itself by the template (partials/translation-notice.html), like the
Kubernetes website's notice on outdated localisations; this hook renders
the one table that lists every page in every language.
"""

from __future__ import annotations

import html

from wegwijzer import page as page_context
from wegwijzer import sitedata

MARKER = "<!-- translation-status -->"


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, _status_table(page_context.of(page, config)))


def _status_table(context: page_context.PageContext) -> str:
    ui = sitedata.ui_strings(context.lang.code)
    languages = sitedata.languages()
    head = "".join(f'<th scope="col" lang="{lang.code}">{lang.code}</th>' for lang in languages)
    rows = []
    for path in sitedata.page_paths():
        cells = []
        for lang in languages:
            if not lang.carries(path):
                cells.append("<td>–</td>")
                continue
            state = sitedata.translation_state(lang.code, path)
            label = html.escape(ui[f"translations.{state}"])
            href = context.link_to_page(path, lang.code)
            cells.append(f'<td class="kb-status kb-status--{state}"><a href="{href}">{label}</a></td>')
        rows.append(f'<tr><th scope="row"><code>{html.escape(path)}</code></th>{"".join(cells)}</tr>')
    return (
        '<div class="kb-table-scroll" tabindex="0" markdown="0"><table class="kb-translations">'
        f'<thead><tr><th scope="col">{html.escape(ui["translations.page"])}</th>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )
