#!/usr/bin/env python3
"""Regenboogwegwijzer's one command line: check, build, serve, translate.

    python scripts/docs.py check          fast checks, no build (run by `make check`)
    python scripts/docs.py build          build every language (in parallel) into site/, atomically
    python scripts/docs.py serve          serve one language (--lang, default nl) on http://127.0.0.1:8000
    python scripts/docs.py languages      write what follows from data/languages.yml
    python scripts/docs.py new-lang CODE  scaffold a new language
    python scripts/docs.py status         translation status per language (--stale: directory records to re-check)
    python scripts/docs.py stamp FILE…    record which Dutch version a translation follows
    python scripts/docs.py new PATH       scaffold a page (or, with --lang, a translation)
    python scripts/docs.py search-quality [FILE]   hit rate per language of a query file
    python scripts/docs.py bench          build, reload, search and page-weight figures into bench/results/
    python scripts/docs.py headers        security headers for hosts, from the built site

Every command here also runs in CI through the Makefile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import jsonschema

from wegwijzer import sitedata
from wegwijzer.sitedata import DataError, rel

ROOT = sitedata.ROOT
SCHEMAS = sitedata.DATA / "schema"


# --- validation helpers -----------------------------------------------------


def _jsonable(value):
    """YAML dates become ISO strings so JSON Schema can check their format."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def _schema_errors(instance, schema) -> list[jsonschema.ValidationError]:
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return sorted(validator.iter_errors(_jsonable(instance)), key=lambda e: list(e.path))


def _explain(error: jsonschema.ValidationError) -> str:
    """A schema error in words, with the hint the schema gives for the field."""
    field = ".".join(str(p) for p in error.absolute_path) or "(top level)"
    hint = error.schema.get("description") or ""
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else "?"
        prop = error.schema.get("properties", {}).get(name, {})
        hint = prop.get("description", "")
        return f"'{name}' is missing{(': ' + hint) if hint else ''}"
    if error.validator == "additionalProperties":
        return f"{error.message} at {field}: remove it or fix its spelling"
    return f"{field}: {error.message}{(' — ' + hint) if hint else ''}"


# --- the checks -------------------------------------------------------------


def check_front_matter() -> list[DataError]:
    schema = _schema("front-matter")
    errors = []
    for path in sorted(sitedata.DOCS.rglob("*.md")):
        try:
            meta, _, _ = sitedata.split_front_matter(path)
        except DataError as exc:
            errors.append(exc)
            continue
        for error in _schema_errors(meta, schema):
            top = str(error.absolute_path[0]) if error.absolute_path else None
            line = sitedata.field_line(path, top) if top else 2
            errors.append(DataError(path, _explain(error), line))
        code = path.relative_to(sitedata.DOCS).parts[0]
        if code == sitedata.SOURCE_LANGUAGE and "translation" in meta:
            errors.append(DataError(path, "a Dutch source page has no 'translation' block: remove it",
                                    sitedata.field_line(path, "translation")))
        if code != sitedata.SOURCE_LANGUAGE and "translation" not in meta:
            errors.append(DataError(path, "a translation needs a 'translation' block with source_hash and "
                                    "status: add 'translation: {status: machine}' and run "
                                    f"`python scripts/docs.py stamp {rel(path)}`", 2))
    return errors


def check_pages() -> list[DataError]:
    """Folders are languages; every translation has a Dutch page; nav pages exist in Dutch."""
    errors = []
    codes = {lang.code for lang in sitedata.languages()}
    for folder in sorted(p for p in sitedata.DOCS.iterdir() if p.is_dir()):
        if folder.name not in codes:
            errors.append(DataError(folder, "not a configured language: add it with `python scripts/docs.py "
                                    "new-lang CODE` (data/languages.yml), or move it out of docs/"))
    for path in sitedata.page_paths():
        if not (sitedata.DOCS / sitedata.SOURCE_LANGUAGE / path).exists():
            errors.append(DataError(sitedata.DOCS / sitedata.SOURCE_LANGUAGE / path,
                                    "listed in the nav of mkdocs.yml but missing: write the Dutch page "
                                    f"(`python scripts/docs.py new {path}`) or remove the nav line"))
    for code in codes - {sitedata.SOURCE_LANGUAGE}:
        folder = sitedata.DOCS / code
        for path in sorted(folder.rglob("*.md")) if folder.exists() else []:
            source = sitedata.DOCS / sitedata.SOURCE_LANGUAGE / path.relative_to(folder)
            if not source.exists():
                errors.append(DataError(path, f"translates a page that does not exist ({rel(source)}): "
                                        "move it to the page's current path or delete it"))
    return errors


