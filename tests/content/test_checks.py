"""The fast checks of `make check`: the real content passes them, and bad
input fails with the file, the line where known, and how to fix it."""

from __future__ import annotations

import shutil
import textwrap

import pytest

from wegwijzer import cli as docs
from wegwijzer import sitedata

GOOD_PAGE = """\
---
title: Een woning vinden
description: Hoe je een woning vindt na je erkenning.
audience: newcomers
tags: [wonen]
last_reviewed: 2026-11-01
---

# Een woning vinden

Kort. Duidelijk.
"""


@pytest.mark.parametrize("name", list(docs.CHECKS))
def test_the_real_content_passes(name):
    errors = docs.CHECKS[name]()
    assert not errors, "\n".join(str(e) for e in errors)


@pytest.fixture
def docs_dir(tmp_path, monkeypatch):
    """A throw-away docs/ folder the checks read instead of the real one."""
    (tmp_path / "nl" / "newcomers").mkdir(parents=True)
    monkeypatch.setattr(sitedata, "DOCS", tmp_path)
    return tmp_path


def test_a_missing_field_names_file_field_and_fix(docs_dir):
    page = docs_dir / "nl" / "newcomers" / "housing.md"
    page.write_text(GOOD_PAGE.replace("audience: newcomers\n", ""), encoding="utf-8")
    [error] = docs.check_front_matter()
    assert error.path.endswith("nl/newcomers/housing.md")
    assert "'audience' is missing" in error.message
    assert "newcomers, professionals, all, contributors" in error.message


def test_a_wrong_value_names_its_line(docs_dir):
    page = docs_dir / "nl" / "newcomers" / "housing.md"
    page.write_text(GOOD_PAGE.replace("last_reviewed: 2026-11-01", "last_reviewed: next week"), encoding="utf-8")
    [error] = docs.check_front_matter()
    assert error.line == 6
    assert "last_reviewed" in error.message and "YYYY-MM-DD" in error.message


def test_broken_yaml_names_its_line(docs_dir):
    page = docs_dir / "nl" / "newcomers" / "housing.md"
    page.write_text(GOOD_PAGE.replace("tags: [wonen]", "tags: [wonen"), encoding="utf-8")
    [error] = docs.check_front_matter()
    assert "not valid YAML" in error.message and error.line is not None


def test_a_translation_without_metadata_is_refused(docs_dir):
    (docs_dir / "nl" / "newcomers" / "housing.md").write_text(GOOD_PAGE, encoding="utf-8")
    (docs_dir / "en" / "newcomers").mkdir(parents=True)
    (docs_dir / "en" / "newcomers" / "housing.md").write_text(GOOD_PAGE, encoding="utf-8")
    [error] = docs.check_front_matter()
    assert error.path.endswith("en/newcomers/housing.md")
    assert "stamp" in error.message


def test_an_unknown_language_folder_is_refused(docs_dir):
    (docs_dir / "xx").mkdir()
    errors = [e for e in docs.check_pages() if e.path.endswith("xx")]
    assert errors and "not a configured language" in errors[0].message


def test_a_translation_of_a_removed_page_is_refused(docs_dir):
    (docs_dir / "en" / "newcomers").mkdir(parents=True)
    (docs_dir / "en" / "newcomers" / "gone.md").write_text(GOOD_PAGE, encoding="utf-8")
    errors = [e for e in docs.check_pages() if e.path.endswith("en/newcomers/gone.md")]
    assert errors and "does not exist" in errors[0].message


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    shutil.copytree(sitedata.DATA, tmp_path / "data")
    monkeypatch.setattr(sitedata, "DATA", tmp_path / "data")
    sitedata.ui_strings.cache_clear()
    yield tmp_path / "data"
    sitedata.ui_strings.cache_clear()


def _append_organisation(data_dir, record: str):
    path = data_dir / "organisations.yml"
    path.write_text(path.read_text(encoding="utf-8") + textwrap.indent(textwrap.dedent(record), "  "),
                    encoding="utf-8")
    return path


GOOD_RECORD = """\
- id: new-org
  name: New organisation
  website: https://example.org/
  regions: [ghent]
  themes: [community]
  audiences: [newcomers]
  last_checked: 2026-11-01
  description:
    nl: Een nieuwe organisatie in Gent.
    en: A new organisation in Ghent.
"""


@pytest.mark.parametrize(
    "change, expected",
    [
        (("  regions: [ghent]\n", "  regions: [mars]\n"), "regions"),
        (("  themes: [community]\n", "  themes: [cooking]\n"), "themes"),
        (("  name: New organisation\n", ""), "'name' is missing"),
        (("  last_checked: 2026-11-01\n", "  last_checked: 2999-01-01\n"), "in the future"),
        (("  regions: [ghent]\n", "  regions: [ghent]\n  website: cavaria\n"), "website"),
        (("- id: new-org\n", "- id: merhaba\n"), "duplicate id"),
    ],
)
def test_a_bad_organisation_names_record_line_and_fix(data_dir, change, expected):
    path = _append_organisation(data_dir, GOOD_RECORD.replace(*change))
    errors = docs.check_organisations()
    assert errors, "the bad record was accepted"
    assert any(expected in e.message for e in errors), [str(e) for e in errors]
    assert all(e.path == str(path) for e in errors)
    assert any(e.line for e in errors)


