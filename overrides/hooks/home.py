"""The home page as a map (wegwijzer/home.py says why and what).

The page's Markdown says where: `<!-- home-start -->` (the languages and the
two doors, on the first screen) and `<!-- guide-cards: newcomers -->` or
`<!-- guide-cards: professionals -->` (the cards under each door). The door
labels are the page's own headings with the ids {#newcomers} and
{#professionals}, so each language words them once, in its index.md.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

from wegwijzer import home
from wegwijzer import page as page_context
from wegwijzer import sitedata

START = "<!-- home-start -->"
CARDS = re.compile(r"<!-- guide-cards: (newcomers|professionals) -->")
DOOR = re.compile(r"^## (.+?) \{#(newcomers|professionals)\}\s*$", re.M)


def on_page_markdown(markdown, page, config, files):
    if START not in markdown and not CARDS.search(markdown):
        return markdown
    context = page_context.of(page, config)
    if START in markdown:
        names = {key: text for text, key in DOOR.findall(markdown)}
        if set(names) != {"newcomers", "professionals"}:
            raise PluginError(f"{page.file.src_uri}: the home page needs two headings with the ids "
                              "{#newcomers} and {#professionals}: the doors take their words from them")
        ui = sitedata.ui_strings(context.lang.code)
        markdown = markdown.replace(START, home.language_list(context, ui["home.languages"]) + "\n\n"
                                    + home.doors(names))
    return CARDS.sub(lambda m: home.cards(context, m.group(1)), markdown)
