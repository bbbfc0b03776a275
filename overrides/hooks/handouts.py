"""Handouts: one printable sheet per guide, at <guide>/handout/.

A professional at a desk wants to give a newcomer the few points that matter
and whom to call, in the newcomer's language, on one sheet they can read
too. So each guide that carries an "In short" box gets a generated page
with that box, the Dutch box below it (for the professional), the contacts
of the guide's help box (from data/organisations.yml, like every contact
fact), and a QR code of the guide's web address when KB_SITE_URL says
where the site lives. The page is generated, not written: a correction to
the guide or the data reaches the handout in every language.

Handouts are left out of navigation (not in nav), search (meta) and the
sitemap (static-i18n lists pages before this hook adds them).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import segno
import yaml
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url

import sitedata
from languages import current_language

GUIDE_SECTIONS = ("newcomers/", "toolbox/")
BOX = re.compile(r'^!!! \w+ (?P<cls>[\w-]+)(?: "(?P<title>[^"]*)")?\s*$')
ORG_LINK = re.compile(r"organisations/(?:index\.md)?#([a-z0-9-]+)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")

# For the language being built: {guide src_uri: handout File} and back.
_handouts: dict[str, File] = {}
_guides: dict[str, File] = {}


def handout_path(guide_path: str) -> str:
    """newcomers/housing.md -> newcomers/housing/handout.md"""
    return f"{guide_path[:-3]}/handout.md"


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
    """Ids of the organisations the guide's help box and In-short box link to, in order."""
    ids = []
    for cls in ("get-help", "in-short"):
        block = _raw_box(markdown, cls)
        ids.extend(i for i in ORG_LINK.findall(block) + [m[1] for m in sitedata.CONTACT_MARKER.findall(block)]
                   if i not in ids)
    return ids


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
    """The guide's web address (directory URLs, as hosted), absolute when the site URL is known."""
    url = lang.prefix + File(guide_path, "", "", True).url
    return f"{site_url.rstrip('/')}/{url}" if site_url else f"/{url}"


def qr_svg(address: str) -> str:
    # Medium error correction survives a crease or a smudge on paper.
    return segno.make(address, error="m", micro=False).svg_inline(scale=3, border=4, omitsize=True)


@event_priority(-150)  # after static-i18n has chosen each page's file for this language
def on_files(files, config):
    _handouts.clear()
    _guides.clear()
    lang = current_language(config)
    for guide in list(files.documentation_pages()):
        path = getattr(guide, "norm_src_uri", guide.src_uri)
        if not path.startswith(GUIDE_SECTIONS) or path.endswith("index.md") and path.startswith("newcomers/"):
            continue
        if getattr(guide, "locale", lang.code) != lang.code or not guide.abs_src_path:
            continue  # a page shown in another language has no handout in this one
        content = render(lang, path, Path(guide.abs_src_path), config.site_url)
        if content is None:
            continue
        # Under the language's own prefix, like the guide's page (nl at the root).
        handout = File.generated(config, lang.prefix + handout_path(path), content=content,
                                 inclusion=InclusionLevel.NOT_IN_NAV)
        files.append(handout)
        _handouts[guide.src_uri] = handout
        _guides[handout.src_uri] = guide
    return files


def on_page_markdown(markdown, page, config, files):
    # Links both ways, for the templates: "Print a handout" and "Back to the guide".
    handout = _handouts.get(page.file.src_uri)
    if handout is not None:
        page.meta["kb_handout_url"] = get_relative_url(handout.url, page.url)
    guide = _guides.get(page.file.src_uri)
    if guide is not None:
        page.meta["kb_guide_url"] = get_relative_url(guide.url, page.url)
    return markdown


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
        "kb_handout": {"guide": path},
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
