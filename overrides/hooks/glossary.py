"""The glossary page and its tooltips, from data/glossary/<lang>.yml.

One source per language: glossary.md lists every term, and on every other
page an abbreviation a term `match`es gets its definition as a tooltip
(Python-Markdown's abbr extension), in the page's own language.
"""

from __future__ import annotations

import html
import re

import sitedata
from languages import current_language

MARKER = "<!-- glossary-terms -->"


def terms_for(code: str) -> list[dict]:
    lang = sitedata.language(code)
    return sitedata.glossary(code) or (sitedata.glossary(lang.fallback) if lang.fallback else [])


def on_page_markdown(markdown, page, config, files):
    code = page.meta.get("kb_fallback") or current_language(config).code
    terms = terms_for(code)
    if MARKER in markdown:
        return markdown.replace(MARKER, _render(terms))
    if page.file.src_uri.endswith("glossary.md"):
        return markdown
    definitions = []
    for term in terms:
        for token in term.get("match") or []:
            if re.search(rf"(?<!\w){re.escape(token)}(?!\w)", markdown):
                definition = " ".join(str(term["definition"]).split())
                definitions.append(f"*[{token}]: {definition}")
    return markdown + ("\n\n" + "\n".join(definitions) + "\n" if definitions else "")


def _render(terms: list[dict]) -> str:
    entries = []
    for term in sorted(terms, key=lambda t: str(t["term"]).casefold()):
        entries.append(f'### {term["term"]} {{#{term["id"]}}}\n\n{html.escape(str(term["definition"]).strip())}\n')
    return "\n".join(entries)
