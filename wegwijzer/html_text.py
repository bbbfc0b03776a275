"""Rewrite the text of rendered HTML, leaving tags and some elements alone.

Shared by glossary.py and rtl_numbers.py: both change words in a page's
text (never inside tags, attributes, code or links) and must not pull in a
full HTML parser on every page of ten languages. Not a hook itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

TAG = re.compile(r"(<[^>]+>)")
TAG_NAME = re.compile(r"<(/?)([a-zA-Z0-9]+)")


def rewrite_text(html: str, skip: Collection[str], rewrite: Callable[[str], str]) -> str:
    """`rewrite` every non-blank run of text that is not inside a `skip` element."""
    parts = TAG.split(html)
    depth = 0
    for i, part in enumerate(parts):
        if part.startswith("<"):
            name = TAG_NAME.match(part)
            if name and name.group(2).lower() in skip and not part.endswith("/>"):
                depth += -1 if name.group(1) else 1
            continue
        if not depth and part.strip():
            parts[i] = rewrite(part)
    return "".join(parts)
