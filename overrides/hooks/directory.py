"""The directory of organisations, rendered from data/organisations.yml.

Generated at build time so every language lists the same organisations with
the same facts; only the description and labels are per language. Each entry
is a heading with the organisation's id, so a guide's link
`../organisations/index.md#merhaba` is checked by MkDocs' anchor validation
and an unknown id fails the strict build. The list is complete without
JavaScript; assets/javascripts/directory-filter.js adds the filters.
"""

from __future__ import annotations

import html

from wegwijzer import icons, sitedata
from wegwijzer import page as page_context

MARKER = "<!-- organisation-list -->"
REGION_ORDER = ("belgium", "flanders", "brussels", "antwerp", "ghent")
# The places inside a region. An organisation for all of Belgium serves a
# reader in Brussels too, so the region filter shows it there; one for
# Flanders shows under Antwerp and Ghent.
REGION_PARTS = {"belgium": ("flanders", "brussels", "antwerp", "ghent"), "flanders": ("antwerp", "ghent")}


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    lang = page_context.build_language(config)
    return markdown.replace(MARKER, render(lang))


def on_page_content(html, page, config, files):
    # The contents list the regions, not every organisation: on a phone the
    # menu held 32 names above the rest of the site's pages, and Material
    # watches the place of every heading it lists (some 130 fewer elements
    # and one watcher per region instead of per organisation). The
    # filters and search find an organisation; its heading stays an anchor.
    for item in _walk(page.toc):
        if item.id.startswith("region-"):
            item.children = []
    return html


def _walk(items):
    for item in items:
        yield item
        yield from _walk(item.children)


def render(lang: sitedata.Language) -> str:
    ui = sitedata.ui_strings(lang.code)
    orgs = sitedata.organisations()
    parts = [_filters(ui)]
    for region in REGION_ORDER:
        members = [o for o in orgs if o["regions"][0] == region]
        if not members:
            continue
        parts.append(f'<section class="kb-org-group" data-region-group="{region}" markdown="1">\n')
        parts.append(f"## {ui['directory.regions.' + region]} {{#region-{region}}}\n")
        parts.extend(_entry(org, lang, ui) for org in sorted(members, key=lambda o: _name(o, lang).casefold()))
        parts.append("</section>\n")
    return "\n".join(parts)


def _filters(ui) -> str:
    def select(name: str, key: str, values) -> str:
        options = "".join(
            f'<option value="{v}">{html.escape(ui[f"directory.{key}.{v}"])}</option>' for v in values
        )
        return (
            f'<label class="kb-filter"><span>{html.escape(ui["directory." + name])}</span>'
            f'<select name="{name}"><option value="">{html.escape(ui["directory.all"])}</option>'
            f"{options}</select></label>"
        )

    themes = [k.split(".")[-1] for k in ui if k.startswith("directory.themes.")]
    audiences = [k.split(".")[-1] for k in ui if k.startswith("directory.audiences.")]
    # Shown from the first paint (no shift when the script arrives); without
    # JavaScript a <noscript> stylesheet hides it (main.html) and the whole list shows.
    return (
        f'<form class="kb-filters" aria-label="{html.escape(ui["directory.filter_title"])}">'
        f'<p>{html.escape(ui["directory.filter_hint"])}</p>'
        + select("region", "regions", REGION_ORDER)
        + select("theme", "themes", themes)
        + select("audience", "audiences", audiences)
        + f'<p class="kb-filter-count" aria-live="polite" data-label="{html.escape(ui["directory.showing"])}"'
        f' data-empty="{html.escape(ui["directory.no_results"])}"></p></form>\n'
    )


def _served(regions: list[str]) -> list[str]:
    """The regions an organisation serves: its own and the places inside them."""
    served = []
    for region in regions:
        served.extend(r for r in (region, *REGION_PARTS.get(region, ())) if r not in served)
    return served


def _name(org: dict, lang: sitedata.Language) -> str:
    return (org.get("names") or {}).get(lang.code, org["name"])


def _localised(org: dict, field: str, lang: sitedata.Language) -> tuple[str | None, str | None]:
    """(text, language it is in) of a per-language field, falling back to English."""
    values = org.get(field) or {}
    for code in (lang.code, "en"):
        if code in values:
            return values[code], code
    return None, None


def _entry(org: dict, lang: sitedata.Language, ui) -> str:
    desc, desc_lang = _localised(org, "description", lang)
    desc_attrs = "" if desc_lang == lang.code else f' lang="{desc_lang}" dir="ltr"'
    name = _name(org, lang)
    # Large buttons where there is a number or a site: the thumb's way to reach them.
    actions = []
    if org.get("phone"):
        actions.append(f'<a class="md-button md-button--primary kb-call" href="{sitedata.phone_href(org["phone"])}" '
                       f'>{icons.svg("material/phone")}<span>{html.escape(ui["directory.call"])}</span>'
                       f'<span class="kb-visually-hidden"> {html.escape(name)}</span> '
                       f'<span dir="ltr">{org["phone"].replace(" ", chr(0xA0))}</span></a>')
    if org.get("website"):
        actions.append(f'<a class="md-button kb-web" href="{html.escape(org["website"])}" rel="noopener noreferrer" '
                       f'>{icons.svg("material/open-in-new")}<span>{html.escape(ui["directory.open_website"])}</span>'
                       f'<span class="kb-visually-hidden"> {html.escape(name)}</span> '
                       f'<span dir="ltr">{html.escape(sitedata.website_shown(org["website"]))}</span></a>')
    facts = []
    reach, reach_lang = _localised(org, "reach", lang)
    if reach:
        attrs = "" if reach_lang == lang.code else f' lang="{reach_lang}" dir="ltr"'
        facts.append(f'<dt>{html.escape(ui["directory.reach"])}</dt><dd{attrs}>{html.escape(reach)}</dd>')
    for field, key in (("regions", "region"), ("themes", "theme"), ("audiences", "audience")):
        labels = ", ".join(ui[f"directory.{field}.{v}"] for v in org[field])
        facts.append(f'<dt>{html.escape(ui["directory." + key])}</dt><dd>{html.escape(labels)}</dd>')
    checked = org["last_checked"].isoformat()
    facts.append(
        f'<dt>{html.escape(ui["directory.last_checked"])}</dt><dd><time datetime="{checked}">{checked}</time></dd>'
    )
    # Entries this one took over keep their anchors, so old links
    # (…/organisations/#vlaamse-ombudsdienst-genderkamer) land here.
    aliases = "".join(f'<span id="{old}" class="kb-anchor"></span>' for old in org.get("replaces") or [])
    return (
        f'<div class="kb-org" data-region="{" ".join(_served(org["regions"]))}" data-theme="{" ".join(org["themes"])}"'
        f' data-audience="{" ".join(org["audiences"])}" markdown="1">\n\n'
        + (f"{aliases}\n\n" if aliases else "")
        + f'### {html.escape(name)} {{#{org["id"]}}}\n\n'
        f'<p{desc_attrs}>{html.escape(desc)}</p>\n'
        + (f'<p class="kb-org-actions">{"".join(actions)}</p>\n' if actions else "")
        + f'<dl class="kb-org-facts">{"".join(facts)}</dl>\n\n</div>\n'
    )
