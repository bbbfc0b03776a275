"""Untranslated pages: English (not Dutch) where a language asks for it.

Each language is its own build, and static-i18n's single-language build
has only that language's files. For every page of the nav that the
language lacks, we add the page of its fallback language (data/languages.yml:
`fallback`, followed until a language has the page) at the same address,
so the nav, the switcher and every link work in every language. Readers of
Arabic, Farsi or Georgian get English, never Dutch they cannot read. The
template shows a notice in the reader's language and marks the text with
its language; search leaves the page out (it is not in the reader's language).
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from wegwijzer import page as page_context
from wegwijzer import sitedata


@event_priority(-110)  # after static-i18n has chosen this language's files
def on_files(files, config):
    lang = page_context.build_language(config)
    present = {page_context.file_path(f) for f in files.documentation_pages()}
    for path in sitedata.page_paths():
        if path in present:
            continue
        source = sitedata.text_source(lang, path)  # not lang's own: the page is missing here
        if source is None:
            continue  # MkDocs names the missing nav page
        file = File(path, str(sitedata.DOCS / source), config.site_dir, config.use_directory_urls)
        file.kb_path, file.kb_source = path, source
        files.append(file)
    return files


def on_page_markdown(markdown, page, config, files):
    if page_context.of(page, config).fallback:
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return markdown
