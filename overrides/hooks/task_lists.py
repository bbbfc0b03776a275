"""Checklists whose tick boxes are labelled by their own text.

pymdownx.tasklist puts each checkbox in an empty <label>, with the item's
text after it, so a screen reader announces "checkbox, not checked" with no
name (axe-core: "Form elements must have labels"). We move the item's own
text, up to any nested list, into that label: the box is named by what it
ticks off, and clicking the text ticks it too, as a team does in a meeting.
"""

from __future__ import annotations

import re

# The label pymdownx writes, then the item's text up to a nested list or the item's end.
ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control">.*?)</label>(.*?)(?=<ul|<ol|</li>)',
    re.S,
)


def on_page_content(html, page, config, files):
    if "task-list-control" not in html:
        return html
    return ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}</label>", html)