def check_languages() -> list[DataError]:
    """data/languages.yml: schema, agreement with Material, one default, known
    fallbacks and stemmers, and the files generated from it up to date."""
    from wegwijzer import languages as generated

    path = sitedata.LANGUAGES_FILE
    try:
        data = sitedata.load_yaml(path) or {}
    except DataError as exc:
        return [exc]
    errors = [DataError(path, _explain(e)) for e in _schema_errors(data, _schema("languages"))]
    if errors:
        return errors
    entries = data["languages"]
    codes = [e["code"] for e in entries]
    line = lambda code: _record_line(path, code, key="code")  # noqa: E731
    if sum(bool(e.get("default")) for e in entries) != 1:
        errors.append(DataError(path, "exactly one language has 'default: true' (Dutch, the source)"))
    lunr = Path(__import__("material").__file__).parent / "templates/assets/javascripts/lunr/min"
    for entry in entries:
        code = entry["code"]
        if codes.count(code) > 1:
            errors.append(DataError(path, f"{code}: listed twice: keep one", line(code)))
        material = sitedata.material_direction(code)
        if material is None:
            errors.append(DataError(path, f"{code}: Material for MkDocs has no language '{code}': use its ISO "
                                    "639-1 code", line(code)))
        elif material != entry["direction"]:
            errors.append(DataError(path, f"{code}: direction {entry['direction']}, but Material writes {code} "
                                    f"{material}: set 'direction: {material}'", line(code)))
        if entry["fallback"] and entry["fallback"] not in codes:
            errors.append(DataError(path, f"{code}: fallback '{entry['fallback']}' is not a language here", line(code)))
        stemmer = entry["search_stemmer"]
        if stemmer and stemmer != "en" and not (lunr / f"lunr.{stemmer}.min.js").exists():
            errors.append(DataError(path, f"{code}: Material ships no lunr stemmer '{stemmer}': set "
                                    "'search_stemmer: null'", line(code)))
    for name in generated.stale_files():
        errors.append(DataError(name, "its language part does not follow data/languages.yml: run "
                                "`python scripts/docs.py languages`"))
    return errors


def check_ui_strings() -> list[DataError]:
    errors = []
    reference = sitedata.ui_strings(sitedata.SOURCE_LANGUAGE)
    for lang in sitedata.languages():
        path = sitedata.DATA / "ui" / f"{lang.code}.yml"
        try:
            strings = sitedata.ui_strings(lang.code)
        except DataError as exc:
            errors.append(exc)
            continue
        for key in sorted(reference.keys() - strings.keys()):
            errors.append(DataError(path, f"missing key '{key}': add it, translated "
                                    f"(Dutch: \"{reference[key]}\")"))
        for key in sorted(strings.keys() - reference.keys()):
            errors.append(DataError(path, f"unknown key '{key}': remove it, or add it to data/ui/nl.yml first"))
        for key, value in strings.items():
            if not isinstance(value, str) or not value.strip():
                errors.append(DataError(path, f"key '{key}' is empty: write the text"))
    return errors


def _record_line(path: Path, record_id: str, key: str = "id") -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(rf"\s*-?\s*{key}:\s*['\"]?{re.escape(record_id)}['\"]?\s*$", line):
            return number
    return None


