"""The home page as a map: the languages, two doors, and a card per guide.

A newcomer on a phone should see their language and the two doors on the
first screen, and reach any guide with one more tap: so the home page lists
each language by its own name, and under each door a large card per guide
(an icon from Material's bundled set, inline; the guide's title and its
one-line description, in the reader's language). hooks/home.py puts these
where the page says (<!-- home-start -->, <!-- guide-cards: newcomers -->).
"""

from __future__ import annotations

import html

from wegwijzer import icons, sitedata
from wegwijzer.page import PageContext

SECTIONS = {"newcomers": ("newcomers/",), "professionals": ("professionals/", "toolbox/")}


def language_list(context: PageContext, label: str) -> str:
    items = []
    for lang in sitedata.languages():
        current = ' aria-current="page"' if lang == context.lang else ""
        items.append(f'<li><a href="{html.escape(context.link_to_page("index.md", lang.code))}" '
                     f'hreflang="{lang.code}" lang="{lang.code}" dir="{lang.dir}"{current}>'
                     f"{html.escape(lang.name)}</a></li>")
    items = "".join(items)
    return f'<nav class="kb-home-languages" aria-label="{html.escape(label)}"><ul>{items}</ul></nav>'


def doors(names: dict[str, str]) -> str:
    """Two large links to the door sections below ({#newcomers}, {#professionals})."""
    door_icons = {"newcomers": "material/compass", "professionals": "material/account-tie"}
    links = "".join(f'<a class="kb-door" href="#{key}">{icons.svg(door_icons[key])}<span>{html.escape(name)}</span></a>'
                    for key, name in names.items())
    return f'<div class="kb-doors">{links}</div>'


def _page_meta(lang: sitedata.Language, path: str) -> dict:
    """Front matter of the page as the reader sees it: theirs, or their fallback's."""
    code = sitedata.text_source(lang, path) or sitedata.SOURCE_LANGUAGE
    meta, _, _ = sitedata.split_front_matter(sitedata.DOCS / code / path)
    return meta


def cards(context: PageContext, section: str) -> str:
    """A card per guide of a door, or nothing where the language does not carry its pages."""
    paths = [p for p in sitedata.page_paths() if p.startswith(SECTIONS[section]) and not p.startswith("newcomers/index")]
    if not all(context.lang.carries(p) for p in paths):
        return ""
    items = []
    for path in paths:
        meta = _page_meta(context.lang, path)
        icon = _page_meta(sitedata.default_language(), path).get("card_icon", "material/file-document")
        if not icons.exists(icon):
            source = sitedata.DOCS / sitedata.SOURCE_LANGUAGE / path
            raise sitedata.DataError(source, f"card_icon: {icon} is not an icon Material ships: pick a name "
                                     "from Material's icon search (material/…, as in its templates/.icons folder)",
                                     sitedata.field_line(source, "card_icon"))
        items.append(
            f'<li><a class="kb-card" href="{html.escape(context.link_to_page(path, context.lang.code))}">'
            f'{icons.svg(icon)}<span class="kb-card__title">{html.escape(meta["title"])}</span>'
            f'<span class="kb-card__text">{html.escape(meta["description"])}</span></a></li>'
        )
    return f'<ul class="kb-cards">{"".join(items)}</ul>'
