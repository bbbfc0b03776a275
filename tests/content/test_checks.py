"""The fast checks of `make check`: the real content passes them, and bad
input fails with the file, the line where known, and how to fix it."""

from __future__ import annotations

import shutil
import textwrap

import pytest

import docs
import sitedata

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