def check_organisations() -> list[DataError]:
    path = sitedata.DATA / "organisations.yml"
    schema = _schema("organisations")
    errors = []
    try:
        data = sitedata.load_yaml(path) or {}
    except DataError as exc:
        return [exc]
    for error in _schema_errors(data, schema):
        index = error.absolute_path[1] if len(error.absolute_path) > 1 else None
        record = data["organisations"][index] if isinstance(index, int) else {}
        record_id = record.get("id", f"record {index}") if isinstance(record, dict) else f"record {index}"
        line = _record_line(path, str(record.get("id"))) if isinstance(record, dict) else None
        errors.append(DataError(path, f"{record_id}: {_explain(error)}", line))
    seen = {}
    today = dt.date.today()
    for record in data.get("organisations") or []:
        if not isinstance(record, dict):
            continue
        record_id = record.get("id")
        line = _record_line(path, str(record_id))
        if record_id in seen:
            errors.append(DataError(path, f"{record_id}: duplicate id (also on line {seen[record_id]}): "
                                    "merge the two records", line))
        seen[record_id] = line
        checked = record.get("last_checked")
        if isinstance(checked, dt.date) and checked > today:
            errors.append(DataError(path, f"{record_id}: last_checked {checked} is in the future: "
                                    "use the date you checked the entry", line))
    return errors


def check_glossary() -> list[DataError]:
    schema = _schema("glossary")
    errors = []
    reference_ids = {t.get("id") for t in sitedata.glossary(sitedata.SOURCE_LANGUAGE)}
    for path in sorted((sitedata.DATA / "glossary").glob("*.yml")):
        try:
            data = sitedata.load_yaml(path) or {}
        except DataError as exc:
            errors.append(exc)
            continue
        for error in _schema_errors(data, schema):
            errors.append(DataError(path, _explain(error)))
        ids = [t.get("id") for t in data.get("terms") or [] if isinstance(t, dict)]
        for term_id in sorted({i for i in ids if ids.count(i) > 1}):
            errors.append(DataError(path, f"term '{term_id}' appears twice: keep one", _record_line(path, term_id)))
        for term_id in sorted(set(ids) - reference_ids):
            errors.append(DataError(path, f"term '{term_id}' is not in data/glossary/nl.yml: add it there "
                                    "first (Dutch is the source), or fix the id", _record_line(path, term_id)))
    return errors


# Contact facts. A phone number or web address typed into a page is a second
# copy of a fact that lives in data/organisations.yml; when the body changes
# its number, that copy stays wrong (in every language it was translated
# into). Sources lists may cite pages: they say where a fact was read.
# Spaces inside a number may be non-breaking (U+00A0, U+202F) and still be a typed number.
LONG_PHONE = re.compile(r"(?<![\w+/.-])(?:\+32[ .\u00a0\u202f]?\d|0\d)[\d .\u00a0\u202f/]{6,14}\d(?![\w/-])")
WEB_ADDRESS = re.compile(r"(?<![\w@/.-])(?:https?://)?(?:[\w-]+\.)+(?:be|brussels|org|eu|com|net|info)\b(?:/[^\s)\]>\"']*)?",
                         re.I)
EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}", re.I)
# Names of bodies that are spelled like a web address.
NAMES_LIKE_ADDRESSES = {"equal.brussels"}
SOURCES_HEADING = re.compile(r"^#{1,6}\s.*\{#sources\}\s*$")


def _contact_lines(path: Path):
    """(line number, text) of a page's body outside the Sources list and code."""
    _, body, first = sitedata.split_front_matter(path)
    in_code = in_sources = False
    for number, line in enumerate(body.splitlines(), first):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        if SOURCES_HEADING.match(line.strip()):
            in_sources = True
        elif in_sources and re.match(r"^#{1,2}\s", line):
            in_sources = False
        if not in_code and not in_sources:
            yield number, line


