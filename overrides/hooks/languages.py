"""Languages: folder check, UI strings, relative language switcher, <html dir>.

Why a hook: static-i18n builds each language in turn but (1) silently skips a
folder that is not a configured language, (2) writes absolute switcher links
("/en/") that break when the site lives under a sub-path or in a zip, and
(3) Material sets `dir` only on <body>; screen readers and the browser's own
UI read it from <html>.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

import sitedata


def current_language(config) -> sitedata.Language:
    # static-i18n sets theme.language for each language build it runs.
    return sitedata.language(config.theme["language"])


def page_url(path: str, code: str, config) -> str:
    """Site-root-relative URL of page `path` (e.g. newcomers/housing.md) in language `code`."""
    url = File(path, "", "", config.use_directory_urls).url
    return sitedata.language(code).prefix + ("" if url in ("./", ".") else url)


def on_config(config):
    configured = {lang.code for lang in sitedata.languages()}
    for folder in sorted(p for p in sitedata.DOCS.iterdir() if p.is_dir()):
        if folder.name not in configured:
            raise PluginError(
                f"docs/{folder.name}/ is not a configured language. Add '{folder.name}' to "
                "plugins > i18n > languages in mkdocs.yml, or move the folder out of docs/."
            )
    return config


def on_env(env, config, files):
    lang = current_language(config)
    env.globals["ui"] = sitedata.ui_strings(lang.code)
    env.globals["kb_lang"] = lang
    return env


def on_page_markdown(markdown, page, config, files):
    if "<!-- language-list -->" not in markdown:
        return markdown
    items = []
    for lang in sitedata.languages():
        href = get_relative_url(page_url("index.md", lang.code, config) or ".", page.url or ".")
        items.append(
            f'<li><a href="{html.escape(href)}" hreflang="{lang.code}" lang="{lang.code}" '
            f'dir="{lang.dir}">{html.escape(lang.name)}</a></li>'
        )
    return markdown.replace(
        "<!-- language-list -->", '<ul class="kb-languages">\n' + "\n".join(items) + "\n</ul>"
    )


def on_page_context(context, page, config, nav):
    # "Edit this page" points at the file the reader sees: the translation in
    # its own folder, or the English page shown in its place. A plain link:
    # nothing is requested from the code host until it is clicked.
    repo = config.extra.get("kb_repo_url")
    if repo:
        source = page.meta.get("kb_fallback") or getattr(page.file, "locale", None) or current_language(config).code
        path = getattr(page.file, "norm_src_uri", page.file.src_uri)
        page.edit_url = f"{repo.rstrip('/')}/edit/{config.extra.get('kb_repo_branch') or 'main'}/docs/{source}/{path}"
    else:
        page.edit_url = None

    # static-i18n (priority 50) has filled config.extra.alternate by now.
    base = urlsplit(config.site_url or "").path.rstrip("/")
    # static-i18n assigns `config.extra.alternate` as an attribute, which is
    # what Material's template reads; config.extra["alternate"] can be stale.
    for alternate in getattr(config.extra, "alternate", None) or []:
        link = alternate["link"]
        if link.startswith(base + "/"):
            link = link[len(base) + 1:]
        alternate["link"] = link or "."
    return context


HTML_TAG = re.compile(r"<html\b([^>]*)>")


def _set_html_dir(output: str, config) -> str:
    lang = current_language(config)
    return HTML_TAG.sub(lambda m: f'<html{m.group(1)} dir="{lang.dir}">', output, count=1)


def on_post_page(output, page, config):
    return _set_html_dir(output, config)


def on_post_template(output, template_name, config):
    return _set_html_dir(output, config)
