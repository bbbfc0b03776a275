"""Untranslated pages: show English (not Dutch) where a language asks for it.

static-i18n can only fall back to the default language, Dutch, which most
readers of Arabic, Farsi or Georgian cannot read. For a language with
`fallback: en` in mkdocs.yml, we keep static-i18n's page (same URL, same nav,
same switcher) but read its source from docs/en/ instead of docs/nl/. The
page is marked so the template shows a notice in the reader's language, tags
the content with lang="en", and search leaves it out (it is not in the
reader's language).
"""

from __future__ import annotations

import sitedata
from languages import current_language


def _norm_path(page) -> str:
    return getattr(page.file, "norm_src_uri", page.file.src_uri)


def on_page_read_source(page, config):
    lang = current_language(config)
    file_locale = getattr(page.file, "locale", lang.code)
    if file_locale == lang.code or lang.fallback is None:
        return None
    source = sitedata.DOCS / lang.fallback / _norm_path(page)
    if lang.fallback != file_locale and source.exists():
        page.kb_fallback = lang.fallback
        return source.read_text(encoding="utf-8")
    page.kb_fallback = file_locale
    return None


def on_page_markdown(markdown, page, config, files):
    fallback = getattr(page, "kb_fallback", None)
    if fallback:
        page.meta["kb_fallback"] = fallback
        page.meta["kb_fallback_dir"] = sitedata.language(fallback).dir
        # Not in the reader's language, so not in the reader's search results.
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return markdown
