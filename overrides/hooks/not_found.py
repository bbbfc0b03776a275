"""One 404 page per language.

MkDocs writes 404.html to the site root in every build, and static-i18n runs
one build per language, so without this hook the last language built wins
and Dutch readers get, say, a Spanish 404. We write each language's 404 to
its own folder and put the default language's back at the root at the end.
"""

from __future__ import annotations

import os

from mkdocs.plugins import event_priority

from languages import current_language

_default_404: str | None = None


def on_post_template(output, template_name, config):
    global _default_404
    if template_name == "404.html":
        lang = current_language(config)
        if lang.default:
            _default_404 = output
        else:
            target = os.path.join(config.site_dir, lang.code, "404.html")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write(output)
    return output


@event_priority(-200)  # after static-i18n has run the builds of the other languages
def on_post_build(config):
    if _default_404 is not None:
        with open(os.path.join(config.site_dir, "404.html"), "w", encoding="utf-8") as f:
            f.write(_default_404)