def test_a_good_organisation_passes(data_dir):
    _append_organisation(data_dir, GOOD_RECORD)
    assert docs.check_organisations() == []


def test_an_organisation_without_website_or_phone_says_how_to_reach_it(data_dir):
    _append_organisation(data_dir, GOOD_RECORD.replace("  website: https://example.org/\n", ""))
    [error] = docs.check_organisations()
    assert "new-org: 'reach' is missing" in error.message and "neither a website nor a phone" in error.message


def test_a_missing_ui_key_is_named(data_dir):
    path = data_dir / "ui" / "en.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("  label: Leave quickly\n", ""), encoding="utf-8")
    errors = [e for e in docs.check_ui_strings() if e.path.endswith("en.yml")]
    assert [e.message for e in errors] == [
        "missing key 'quick_exit.label': add it, translated (Dutch: \"Snel weg\")"
    ]


def test_long_sentences_fail_the_plain_language_check(docs_dir, monkeypatch):
    long = " ".join(["woord"] * 30) + "."
    page = docs_dir / "nl" / "newcomers" / "housing.md"
    page.write_text(GOOD_PAGE.replace("Kort. Duidelijk.", f"{long} {long}"), encoding="utf-8")
    errors = docs.check_plain_language()
    assert [e.path for e in errors] == [str(page)] * 2
    assert "average 30.0 words" in errors[0].message


def test_sources_and_markup_do_not_count_as_sentences():
    body = "Kort.\n\n- Punt een\n- [Link](x.md) twee\n\n## Bronnen {#sources}\n\n- " + "lang " * 50
    assert docs.prose_sentences(body) == ["Kort.", "Punt een", "Link twee"]


def test_a_scaffolded_page_and_its_translation_pass_the_checks(docs_dir):
    """`docs.py new` is how contributors start a page: what it writes must be valid."""
    assert docs.main(["new", "newcomers/finding-a-doctor.md"]) == 0
    assert docs.main(["new", "newcomers/finding-a-doctor.md", "--lang", "en"]) == 0
    assert not docs.check_front_matter()
    translation = (docs_dir / "en" / "newcomers" / "finding-a-doctor.md").read_text(encoding="utf-8")
    assert "status: machine" in translation
    assert sitedata.translation_state("en", "newcomers/finding-a-doctor.md") == "machine"


# --- contact facts: typed numbers and addresses, markers -------------------------

PAGE_WITH_BODY = GOOD_PAGE.replace("Kort. Duidelijk.\n", "{body}\n")


def _contact_errors(docs_dir, body: str):
    page = docs_dir / "nl" / "newcomers" / "housing.md"
    page.write_text(PAGE_WITH_BODY.format(body=body), encoding="utf-8")
    return docs.check_contacts()


def test_a_typed_phone_number_names_the_line_and_the_marker(docs_dir):
    [error] = _contact_errors(docs_dir, "Kort.\n\nBel gratis naar Unia op 0800 12 800.")
    assert error.path.endswith("nl/newcomers/housing.md") and error.line == 13
    assert "0800 12 800" in error.message and "[[phone:unia]]" in error.message


def test_a_number_with_non_breaking_spaces_is_caught_too(docs_dir):
    [error] = _contact_errors(docs_dir, "Bel 0800\u00a012\u00a0800 of schrijf.")
    assert "[[phone:unia]]" in error.message


def test_a_typed_short_number_is_caught_too(docs_dir):
    [error] = _contact_errors(docs_dir, "In direct gevaar? Bel 112.")
    assert "'112'" in error.message and "[[phone:emergency-112]]" in error.message


def test_a_number_that_is_not_in_the_data_says_where_to_add_it(docs_dir):
    [error] = _contact_errors(docs_dir, "Bel ons op 02 123 45 67.")
    assert "not in data/organisations.yml" in error.message


def test_a_typed_web_address_names_the_marker(docs_dir):
    [error] = _contact_errors(docs_dir, "Kijk op www.unia.be of mail.")
    assert "[[web:unia]]" in error.message
    [error] = _contact_errors(docs_dir, "Kijk op https://example.org/hulp voor meer.")
    assert "not an organisation's website" in error.message and "Sources" in error.message


def test_sources_may_cite_pages_and_dates_and_amounts_are_not_numbers(docs_dir):
    body = ("Sinds 1 maart 2022 kost het tot €180, 40 uur, 11 juni 2024.\n\n"
            "## Bronnen {#sources}\n\n- Unia, FAQ (unia.be/nl/faq), 0800 12 800")
    assert _contact_errors(docs_dir, body) == []


def test_an_unknown_marker_fails_with_the_fix(docs_dir):
    [error] = _contact_errors(docs_dir, "Bel [[phone:genderkamer]] of [[phone:unia]].")
    assert "no organisation 'genderkamer'" in error.message and error.line == 11
    [error] = _contact_errors(docs_dir, "Zie [[phone:merhaba]].")
    assert "'merhaba' has no phone" in error.message


def test_records_older_than_a_year_are_listed_as_stale():
    records = sitedata.organisations()
    newest = max(r["last_checked"] for r in records)
    import datetime as dt
    assert docs.stale_records(today=newest) == []
    stale = docs.stale_records(today=newest + dt.timedelta(days=3 * 366))
    assert {r["id"] for r, _ in stale} == {r["id"] for r in records}
    assert all(line for _, line in stale)
