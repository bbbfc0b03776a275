"""Phone numbers that read the right way round on right-to-left pages.

In Arabic or Farsi text, the Unicode bidi algorithm lays out "0800 12 800"
group by group from right to left, so readers saw "800 12 0800" and would
dial a wrong number. On right-to-left pages we isolate every run of digit
groups separated by spaces as left-to-right (<bdi dir="ltr">), in the
rendered text only, so writers and translators type numbers as usual.
"""

from __future__ import annotations

import re

from wegwijzer.html_text import rewrite_text
from wegwijzer import page as page_context

NUMBER = re.compile(r"(?<![\w.])\d+(?:[ \u00a0]\d+)+(?![\w.])")
SKIP = {"code", "pre", "script", "style", "bdi"}


def on_page_content(html, page, config, files):
    if page_context.build_language(config).dir != "rtl":
        return html
    return rewrite_text(html, SKIP, lambda text: NUMBER.sub(lambda m: f'<bdi dir="ltr">{m.group(0)}</bdi>', text))