def check_contacts() -> list[DataError]:
    records = sitedata.contact_records()
    by_number: dict[str, list[str]] = {}
    by_site: dict[str, list[str]] = {}
    for record in records.values():
        if record.get("phone"):
            by_number.setdefault(record["phone"].replace(" ", ""), []).append(record["id"])
        if record.get("website"):
            by_site.setdefault(sitedata.website_shown(record["website"]).lower(), []).append(record["id"])
    short_numbers = sorted((n for n in by_number if len(n) <= 4), key=len, reverse=True)
    short = re.compile(rf"(?<![\w.,/€$%+-])(?:{'|'.join(short_numbers)})(?![\w/%€-]|[.,]\d)") if short_numbers else None
    errors = []
    for path in sorted(sitedata.DOCS.rglob("*.md")):
        for number, line in _contact_lines(path):
            text = sitedata.CONTACT_MARKER.sub("", line)
            text = re.sub(r"\]\([^)]*\)|\{#[^}]*\}", "]", text)  # link targets and heading ids
            for match in sitedata.CONTACT_MARKER.finditer(line):
                problem = sitedata.marker_problem(match.group(1), match.group(2), records)
                if problem:
                    errors.append(DataError(path, f"{match.group(0)}: {problem}", number))
            phones = LONG_PHONE.findall(text) + (short.findall(text) if short else [])
            for phone in phones:
                owners = by_number.get(re.sub(r"[ ./\u00a0\u202f]", "", phone).replace("+32", "0"))
                fix = (f"write [[phone:{owners[0]}]] instead" if owners else
                       "it is not in data/organisations.yml: add it to the organisation's record, with the public "
                       "page that lists it, then write [[phone:ID]]")
                errors.append(DataError(path, f"phone number '{phone.strip()}' typed into the page: {fix}, so "
                                        "the number lives once in data/ and reaches every language", number))
            for address in EMAIL.findall(text):
                errors.append(DataError(path, f"e-mail address '{address}' typed into the page: link the "
                                        "organisation's directory entry instead", number))
            for site in WEB_ADDRESS.findall(EMAIL.sub("", text)):
                domain = re.sub(r"^https?://", "", site, flags=re.I).split("/")[0].lower()
                if site.lower() in NAMES_LIKE_ADDRESSES:
                    continue
                owners = by_site.get(domain) or by_site.get(domain.removeprefix("www."))
                fix = (f"write [[web:{owners[0]}]] (or link its directory entry) instead" if owners else
                       "it is not an organisation's website in data/organisations.yml: add it to the record "
                       "with its source and write [[web:ID]], or cite the page in the Sources list")
                errors.append(DataError(path, f"web address '{site}' typed into the page: {fix}", number))
    return errors


def stale_records(today: dt.date | None = None, days: int = 365) -> list[tuple[dict, int | None]]:
    """Directory records whose last check is older than `days`, with their line."""
    today = today or dt.date.today()
    path = sitedata.DATA / "organisations.yml"
    return [(r, _record_line(path, r["id"])) for r in sitedata.organisations()
            if isinstance(r.get("last_checked"), dt.date) and (today - r["last_checked"]).days > days]


# Plain language. Averages hide the one 45-word sentence that loses a reader
# on a phone, so we also cap the share of long sentences. The numbers follow
# common plain-language guidance (Dutch "B1" writing: 10–15 words on average;
# sentences above 25 words are hard for readers of a second language).
MAX_AVERAGE_WORDS = 16
LONG_SENTENCE_WORDS = 25
MAX_LONG_SHARE = 0.15
PLAIN_LANGUAGES = ("nl", "en", "fr")
SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


