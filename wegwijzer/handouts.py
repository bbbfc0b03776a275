"""Handouts: what goes on the printable sheet of a guide.

A professional at a desk wants to give a newcomer the few points that matter
and whom to call, in the newcomer's language, on one sheet they can read
too. So each guide that carries an "In short" box gets a sheet with that
box, the Dutch box below it (for the professional), the contacts of the
guide's help box (from data/organisations.yml, like every contact fact),
and a QR code of the guide's web address when KB_SITE_URL says where the
site lives. overrides/hooks/handouts.py adds the sheets to the build.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import segno
import yaml

from wegwijzer import sitedata
from wegwijzer.page import site_location

GUIDE_SECTIONS = ("newcomers/", "toolbox/")
BOX = re.compile(r'^!!! \w+ (?P<cls>[\w-]+)(?: "(?P<title>[^"]*)")?\s*$')
ORG_LINK = re.compile(r"organisations/(?:index\.md)?#([a-z0-9-]+)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")

def handout_path(guide_path: str) -> str:
    """newcomers/housing.md -> newcomers/housing/handout.md; toolbox/index.md -> toolbox/handout.md"""
    folder = guide_path[: -len("index.md")].rstrip("/") if guide_path.endswith("index.md") else guide_path[:-3]
    return f"{folder}/handout.md"


def box(markdown: str, cls: str) -> tuple[str | None, list[str]]:
    """(title, items) of the admonition with class `cls`; items without links."""
    title, items, inside = None, [], False
    for line in markdown.splitlines():
        match = BOX.match(line)
        if match:
            inside = match.group("cls") == cls
            title = match.group("title") if inside else title
            continue
        if inside:
            if line.strip() and not line.startswith("    "):
                break
            text = line.strip()
            if text.startswith(("- ", "* ")):
                items.append(text[2:])
            elif text and items:
                items[-1] += " " + text
    return title, [LINK.sub(r"\1", item) for item in items]


def help_contacts(markdown: str) -> list[str]:
    """Ids of the organisations a guide points to for help, in order: its help
    box and "In short" box (newcomer guides), or its support section (toolbox)."""
    ids = []
    blocks = [_raw_box(markdown, "get-help"), _raw_box(markdown, "in-short"), _section(markdown, "where-to-find-support")]
    for block in blocks:
        found = ORG_LINK.findall(block) + [m[1] for m in sitedata.CONTACT_MARKER.findall(block)]
        ids.extend(i for i in found if i not in ids)
    return ids


def _section(markdown: str, heading_id: str) -> str:
    match = re.search(rf"^## .*\{{#{re.escape(heading_id)}\}}\s*$(.*?)(?=^## |\Z)", markdown, re.M | re.S)
    return match.group(1) if match else ""


def _raw_box(markdown: str, cls: str) -> str:
    lines, inside = [], False
    for line in markdown.splitlines():
        match = BOX.match(line)
        if match:
            inside = match.group("cls") == cls
            continue
        if inside:
            if line.strip() and not line.startswith("    "):
                break
            lines.append(line)
    return "\n".join(lines)


def guide_address(site_url: str | None, lang: sitedata.Language, guide_path: str) -> str:
    """The guide's web address as hosted (directory URLs), absolute when the site's address is known."""
    url = site_location(guide_path, lang)
    return f"{site_url.rstrip('/')}/{url}" if site_url else f"/{url}"


def qr_svg(address: str) -> str:
    # Medium error correction survives a crease or a smudge on paper.
    return segno.make(address, error="m", micro=False).svg_inline(scale=3, border=4, omitsize=True)


def render(lang: sitedata.Language, path: str, source: Path, site_url: str | None) -> str | None:
    """The handout's Markdown, or None for a guide without an "In short" box."""
    meta, body, _ = sitedata.split_front_matter(source)
    title, points = box(body, "in-short")
    if not points:
        return None
    ui = sitedata.ui_strings(lang.code)
    sections = [_points_section(lang, meta["title"], title, points, meta.get("last_reviewed"), ui)]
    if not lang.default:
        nl_meta, nl_body, _ = sitedata.split_front_matter(sitedata.DOCS / sitedata.SOURCE_LANGUAGE / path)
        nl_title, nl_points = box(nl_body, "in-short")
        nl = sitedata.language(sitedata.SOURCE_LANGUAGE)
        sections.append(_points_section(nl, nl_meta["title"], nl_title, nl_points, nl_meta.get("last_reviewed"),
                                        sitedata.ui_strings(nl.code), heading=2))
    address = guide_address(site_url, lang, path)
    front = {
        "title": f'{meta["title"]} · {ui["handout.name"]}',
        "description": meta.get("description", ""),
        "template": "handout.html",
        "hide": ["navigation", "toc", "footer"],
        "search": {"exclude": True},
    }
    return (
        f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n\n"
        f'<div class="kb-handout" markdown="1">\n\n' + "\n\n".join(sections) + "\n\n"
        + _contacts_section(lang, help_contacts(body), ui) + "\n\n"
        + _back_section(address, site_url, ui) + "\n\n</div>\n"
    )


