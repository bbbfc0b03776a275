"""Handouts: a printable sheet for every guide, at <guide>/handout/.

The sheet's content is wegwijzer.handouts; this hook adds one generated page
per guide of the language being built, links guide and sheet both ways, and
keeps sheets out of navigation (not in nav), search (front matter) and the
sitemap (static-i18n lists the pages before this hook adds any).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url

from wegwijzer import handouts
from wegwijzer import page as page_context

# For the language being built: {guide src_uri: handout File} and back.
_handouts: dict[str, File] = {}
_guides: dict[str, File] = {}


@event_priority(-150)  # after static-i18n has chosen each page's file for this language
def on_files(files, config):
    _handouts.clear()
    _guides.clear()
    lang = page_context.build_language(config)
    for guide in list(files.documentation_pages()):
        path = page_context.file_path(guide)
        if not handouts.is_guide(path) or getattr(guide, "kb_source", lang.code) != lang.code:
            continue  # a page shown in another language has no handout in this one
        # config.site_url is this language's root (hooks/languages.py); the sheet wants the site's.
        content = handouts.render(lang, path, Path(guide.abs_src_path), handouts.site_root(config.site_url, lang))
        if content is None:
            continue
        handout = File.generated(config, handouts.handout_path(path), content=content,
                                 inclusion=InclusionLevel.NOT_IN_NAV)
        handout.kb_path, handout.kb_kind = path, "handout"
        files.append(handout)
        _handouts[guide.src_uri] = handout
        _guides[handout.src_uri] = guide
    return files


def on_page_markdown(markdown, page, config, files):
    # Links both ways, for the templates: "Print a handout" and "Back to the guide".
    handout = _handouts.get(page.file.src_uri)
    if handout is not None:
        page.meta["kb_handout_url"] = get_relative_url(handout.url, page.url)
    guide = _guides.get(page.file.src_uri)
    if guide is not None:
        page.meta["kb_guide_url"] = get_relative_url(guide.url, page.url)
    return markdown