def prose_sentences(body: str) -> list[str]:
    """The sentences a reader reads: no sources list, no markup, list items as sentences."""
    body = re.split(r"^##\s.*\{#sources\}\s*$", body, flags=re.M)[0]
    sentences = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", "!!!", "???", "<", "|", "---", "*[")):
            continue
        line = re.sub(r"^([-*+]|\d+\.)\s+(\[[ xX]\]\s+)?", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # links: keep the text
        line = re.sub(r"[*_`]", "", line)
        sentences.extend(s for s in SENTENCE_END.split(line) if re.search(r"\w", s))
    return sentences


def plain_language_report(path: Path) -> tuple[float, float, int]:
    _, body, _ = sitedata.split_front_matter(path)
    lengths = [len(s.split()) for s in prose_sentences(body)]
    if not lengths:
        return 0.0, 0.0, 0
    average = sum(lengths) / len(lengths)
    long_share = sum(n > LONG_SENTENCE_WORDS for n in lengths) / len(lengths)
    return average, long_share, len(lengths)


def check_plain_language() -> list[DataError]:
    errors = []
    for code in PLAIN_LANGUAGES:
        for path in sorted((sitedata.DOCS / code / "newcomers").glob("*.md")):
            average, long_share, count = plain_language_report(path)
            if average > MAX_AVERAGE_WORDS:
                errors.append(DataError(path, f"sentences average {average:.1f} words (at most "
                                        f"{MAX_AVERAGE_WORDS}): split long sentences, one idea each"))
            if long_share > MAX_LONG_SHARE:
                errors.append(DataError(path, f"{long_share:.0%} of {count} sentences are longer than "
                                        f"{LONG_SENTENCE_WORDS} words (at most {MAX_LONG_SHARE:.0%}): split them"))
    return errors


CHECKS = {
    "languages": check_languages,
    "pages": check_pages,
    "front matter": check_front_matter,
    "UI strings": check_ui_strings,
    "organisations": check_organisations,
    "contact facts": check_contacts,
    "glossary": check_glossary,
    "plain language": check_plain_language,
}


def cmd_check(args) -> int:
    failed = 0
    for name, check in CHECKS.items():
        try:
            errors = check()
        except DataError as exc:
            errors = [exc]
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        failed += len(errors)
        print(f"{'ok  ' if not errors else 'FAIL'} {name}" + (f" ({len(errors)} problems)" if errors else ""))
    if failed:
        print(f"\n{failed} problems. Each line says the file, the line where known, and how to fix it.",
              file=sys.stderr)
    return 1 if failed else 0


# --- build and serve --------------------------------------------------------


def mkdocs_env() -> dict:
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner on every build
    return env


def build_languages(codes: list[str], parts: Path, assembled: Path, workers=None, **env) -> None:
    """Build each language on its own (static-i18n's build_only_locale), as
    many at once as there are cores, then put them together: the default
    language at the root, the others in their folders. `workers` is a
    builder.pool() to reuse; raises RuntimeError naming what failed."""
    from contextlib import nullcontext

    from wegwijzer import builder

    with nullcontext(workers) if workers else builder.pool(ROOT) as pool:
        jobs = {code: pool.submit(builder.build_language, code, str(parts / code), env) for code in codes}
        said = {code: job.result() for code, job in jobs.items()}
    failed = [code for code, text in said.items() if text is not None]
    for code in failed:
        print(f"\n--- {code} ---\n{said[code]}", file=sys.stderr)
    if failed:
        raise RuntimeError(f"the build of {', '.join(failed)}")
    assembled.mkdir(parents=True, exist_ok=True)
    for code in codes:
        lang = sitedata.language(code)
        shutil.copytree(parts / code, assembled / lang.prefix, dirs_exist_ok=True)


def cmd_build(args) -> int:
    """Build the offline copy and its zips, then the site that lists them,
    into a fresh folder; swap it in only when everything succeeded."""
    from wegwijzer import builder, downloads

    codes = args.lang or [lang.code for lang in sitedata.languages()]
    unknown = [c for c in codes if c not in {lang.code for lang in sitedata.languages()}]
    if unknown:
        print(f"error: unknown language {', '.join(unknown)}: see data/languages.yml", file=sys.stderr)
        return 2
    # The default language's build sits at the root, so it goes first.
    codes = sorted(codes, key=lambda c: not sitedata.language(c).default)
    site = (ROOT / args.site_dir).resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent))
    started = time.monotonic()
    try:
        with builder.pool(ROOT) as workers:
            build_languages(codes, work / "offline-parts", work / "offline", workers, KB_OFFLINE="1")
            manifest = downloads.make(work / "offline", work / "downloads", codes)
            build_languages(codes, work / "web-parts", work / "site", workers, KB_DOWNLOADS=str(manifest))
        shutil.copytree(work / "downloads", work / "site" / "downloads")
        shutil.copyfile(ROOT / "deploy" / "_headers", work / "site" / "_headers")
    except RuntimeError as exc:
        shutil.rmtree(work, ignore_errors=True)
        print(f"\nBuild failed ({exc}): {rel(site)}/ was left as it was. The lines above name the file to fix.",
              file=sys.stderr)
        return 1
    old = site.with_name(site.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        site.rename(old)
    (work / "site").rename(site)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    print(f"Built {len(codes)} languages and their downloads into {rel(site)}/ "
          f"in {time.monotonic() - started:.1f} s")
    return 0


def cmd_serve(args) -> int:
    """One language, live: a saved page is rebuilt alone (--dirty), and data/ is watched too.

    Not strict (KB_STRICT=false): MkDocs warns on every dirty build, and
    strict mode would stop on that warning. `make build` stays strict.
    """
    print(f"Serving {sitedata.language(args.lang).name} at http://127.0.0.1:{args.port}/ "
          "(other languages: --lang CODE)", flush=True)
    # This process becomes `mkdocs serve` (no child left behind): stopping it,
    # by Ctrl-C or a signal, stops the server.
    os.chdir(ROOT)
    os.execve(sys.executable, [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--watch", "data",
                               "--dev-addr", f"127.0.0.1:{args.port}"],
              {**mkdocs_env(), "KB_LANG": args.lang, "KB_STRICT": "false"})


# --- translations -------------------------------------------------------------


def cmd_status(args) -> int:
    if args.stale:
        stale = stale_records()
        for record, line in stale:
            print(f"data/organisations.yml:{line}: {record['id']}: last checked {record['last_checked']}: "
                  "check its website, phone and description against its own pages, then set last_checked")
        print(f"{len(stale)} directory records not checked for more than 12 months")
        return 0
    if args.check:
        errors = check_pages() + check_front_matter()
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print("translation metadata: " + ("ok" if not errors else f"{len(errors)} problems"))
        return 1 if errors else 0
    codes = [args.lang] if args.lang else [lang.code for lang in sitedata.languages() if not lang.default]
    for code in codes:
        lang = sitedata.language(code)
        totals: dict[str, int] = {}
        print(f"\n{lang.code} ({lang.name})")
        for path in sitedata.page_paths():
            if not lang.carries(path):
                continue
            state = sitedata.translation_state(code, path)
            totals[state] = totals.get(state, 0) + 1
            print(f"  {state:9} {path}")
        print("  total: " + ", ".join(f"{n} {s}" for s, n in sorted(totals.items())))
    return 0


def _set_source_hash(path: Path) -> str:
    code = path.resolve().relative_to(sitedata.DOCS).parts[0]
    page = path.resolve().relative_to(sitedata.DOCS / code).as_posix()
    if code == sitedata.SOURCE_LANGUAGE:
        raise DataError(path, "Dutch pages are the source: stamp their translations, not the page itself")
    new_hash = sitedata.source_hash(page)
    text = path.read_text(encoding="utf-8")
    match = sitedata.FRONT_MATTER.match(text)
    if not match:
        raise DataError(path, "no front matter to stamp", 1)
    front = match.group(1)
    if re.search(r"^\s+source_hash:.*$", front, re.M):
        front = re.sub(r"^(\s+source_hash:).*$", rf"\g<1> {new_hash}", front, count=1, flags=re.M)
    elif re.search(r"^translation:\s*$", front, re.M):
        front = re.sub(r"^translation:\s*$", f"translation:\n  source_hash: {new_hash}", front, count=1, flags=re.M)
    else:
        front += f"translation:\n  source_hash: {new_hash}\n  status: machine\n"
    if not re.search(r"^\s+status:", front, re.M):
        front = front.replace(f"  source_hash: {new_hash}\n", f"  source_hash: {new_hash}\n  status: machine\n")
    path.write_text(f"---\n{front}---\n" + text[match.end():], encoding="utf-8")
    return new_hash


def cmd_stamp(args) -> int:
    status = 0
    for name in args.files:
        try:
            print(f"{name}: source_hash {_set_source_hash(Path(name))}")
        except DataError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
    return status


def cmd_new(args) -> int:
    path = args.path if args.path.endswith(".md") else args.path + ".md"
    source = sitedata.DOCS / sitedata.SOURCE_LANGUAGE / path
    today = dt.date.today().isoformat()
    if args.lang:
        target = sitedata.DOCS / args.lang / path
        if not source.exists():
            print(f"error: {rel(source)} does not exist: translate an existing Dutch page", file=sys.stderr)
            return 1
        text = source.read_text(encoding="utf-8")
        text = text.replace("---\n", "---\ntranslation:\n  status: machine\n", 1)
        text = re.sub(r"^last_reviewed:.*$", f"last_reviewed: {today}", text, count=1, flags=re.M)
    else:
        target = source
        title = Path(path).stem.replace("-", " ").capitalize()
        # Tags must not be empty (readers find pages by them): start from the
        # words of the path; the writer replaces them with the words readers type.
        tags = ", ".join(w for w in Path(path).stem.split("-") if len(w) > 1) or "TODO"
        text = (f"---\ntitle: {title}\ndescription: One sentence on what this page helps with.\n"
                f"audience: {args.audience}\ntags: [{tags}]\nlast_reviewed: {today}\n---\n\n# {title}\n\n"
                "Write the page here (see CONTRIBUTING.md).\n\n## Bronnen {#sources}\n\n- \n")
    if target.exists():
        print(f"error: {rel(target)} already exists", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    if args.lang:
        _set_source_hash(target)
        print(f"Wrote {rel(target)}: a copy of the Dutch page to translate, stamped with its version.")
    else:
        print(f"Wrote {rel(target)}. Add '{path}' to the nav in mkdocs.yml.")
    return 0


# --- languages -------------------------------------------------------------------


def cmd_languages(args) -> int:
    """Write mkdocs.yml's i18n block and CODEOWNERS from data/languages.yml."""
    from wegwijzer import languages as generated

    for name in generated.write():
        print(f"Wrote {name}")
    return 0


def cmd_new_lang(args) -> int:
    """One command for a new language: its entry in data/languages.yml, its
    interface strings to translate, its home page, and what follows from it."""
    from wegwijzer import languages as generated

    code = args.code
    if code in {lang.code for lang in sitedata.languages()}:
        print(f"error: '{code}' is already a language (data/languages.yml)", file=sys.stderr)
        return 1
    direction = sitedata.material_direction(code)
    if direction is None:
        print(f"error: Material for MkDocs has no language '{code}': use its ISO 639-1 code", file=sys.stderr)
        return 1
    lunr = Path(__import__("material").__file__).parent / "templates/assets/javascripts/lunr/min"
    stemmer = code if (lunr / f"lunr.{code}.min.js").exists() else None
    english = sitedata.language("en")
    entry = (f"  - code: {code}\n    name: {args.name}\n    direction: {direction}\n    scope: {args.scope}\n"
             f"    fallback: {args.fallback}\n    search_stemmer: {stemmer or 'null'}\n"
             "    # Translate these section names (they are English until you do).\n    sections:\n"
             + "".join(f"      {dutch}: {name}\n" for dutch, name in english.sections))
    with open(sitedata.LANGUAGES_FILE, "a", encoding="utf-8") as f:
        f.write(entry)
    sitedata.clear_caches()
    ui = sitedata.DATA / "ui" / f"{code}.yml"
    ui.write_text((sitedata.DATA / "ui" / "en.yml").read_text(encoding="utf-8"), encoding="utf-8")
    cmd_new(argparse.Namespace(path="index.md", lang=code, audience="all"))
    for name in generated.write():
        print(f"Wrote {name}")
    print(f"\nAdded {args.name} ({code}). Next: translate {rel(ui)} and the section names in "
          f"data/languages.yml, then the pages (`python scripts/docs.py new PATH --lang {code}`); "
          "`make check` says what is missing. Pages not yet translated show "
          f"{sitedata.language(args.fallback).name}.")
    return 0


# --- search ------------------------------------------------------------------


def cmd_search_quality(args) -> int:
    from wegwijzer import search_quality

    outcomes = search_quality.run(Path(args.queries), ROOT / args.site_dir)
    print(search_quality.report(outcomes))
    low = {code: (h, t) for code, (h, t) in search_quality.rates(outcomes).items() if h / t < args.min_rate}
    return 1 if low else 0


def cmd_bench(args) -> int:
    """Figures, written to bench/results/: build, search, Lighthouse, taps."""
    from wegwijzer import bench, bench_build, bench_lighthouse, bench_taps

    results, site = ROOT / "bench" / "results", ROOT / args.site_dir
    bench_build.main(results)
    bench.main(site, results, Path(args.queries))
    bench_lighthouse.main(site, results)
    bench_taps.main(site, results)
    return 0


def cmd_headers(args) -> int:
    from wegwijzer import headers

    for path in headers.write(ROOT / args.site_dir):
        print(f"Wrote {rel(path)}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="docs.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="fast checks of pages and data, no build").set_defaults(func=cmd_check)
    build = sub.add_parser("build", help="build every language into site/ (left untouched on failure)")
    build.add_argument("--site-dir", default="site")
    build.add_argument("--lang", action="append", help="build only this language (repeat for more)")
    build.set_defaults(func=cmd_build)
    serve = sub.add_parser("serve", help="serve one language with live reload of what changed")
    serve.add_argument("--lang", default=sitedata.SOURCE_LANGUAGE, help="language code (default: nl)")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=cmd_serve)
    status = sub.add_parser("status", help="translation status: missing, outdated, machine, reviewed")
    status.add_argument("--lang", help="one language code")
    status.add_argument("--check", action="store_true", help="fail only on what must block a merge")
    status.add_argument("--stale", action="store_true",
                        help="list directory records not checked for more than 12 months")
    status.set_defaults(func=cmd_status)
    stamp = sub.add_parser("stamp", help="record the Dutch version a translation follows")
    stamp.add_argument("files", nargs="+")
    stamp.set_defaults(func=cmd_stamp)
    new = sub.add_parser("new", help="scaffold a page, or a translation with --lang")
    new.add_argument("path", help="e.g. newcomers/housing.md")
    new.add_argument("--lang", help="language code of a translation to scaffold")
    new.add_argument("--audience", default="newcomers",
                     choices=["newcomers", "professionals", "all", "contributors"])
    new.set_defaults(func=cmd_new)
    sub.add_parser("languages", help="write mkdocs.yml's language block and CODEOWNERS from data/languages.yml"
                   ).set_defaults(func=cmd_languages)
    new_lang = sub.add_parser("new-lang", help="add a language: data entry, UI strings, home page")
    new_lang.add_argument("code", help="ISO 639-1 code, e.g. so")
    new_lang.add_argument("--name", required=True, help="the language's name in itself, e.g. Soomaali")
    new_lang.add_argument("--scope", default="newcomer", choices=["newcomer", "full"])
    new_lang.add_argument("--fallback", default="en")
    new_lang.set_defaults(func=cmd_new_lang)
    quality = sub.add_parser("search-quality", help="hit rate per language of a query file, in Chromium")
    quality.add_argument("queries", nargs="?", default="tests/search-queries.yaml")
    quality.add_argument("--site-dir", default="site")
    quality.add_argument("--min-rate", type=float, default=0.9, help="fail below this hit rate (0-1)")
    quality.set_defaults(func=cmd_search_quality)
    bench_parser = sub.add_parser("bench", help="build, reload, search and page-weight figures, into bench/results/")
    bench_parser.add_argument("--site-dir", default="site")
    bench_parser.add_argument("--queries", default="tests/search-queries.yaml")
    bench_parser.set_defaults(func=cmd_bench)
    headers_parser = sub.add_parser("headers", help="write deploy/_headers and deploy/nginx.conf from site/")
    headers_parser.add_argument("--site-dir", default="site")
    headers_parser.set_defaults(func=cmd_headers)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
