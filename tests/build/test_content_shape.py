"""What every guide must show, checked on the built pages: the boxes for
newcomers, sources, the shared toolbox headings, the translation status."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from wegwijzer import sitedata
from wegwijzer.language_of import language_of
from test_site import article_text, page_file

TOOLBOX_HEADINGS = ["why-it-matters", "what-goes-wrong", "what-you-can-do-tomorrow",
                    "what-your-organisation-can-do", "where-to-find-support", "sources"]
SERVICE_PAGES = ["toolbox/asylum-reception.md", "toolbox/housing.md", "toolbox/health-care.md",
                 "toolbox/police.md", "toolbox/city-services.md", "toolbox/education-and-youth-work.md",
                 "toolbox/integration-services.md"]
GUIDES = [p for p in sitedata.page_paths()
          if p.startswith(("newcomers/", "professionals/", "toolbox/")) and not p.endswith("index.md")]


def _soup(site, code, path):
    return BeautifulSoup(page_file(site, code, path).read_text(encoding="utf-8"), "lxml")


def _translated(code, path):
    return (sitedata.DOCS / code / path).exists()


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_newcomer_pages_have_the_three_boxes(site, lang):
    missing = []
    for path in (p for p in sitedata.page_paths() if p.startswith("newcomers/")):
        html = _soup(site, lang.code, path)
        for selector in (".admonition.in-short", ".admonition.get-help", "#sources"):
            if not html.select_one(f"article {selector}"):
                missing.append(f"{path}: {selector}")
        help_box = html.select_one(".admonition.get-help")
        if help_box and not help_box.find("a", href=lambda h: h and "organisations/" in h):
            missing.append(f"{path}: the help box does not link to the directory")
    assert not missing, f"{lang.code}:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_every_guide_ends_with_sources(site, lang):
    missing = [p for p in GUIDES if not _soup(site, lang.code, p).select_one("article #sources + ul, article #sources + ol")]
    assert not missing, f"{lang.code}: no sources list on {missing}"


@pytest.mark.parametrize("code", ["nl", "en", "fr"])
def test_toolbox_service_pages_share_their_headings(site, code):
    wrong = []
    for path in SERVICE_PAGES:
        ids = [h.get("id") for h in _soup(site, code, path).select("article h2")]
        if ids != TOOLBOX_HEADINGS:
            wrong.append(f"{path}: {ids}")
    assert not wrong, "\n".join(wrong)


def test_case_studies_are_fictional_with_reflection_questions(site):
    for code in ("nl", "en", "fr"):
        html = _soup(site, code, "professionals/case-studies.md")
        cases = html.select("article h2")
        cases = [h for h in cases if h.get("id") != "sources"]
        assert len(cases) >= 4, f"{code}: {len(cases)} cases"


@pytest.mark.parametrize("lang", [l for l in sitedata.languages() if not l.default], ids=lambda l: l.code)
def test_translated_pages_show_their_status_in_the_readers_language(site, lang):
    ui = sitedata.ui_strings(lang.code)
    problems = []
    for path in sitedata.page_paths():
        if not _translated(lang.code, path):
            continue
        state = sitedata.translation_state(lang.code, path)
        notice = _soup(site, lang.code, path).select_one("aside.kb-notice")
        if notice is None or notice.get("data-kb-translation") != state:
            problems.append(f"{path}: expected a '{state}' notice")
        elif state in ("machine", "outdated") and ui["notice.machine"] not in notice.get_text(" "):
            problems.append(f"{path}: notice not in the reader's language")
        elif not notice.find("a", hreflang="nl"):
            problems.append(f"{path}: no link to the Dutch original")
    assert not problems, f"{lang.code}:\n" + "\n".join(problems)


# The page paths the content plan promises (shared/content-plan.md), which
# every language that carries them must have in its own words. A page added
# later may wait for its translations: readers then get English, with a notice.
CONTENT_PLAN = [
    "index.md", "glossary.md", "organisations/index.md",
    *[f"newcomers/{p}.md" for p in ("index", "your-rights", "asylum", "integration", "housing",
                                    "work-and-income", "health", "mental-health", "safety", "community")],
    *[f"professionals/{p}.md" for p in ("index", "first-steps", "hesitation", "frame-of-reference",
                                        "beyond-stereotypes", "interpreters", "organisational-policy",
                                        "case-studies", "training")],
    *[f"toolbox/{p}.md" for p in ("index", "safe-space-checklist", "asylum-reception", "housing", "health-care",
                                  "police", "city-services", "education-and-youth-work", "integration-services")],
    *[f"about/{p}.md" for p in ("index", "safety-and-privacy", "accessibility", "translations", "download",
                                "contribute")],
]


@pytest.mark.parametrize("lang", sitedata.languages(), ids=lambda l: l.code)
def test_every_content_plan_page_is_written_in_each_language_that_carries_it(site, lang):
    problems = []
    for path in (p for p in CONTENT_PLAN if lang.carries(p)):
        if not (sitedata.DOCS / lang.code / path).exists():
            problems.append(f"{path}: no docs/{lang.code}/{path}")
            continue
        detected = language_of(article_text(page_file(site, lang.code, path)))
        if detected != lang.code:
            problems.append(f"{path}: reads as {detected}")
    assert not problems, f"{lang.code}:\n" + "\n".join(problems)
