"""Icons from Material's bundled set, inline in the page: nothing is fetched
from another server, and a name that Material does not ship is caught at
build time. Used by the home page's cards and doors and by the directory's
call and website buttons."""

from __future__ import annotations

import functools
from pathlib import Path

import material

ICONS = Path(material.__file__).parent / "templates" / ".icons"


def exists(name: str) -> bool:
    """Whether Material ships the icon `name` (e.g. material/home-city)."""
    return (ICONS / f"{name}.svg").exists()


@functools.cache
def svg(name: str) -> str:
    """The icon `name`, inline and hidden from screen readers."""
    return (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace(
        "<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
