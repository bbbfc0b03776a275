"""The build's language: data read afresh, the site address, the language
switcher, <html dir>, and the edit link.

Each language is built on its own (static-i18n's `build_only_locale`, set
from KB_LANG by `scripts/docs.py build`), so this build's root is the
language's root in the assembled site. Links to other languages are worked
out here from wegwijzer.page, relative, so the site works under any
sub-path and from a folder on disk. Material sets `dir` only on <body>;
screen readers and the browser's own UI read it from <html>.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from wegwijzer import page as page_context
from wegwijzer import sitedata


@event_priority(100)  # first: every other hook reads data/ through the caches this empties
def on_startup(command, dirty):
    sitedata.clear_caches()


@event_priority(-110)  # after static-i18n has set this build's language
def on_config(config):
    sitedata.clear_caches()  # `serve` calls on_config again for each rebuild
    configured = {lang.code for lang in sitedata.languages()}
    for folder in sorted(p for p in sitedata.DOCS.iterdir() if p.is_dir()):
        if folder.name not in configured:
            raise PluginError(f"docs/{folder.name}/ is not a configured language. Add it to data/languages.yml "
                              "(`python scripts/docs.py new-lang CODE`), or move the folder out of docs/.")
    lang = page_context.build_language(config)
    # KB_SITE_URL is the site's root; this build's pages live under the language's prefix.
    if config.site_url and lang.prefix:
        config.site_url = config.site_url.rstrip("/") + "/" + lang.prefix
    # Material's language menu; each page's links are filled in on_page_context.
    config.extra["alternate"] = [{"name": other.name, "lang": other.code, "link": "."}
                                 for other in sitedata.languages()]
    return config


def on_env(env, config, files):
    lang = page_context.build_language(config)
    env.globals["ui"] = sitedata.ui_strings(lang.code)
    env.globals["kb_lang"] = lang
    # Templates ask for a page's context the same way hooks do.
    env.globals["kb_page"] = lambda page: page_context.of(page, config)
    return env


def on_page_context(context, page, config, nav):
    kb = page_context.of(page, config)
    page.edit_url = kb.edit_url
    # The same page in every language (each language builds every page: a
    # page not translated shows its fallback, so the link always resolves).
    for alternate in config.extra["alternate"]:
        alternate["link"] = kb.link_to_page(kb.path, alternate["lang"])
        # Where that language has no text of its own for this page, the
        # language offer (main.html) sends its readers to their home page instead.
        own = (sitedata.DOCS / alternate["lang"] / kb.path).exists()
        alternate["nearest"] = None if own else kb.link_to_page("index.md", alternate["lang"])
    return context


HTML_TAG = re.compile(r"<html\b([^>]*)>")


def _set_html_dir(output: str, config) -> str:
    lang = page_context.build_language(config)
    return HTML_TAG.sub(lambda m: f'<html{m.group(1)} dir="{lang.dir}">', output, count=1)


def on_post_page(output, page, config):
    return _set_html_dir(output, config)


def on_post_template(output, template_name, config):
    return _set_html_dir(output, config)
