"""The site's own data, read one way by the hooks, the CLI and the tests.

Languages come from data/languages.yml (the one place to add a language);
pages from the nav of mkdocs.yml; UI strings, organisations and the glossary
from data/. Nothing here knows about MkDocs' build objects, so the CLI and
the tests can use it without building.

Every file is parsed once and cached: a build renders a few hundred pages
and used to parse the same YAML again for each. `clear_caches()` starts
afresh; the build calls it when a build (or a `serve` rebuild) starts.
"""

from __future__ import annotations

import functools
import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DATA = ROOT / "data"
SOURCE_LANGUAGE = "nl"

# libyaml's parser where PyYAML was built with it (the wheels are): the same
# safe loading, several times faster, and a build parses hundreds of pages.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Pages a `scope: newcomer` language carries; the rest is shown in English.
NEWCOMER_SCOPE = ("index.md", "newcomers/", "organisations/", "glossary.md", "about/")


class DataError(Exception):
    """Bad input, with where it is and how to fix it."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path, self.line, self.message = str(path), line, message
        where = f"{rel(path)}:{line}" if line else rel(path)
        super().__init__(f"{where}: {message}")


def rel(path: Path | str) -> str:
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool
    direction: str  # "ltr" | "rtl"
    scope: str  # "full": every page; "newcomer": see NEWCOMER_SCOPE
    fallback: str | None  # language shown where a page is not translated
    search_stemmer: str | None  # lunr-languages stemmer, or None: whole words
    site_description: str | None = None
    sections: tuple[tuple[str, str], ...] = ()  # (Dutch section name, name here)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def dir(self) -> str:
        return self.direction

    @property
    def prefix(self) -> str:
        """URL prefix of the language's pages, relative to the site root."""
        return "" if self.default else f"{self.code}/"

    def carries(self, path: str) -> bool:
        return self.scope == "full" or path.startswith(NEWCOMER_SCOPE)


@functools.cache
def mkdocs_yml() -> dict:
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        return yaml_load(f)


def material_direction(code: str) -> str | None:
    """The direction Material's own language file gives (None: no such file)."""
    import material

    partial = Path(material.__file__).parent / "templates/partials/languages" / f"{code}.html"
    if not partial.exists():
        return None
    return "rtl" if '"direction": "rtl"' in partial.read_text(encoding="utf-8") else "ltr"


LANGUAGES_FILE = DATA / "languages.yml"


@functools.cache
def languages() -> tuple[Language, ...]:
    entries = (load_yaml(LANGUAGES_FILE) or {}).get("languages") or []
    return tuple(
        Language(
            code=entry["code"],
            name=entry["name"],
            default=bool(entry.get("default")),
            direction=entry.get("direction", "ltr"),
            scope=entry.get("scope", "full"),
            fallback=entry.get("fallback"),
            search_stemmer=entry.get("search_stemmer"),
            site_description=" ".join(str(entry.get("site_description") or "").split()) or None,
            sections=tuple((entry.get("sections") or {}).items()),
        )
        for entry in entries
    )


def default_language() -> Language:
    return next(lang for lang in languages() if lang.default)


def language(code: str) -> Language:
    for lang in languages():
        if lang.code == code:
            return lang
    raise KeyError(code)


def text_source(lang: Language, path: str) -> str | None:
    """The language whose file a reader of `lang` sees for page `path`: their
    own, else the nearest along the fallback chain; None where none has it."""
    code, seen = lang.code, set()
    while code and code not in seen:
        if (DOCS / code / path).exists():
            return code
        seen.add(code)
        code = language(code).fallback
    return None


def _flatten_nav(items) -> list[str]:
    paths = []
    for item in items:
        if isinstance(item, str):
            paths.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                paths.extend(_flatten_nav(value) if isinstance(value, list) else [value])
    return paths


@functools.cache
def page_paths() -> tuple[str, ...]:
    """Every page path of the site (relative to docs/<lang>/), in nav order."""
    return tuple(_flatten_nav(mkdocs_yml()["nav"]))


# --- front matter -----------------------------------------------------------

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def split_front_matter(path: Path) -> tuple[dict, str, int]:
    return _split_front_matter(Path(path), Path(path).stat().st_mtime_ns)


