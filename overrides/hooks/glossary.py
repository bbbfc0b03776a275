"""The glossary page and its in-page explanations, from data/glossary/<lang>.yml.

glossary.md lists every term. On every other page, the first use of a term's
abbreviation (its `match` words) becomes an <abbr> with the definition, in
the page's own language. It is focusable, so the explanation shows on hover,
on keyboard focus and on a tap (CSS in site.css); screen readers read a
hidden copy that search leaves out. We mark up the rendered HTML ourselves rather than
use Python-Markdown's abbr extension: that one needs a word boundary after
the word, which "LGBTQIA+" never has, and it marks every use, not the first.
"""

from __future__ import annotations

import functools
import html
import re

import pyuca

from wegwijzer import sitedata
from wegwijzer.html_text import rewrite_text
from wegwijzer import page as page_context

MARKER = "<!-- glossary-terms -->"
# Text inside these elements is left alone: headings, links, code, and
# explanations already given.
SKIP = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "script", "style", "button", "label"}


def terms_for(code: str) -> list[dict]:
    lang = sitedata.language(code)
    return sitedata.glossary(code) or (sitedata.glossary(lang.fallback) if lang.fallback else [])


def _page_language(page, config) -> str:
    # A page shown in English explains its words in English.
    return page_context.of(page, config).source


def on_page_markdown(markdown, page, config, files):
    if MARKER in markdown:
        return markdown.replace(MARKER, _render(terms_for(_page_language(page, config))))
    return markdown


def _explained(token: str, definition: str) -> str:
    # The hidden copy is for screen readers; search skips it, so definitions
    # do not turn every page into a search result for their words.
    escaped = html.escape(definition)
    return (f'<abbr class="kb-term" tabindex="0" data-kb-definition="{escaped}">{token}'
            f'<span class="kb-visually-hidden" data-search-exclude>: {escaped}</span></abbr>')


def on_page_content(content, page, config, files):
    # The glossary itself, and handouts (paper has no hover).
    if page.file.src_uri.endswith("glossary.md") or page_context.of(page, config).kind == "handout":
        return content
    # One entry per term: the first use of any of its words is explained.
    pending = {}
    for term in terms_for(_page_language(page, config)):
        tokens = sorted(term.get("match") or [], key=len, reverse=True)
        if tokens:
            pattern = re.compile(r"(?<![\w+])(" + "|".join(map(re.escape, tokens)) + r")(?![\w+])")
            pending[term["id"]] = (pattern, " ".join(str(term["definition"]).split()))
    if not pending:
        return content

    def explain_first_uses(text: str) -> str:
        found = []  # (start, end, replacement), found in the original text only
        for term_id, (pattern, definition) in list(pending.items()):
            match = pattern.search(text)
            if match and not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), _explained(match.group(1), definition)))
                del pending[term_id]
        for start, end, replacement in sorted(found, reverse=True):
            text = text[:start] + replacement + text[end:]
        return text

    return rewrite_text(content, SKIP, explain_first_uses)


@functools.cache
def _collator() -> pyuca.Collator:
    return pyuca.Collator()


def _render(terms: list[dict]) -> str:
    # Alphabetical as readers expect it, not by code point: with plain
    # sorting, Ukrainian "Інтерсекс" came after "Я" and Georgian, Persian
    # letters outside the basic block fell out of place. The Unicode
    # Collation Algorithm orders every script we publish in.
    entries = []
    for term in sorted(terms, key=lambda t: _collator().sort_key(str(t["term"]).casefold())):
        entries.append(f'### {term["term"]} {{#{term["id"]}}}\n\n{html.escape(str(term["definition"]).strip())}\n')
    return "\n".join(entries)
