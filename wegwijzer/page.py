"""What the build knows about a page, worked out once, in one place.

Each language is its own MkDocs build (static-i18n's `build_only_locale`):
the build's root is the language's root in the assembled site (`site/ar/`
for Arabic, `site/` for Dutch). Hooks that need a page's language, the file
its text comes from, its fallback, its translation state, its place in the
assembled site or its edit link call `of(page, config)`. The first call works
it out and keeps it on the page; every other call reads the same object. So
no hook depends on running before or after another.

Files carry two facts that are settled before any page is rendered (in
`on_files`): `kb_path`, the page's path in every language folder, and
`kb_source`, the language folder its text is read from. Hooks that add
files (fallback.py, handouts.py) set them; for every other page they follow
from static-i18n's own file attributes.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from wegwijzer import sitedata


@dataclass(frozen=True)
class PageContext:
    lang: sitedata.Language  # the reader's language: the one being built
    path: str  # e.g. newcomers/housing.md, the same in every language folder
    source: str  # language folder the text is read from: lang.code, or a fallback
    translation: str  # source | machine | reviewed | outdated | fallback
    location: str  # the page's URL from the assembled site's root, e.g. ar/newcomers/housing/
    edit_url: str | None
    directory_urls: bool  # False in the offline copy: every link names its file
    kind: str = "page"  # "page", or "handout" (hooks/handouts.py)

    @property
    def fallback(self) -> str | None:
        """The language shown instead, where the page is not translated."""
        return None if self.source == self.lang.code else self.source

    @property
    def source_dir(self) -> str:
        """Direction of the text shown: the reader's, or the fallback language's."""
        return sitedata.language(self.source).dir

    def link_to(self, target: str) -> str:
        """Relative link from this page to `target`, a URL from the site's root."""
        return get_relative_url(target or ".", self.location or ".")

    def link_to_page(self, path: str, code: str) -> str:
        """Relative link to page `path` (e.g. newcomers/housing.md) in language `code`."""
        return self.link_to(site_location(path, sitedata.language(code), self.directory_urls))


def site_location(path: str, lang: sitedata.Language, directory_urls: bool = True) -> str:
    """URL of page `path` in language `lang`, from the assembled site's root."""
    url = File(path, "", "", directory_urls).url
    return lang.prefix + ("" if url in ("./", ".") else url)


def build_language(config) -> sitedata.Language:
    # static-i18n sets theme.language to the one locale this build makes.
    return sitedata.language(config.theme["language"])


def file_path(file) -> str:
    """A file's path in every language folder (newcomers/housing.md)."""
    return getattr(file, "kb_path", None) or getattr(file, "norm_src_uri", None) or file.src_uri


def of(page, config) -> PageContext:
    context = getattr(page, "kb", None)
    if context is None:
        context = _work_out(page, config)
        page.kb = context
    return context


def _work_out(page, config) -> PageContext:
    lang = build_language(config)
    path = file_path(page.file)
    source = getattr(page.file, "kb_source", None) or lang.code
    if source != lang.code:
        translation = "fallback"
    else:
        translation = sitedata.translation_state(lang.code, path)
    repo = config.extra.get("kb_repo_url")
    edit_url = None
    if repo and path.endswith(".md") and (sitedata.DOCS / source / path).exists():
        # A plain link to the file the reader sees: nothing is requested from
        # the code host until it is clicked.
        branch = config.extra.get("kb_repo_branch") or "main"
        edit_url = f"{repo.rstrip('/')}/edit/{branch}/docs/{source}/{path}"
    return PageContext(lang=lang, path=path, source=source, translation=translation,
                       location=lang.prefix + (page.url or ""), edit_url=edit_url,
                       directory_urls=config.use_directory_urls, kind=getattr(page.file, "kb_kind", "page"))