def _points_section(lang, page_title, box_title, points, reviewed, ui, heading=1) -> str:
    items = "\n".join(f"- {point}" for point in points)
    checked = (f'<p class="kb-handout__date">{html.escape(ui["handout.reviewed"])}: '
               f'<time datetime="{reviewed}" dir="ltr">{reviewed}</time></p>' if reviewed else "")
    return (
        f'<section class="kb-handout__points" lang="{lang.code}" dir="{lang.dir}" markdown="1">\n\n'
        f'{"#" * heading} {page_title}\n\n'
        f'<p class="kb-handout__box-title">{html.escape(box_title or "")}</p>\n\n{items}\n\n{checked}\n\n</section>'
    )


def _contacts_section(lang, ids, ui) -> str:
    records = sitedata.contact_records()
    rows = []
    for record_id in ids:
        record = records.get(record_id)
        if record is None:
            continue
        name = (record.get("names") or {}).get(lang.code, record["name"])
        facts = []
        if record.get("phone"):
            facts.append(sitedata.phone_link(record["phone"]))
        if record.get("website"):
            facts.append(sitedata.website_link(record["website"]))
        reach = record.get("reach") or {}
        if not facts and reach:
            code = lang.code if lang.code in reach else "en"
            attrs = "" if code == lang.code else ' lang="en" dir="ltr"'
            facts.append(f"<span{attrs}>{html.escape(reach[code])}</span>")
        rows.append(f'<li><strong>{html.escape(name)}</strong> · {" · ".join(facts)}</li>')
    if not rows:
        return ""
    return (f'<section class="kb-handout__contacts">\n<h2>{html.escape(ui["handout.contacts"])}</h2>\n'
            f'<ul>{"".join(rows)}</ul>\n</section>')


def _back_section(address: str, site_url: str | None, ui) -> str:
    if site_url:
        code = (f'<figure class="kb-handout__qr">{qr_svg(address)}'
                f'<figcaption>{html.escape(ui["handout.scan"])}<br><span dir="ltr">{html.escape(address)}</span>'
                "</figcaption></figure>")
    else:
        code = (f'<p class="kb-handout__address">{html.escape(ui["handout.full_guide"])}: '
                f'Regenboogwegwijzer, <span dir="ltr">{html.escape(address)}</span></p>')
    return f'<footer class="kb-handout__back">{code}<p class="kb-handout__site">Regenboogwegwijzer</p></footer>'


def is_guide(path: str) -> bool:
    """Newcomer guides and toolbox pages have handouts; the newcomers' overview does not."""
    return path.startswith(GUIDE_SECTIONS) and path != "newcomers/index.md"


def site_root(build_site_url: str | None, lang: sitedata.Language) -> str | None:
    """The site's address from the address of one language's build."""
    if not build_site_url:
        return None
    return build_site_url[: -len(lang.prefix)] if lang.prefix and build_site_url.endswith(lang.prefix) else build_site_url