@functools.cache
def _split_front_matter(path: Path, mtime: int) -> tuple[dict, str, int]:
    """(meta, body, number of the body's first line). Raises DataError."""
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if not match:
        raise DataError(path, "no front matter: start the file with a '---' block (see CONTRIBUTING.md)", 1)
    try:
        meta = yaml.load(match.group(1), Loader=SafeLoader) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise DataError(path, f"front matter is not valid YAML: {exc.problem if hasattr(exc, 'problem') else exc}",
                        line + 2 if line is not None else 1) from None
    if not isinstance(meta, dict):
        raise DataError(path, "front matter must be a mapping of 'field: value' lines", 2)
    return meta, text[match.end():], match.group(0).count("\n") + 1


def field_line(path: Path, field: str) -> int | None:
    """Line of a top-level front matter field, for error messages."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(rf"{re.escape(field)}\s*:", line):
            return number
        if number > 1 and line.strip() == "---":
            return None
    return None


@functools.cache
def source_hash(path: str) -> str:
    """Version of a Dutch source page that a translation records.

    A hash of what a translator translates (title, description, text), so it
    survives rebases and squash merges and ignores edits to tags or dates.
    """
    meta, body, _ = split_front_matter(DOCS / SOURCE_LANGUAGE / path)
    normalised = "\n".join(line.rstrip() for line in body.strip().splitlines())
    text = f"{meta.get('title', '')}\n{meta.get('description', '')}\n{normalised}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def translation_state(code: str, path: str) -> str:
    """missing | outdated | machine | reviewed | source, for one page."""
    if code == SOURCE_LANGUAGE:
        return "source"
    file = DOCS / code / path
    if not file.exists():
        return "missing"
    meta, _, _ = split_front_matter(file)
    translation = meta.get("translation") or {}
    if translation.get("source_hash") != source_hash(path):
        return "outdated"
    return translation.get("status", "machine")


# --- data files -------------------------------------------------------------


def load_yaml(path: Path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.load(f, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(path, f"not valid YAML: {getattr(exc, 'problem', exc)}",
                        mark.line + 1 if mark else None) from None


def _flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    flat = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


@functools.cache
def ui_strings(code: str) -> dict[str, str]:
    """The interface strings of one language, with dotted keys."""
    path = DATA / "ui" / f"{code}.yml"
    if not path.exists():
        raise DataError(path, f"missing: copy data/ui/en.yml to {rel(path)} and translate every value")
    return _flatten(load_yaml(path) or {})


@functools.cache
def organisations() -> list[dict]:
    return (load_yaml(DATA / "organisations.yml") or {}).get("organisations") or []


@functools.cache
def glossary(code: str) -> list[dict]:
    path = DATA / "glossary" / f"{code}.yml"
    return (load_yaml(path) or {}).get("terms") or [] if path.exists() else []



# --- contact facts ------------------------------------------------------------

# [[phone:ID]] and [[web:ID]] in a page: see hooks/contacts.py.
CONTACT_MARKER = re.compile(r"\[\[(phone|web):([^\]\s]*)\]\]")
MARKER_FIELDS = {"phone": "phone", "web": "website"}


@functools.cache
def contact_records() -> dict[str, dict]:
    return {record["id"]: record for record in organisations()}


def marker_problem(kind: str, record_id: str, records: dict[str, dict]) -> str | None:
    """Why a marker cannot be filled in, with the fix; None when it can."""
    field = MARKER_FIELDS[kind]
    if record_id not in records:
        return (f"no organisation '{record_id}' in data/organisations.yml: use one of its ids "
                "or add the organisation there first")
    if not records[record_id].get(field):
        return (f"'{record_id}' has no {field} in data/organisations.yml: add it there with its "
                f"source, or remove the marker")
    return None


def phone_href(number: str) -> str:
    """tel: address that works from a foreign SIM too (+32), except short numbers."""
    digits = number.replace(" ", "")
    return f"tel:+32{digits[1:]}" if digits.startswith("0") else f"tel:{digits}"


def phone_link(number: str) -> str:
    # No line break inside a number; left-to-right inside right-to-left text.
    shown = number.replace(" ", "\u00a0")
    return f'<a class="kb-tel" href="{phone_href(number)}" dir="ltr">{shown}</a>'


def website_shown(url: str) -> str:
    return url.split("://", 1)[-1].rstrip("/")


def website_link(url: str) -> str:
    return (f'<a class="kb-web" href="{html.escape(url)}" dir="ltr" rel="noopener noreferrer">'
            f"{html.escape(website_shown(url))}</a>")


def clear_caches() -> None:
    """Forget every parsed file: a new build (or a `serve` rebuild) reads data/ afresh."""
    for function in (mkdocs_yml, languages, page_paths, ui_strings, organisations, glossary, source_hash,
                     _split_front_matter, contact_records):
        function.cache_clear()
