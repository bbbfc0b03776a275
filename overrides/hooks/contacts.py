"""Phone numbers and web addresses, taken from data/organisations.yml.

Belgian bodies change numbers and sites; a fact typed into ten languages is
corrected in one and stays wrong in nine. So pages never type a number or an
address: they write a marker, and this hook puts in what the record says.

    [[phone:unia]]  ->  a tap-to-call link, "0800 12 800"
    [[web:unia]]    ->  a link to the official home page, shown as "unia.be"

An unknown id, or an id whose record has no number or site, fails the build
with the page and line. `docs.py check` catches the same mistakes, and typed
numbers and addresses, without building.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from wegwijzer import sitedata


def on_page_markdown(markdown, page, config, files):
    if "[[" not in markdown:
        return markdown
    records = sitedata.contact_records()

    def render(match):
        kind, record_id = match.group(1), match.group(2)
        problem = sitedata.marker_problem(kind, record_id, records)
        if problem:
            line = markdown.count("\n", 0, match.start()) + 1
            raise PluginError(f"{page.file.src_uri}: body line {line}: {match.group(0)}: {problem}")
        record = records[record_id]
        if kind == "phone":
            return sitedata.phone_link(record["phone"])
        return sitedata.website_link(record["website"])

    return sitedata.CONTACT_MARKER.sub(render, markdown)
