"""Forms a body's name or another reader's shape had taken over: a body's page listed as ``Title, Body, date,
address`` (its publisher, no newspaper's outlet) and a body's name opening a dated page (no headline); a site's or
body's name after a spaced dash (no author); an article's title opening on ``Introduction to *Book*`` before its
journal (no note); a Japanese name in natural order before its characters (``Haruki Murakami 村上春樹``); a body's
name with its initials before APA's bracketed year (``U.K. Parliament, House of Lords (2018)``); and two mends that
keep to the labels they declare; a university after an APA italic title, the work's publisher."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.iso690_online import title_alone_before_access
from biblio.parse.mends.note_books import catalogue_entry_after_page
from biblio.parse.readers import apa, title_outlet_date
from biblio.parse.spans import Span

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a body after the title with the day and the address: its own page, the body its publisher
    (
        "Flood Resilience Strategy, City of Leeds, August 2, 2021, https://www.leeds.gov.uk/flood",
        {"type": "webpage", "title": "Flood Resilience Strategy", "publisher": "City of Leeds",
         "container-title": None},
    ),
    (
        "Air quality summary, Environment Protection Authority, May 20, 2019, https://www.epa.nsw.gov.au/air",
        {"type": "webpage", "title": "Air quality summary", "publisher": "Environment Protection Authority",
         "container-title": None},
    ),
    # a body's name opening the entry is its author, no part of a headline
    (
        "Food and Agriculture Organization. Soil health basics. FAO, 5 March 2022, https://www.fao.org/soils/basics",
        {"title": "Soil health basics", "author": [{"literal": "Food and Agriculture Organization"}]},
    ),
    (
        "National Gardening Association. Growing tomatoes well. NGA, 14 April 2020, https://garden.org/tomatoes",
        {"title": "Growing tomatoes well", "author": [{"literal": "National Gardening Association"}]},
    ),
    # a site's or body's name after a spaced dash is no person's
    (
        "Visit the Capitol - Virginia General Assembly https://virginiageneralassembly.gov/visit",
        {"author": None, "URL": "https://virginiageneralassembly.gov/visit"},
    ),
    ("Hours and Tickets - Virginia Beach Aquarium https://x.org/hours", {"author": None}),
    # an article's title on a book's introduction, its journal after it: the whole title, no note
    (
        "Jones K. Introduction to *Beloved*. Afr Am Rev. 1998;32(2):11-20.",
        {"title": "Introduction to Beloved", "note": None},
    ),
    (
        "Brown A. Preface to *Middlemarch*. Vic Stud. 2005;47(1):3-9.",
        {"title": "Preface to Middlemarch", "note": None},
    ),
    # a university after an italic title publishes the work; after a plain title it is the site the page is on
    (
        "Lee, K. (2019). *Campus trees of the Willamette Valley*. Oregon State University. https://x.oregonstate.edu/t",
        {"publisher": "Oregon State University", "container-title": None},
    ),
    (
        "Park, S. (2021). _Flood maps for small towns_. University of Iowa. https://x.uiowa.edu/floods",
        {"publisher": "University of Iowa", "container-title": None},
    ),
    (
        "Park, S. (2021). Flood maps for small towns. University of Iowa. https://x.uiowa.edu/floods",
        {"container-title": "University of Iowa", "publisher": None},
    ),
    # a name before its characters whose first word is no Chinese syllable: natural order
    (
        "Haruki Murakami 村上春樹, *Umibe no Kafuka* (Tokyo: Shinchōsha, 2002).",
        {"author": [{"family": "Murakami", "given": "Haruki"}]},
    ),
    (
        "Kenzaburo Oe 大江健三郎, *Kojinteki na taiken* (Tokyo: Shinchōsha, 1964).",
        {"author": [{"family": "Oe", "given": "Kenzaburo"}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix105_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Food and Agriculture Organization. Soil health basics. FAO, 5 March 2022, https://www.fao.org/soils/basics",
        "Centers for Disease Control and Prevention, Staying cool in summer, CDC, June 2, 2022, https://x.gov/cool",
    ],
)
def test_body_opening_is_no_headline(text: str) -> None:
    assert title_outlet_date.read(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "U.K. Parliament, House of Lords (2018) Select committee report. London: HMSO.",
        "U.S. Congress, House of Representatives (2012) Energy report. Washington, DC: GPO.",
    ],
)
def test_body_with_initials_is_apas_group_author(text: str) -> None:
    """A body's name with its initials before the bracketed year: APA's one group author."""
    reading = apa.read(text)
    assert reading is not None
    assert reading.item["author"] == [{"literal": text.split(" (", 1)[0]}]


def _spans(text: str, parts: list[tuple[str, str]]) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for label, part in parts:
        a = text.index(part, pos)
        out.append(Span(label, part, a, a + len(part), 0.9))
        pos = a + len(part)
    return out


def test_catalogue_entry_keeps_a_journals_numbers() -> None:
    text = "Smith, J. Notes. Art Journal (1973), 50, no. 108."
    spans = _spans(
        text,
        [("author", "Smith, J."), ("title", "Notes."), ("journal", "Art Journal"), ("date", "(1973),"),
         ("volume", "50, "), ("issue", "no. 108.")],
    )
    assert catalogue_entry_after_page(spans, text) == spans


def test_title_alone_keeps_a_title_span() -> None:
    text = "Historie obce. Dostupné online: https://example.cz/historie"
    spans = _spans(text, [("author", "Historie obce."), ("title", "Dostupné online:"), ("url", "https://example.cz/historie")])
    assert title_alone_before_access(spans, text) == spans
