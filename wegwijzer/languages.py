"""Everything that follows from data/languages.yml, written out.

mkdocs.yml's i18n block and CODEOWNERS are plain files that tools read as
they are, so they cannot read data/languages.yml themselves. We generate
their language parts between two marker lines; `make check` fails when
they differ from the data, and `python scripts/docs.py languages` writes
them anew.
"""

from __future__ import annotations

import re
from pathlib import Path

from wegwijzer import sitedata

BEGIN = "# BEGIN languages: generated from data/languages.yml by `python scripts/docs.py languages`"
END = "# END languages"


def i18n_block(indent: str = "        ") -> str:
    """The `languages:` items of static-i18n's settings in mkdocs.yml."""
    lines = []
    for lang in sitedata.languages():
        lines.append(f"{indent}- locale: {lang.code}")
        lines.append(f"{indent}  name: {lang.name}")
        if lang.default:
            lines.append(f"{indent}  default: true")
        lines.append(f"{indent}  build: true")
        if lang.site_description:
            lines.append(f"{indent}  site_description: {_quoted(lang.site_description)}")
        if lang.sections:
            lines.append(f"{indent}  nav_translations:")
            lines.extend(f"{indent}    {dutch}: {_quoted(name)}" for dutch, name in lang.sections)
    return "\n".join(lines)


def codeowners_block() -> str:
    lines = []
    for lang in sitedata.languages():
        team = "editors-nl" if lang.default else f"translators-{lang.code}"
        lines.append(f"/docs/{lang.code}/".ljust(18) + f"@regenboogwegwijzer/{team}")
    return "\n".join(lines)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


TARGETS = {
    "mkdocs.yml": lambda: i18n_block(),
    ".github/CODEOWNERS": codeowners_block,
}


def _replace(text: str, block: str) -> str | None:
    pattern = re.compile(rf"(^[ \t]*{re.escape(BEGIN)}\n)(.*?)(^[ \t]*{re.escape(END)}$)", re.S | re.M)
    if not pattern.search(text):
        return None
    return pattern.sub(lambda m: m.group(1) + block + "\n" + m.group(3), text, count=1)


def stale_files(root: Path = sitedata.ROOT) -> list[str]:
    """Files whose generated language part no longer follows data/languages.yml."""
    stale = []
    for name, make in TARGETS.items():
        text = (root / name).read_text(encoding="utf-8")
        if _replace(text, make()) != text:
            stale.append(name)
    return stale


def write(root: Path = sitedata.ROOT) -> list[str]:
    written = []
    for name, make in TARGETS.items():
        path = root / name
        text = path.read_text(encoding="utf-8")
        new = _replace(text, make())
        if new is None:
            raise sitedata.DataError(path, f"the lines '{BEGIN}' and '{END}' are missing: put them back")
        if new != text:
            path.write_text(new, encoding="utf-8")
            written.append(name)
    return written
