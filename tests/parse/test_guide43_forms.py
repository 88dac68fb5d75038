"""Forms the style guides' own APA 7 and Chicago examples print (``guides_real15``): a report's kind in sentence
case before its number, a contributor "with" the author, a body whose common noun is set lower-case, a printed
paper's page after its name, a platform after a bracketed description, a podcast episode "In" its show with its
producer, and a manuscript collection cited whole with no author or date."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # APA 10.4: the report's kind in sentence case and its number are no part of the title
    (
        "Hargreaves, P. (2016). Patterns of rural employment: Evidence from ten districts (Research report 112). "
        "Department for Work and Pensions. https://www.gov.uk/research/rr112.pdf",
        {"title": "Patterns of rural employment: Evidence from ten districts", "number": "112",
         "container-title": None, "issue": None, "publisher": "Department for Work and Pensions"},
    ),
    (
        "Okafor, N., & Lind, T. (2019). Water tariffs and household demand (Technical report 7). Water Research "
        "Commission.",
        {"title": "Water tariffs and household demand", "number": "7", "container-title": None},
    ),
    # APA 9.10: the contributor a book is written "with" is no author
    (
        "Kaplan, R. (with Doyle, E.). (2016). The long walk home: A memoir (2nd ed.). Penguin Books.",
        {"author": [{"family": "Kaplan", "given": "R."}], "title": "The long walk home: A memoir"},
    ),
    # a body in its own language, its common noun lower-case: no person "kaupunki, Helsingin"
    (
        "Helsingin kaupunki (2021). Pyöräpysäköinti [Dataset]. Kaupunkiympäristö. https://hel.fi/data",
        {"author": [{"literal": "Helsingin kaupunki"}], "title": "Pyöräpysäköinti"},
    ),
    # APA 10.2: a printed paper's page after its name, the date to the day; a journal's volume keeps its italics
    (
        "Whitaker, L. (2019, March 3). Council approves new harbour plan. Daily Telegraph, 12. "
        "https://www.pressreader.com/uk/daily-telegraph/20190303",
        {"container-title": "Daily Telegraph", "page": "12", "volume": None},
    ),
    (
        "Reed, M. (2018, June 4). Tides of change. *Coastal Review, 41*, 7.",
        {"volume": "41", "page": "7"},
    ),
    # APA 10.15: the platform after a bracketed description is the work's site, not its publisher
    (
        "National Trust. (n.d.). Photos [Facebook page]. Facebook. Retrieved March 2, 2022, from "
        "https://www.facebook.com/nationaltrust/",
        {"container-title": "Facebook", "publisher": None, "title": "Photos"},
    ),
    # Chicago 18: a podcast episode "In" its show, then who produced it: the show, no publisher
    (
        "Okoro, Grace. “Counting the Birds.” March 3, 2023. In Field Notes. Produced by Sam Hale. Podcast. 31:10. "
        "https://example.org/fieldnotes/birds.",
        {"container-title": "Field Notes", "publisher": None, "title": "Counting the Birds"},
    ),
    # Chicago 14.235: an artwork's size with its unit after each number, after the year it was made
    (
        "Turner, Joseph Mallord William. The Fighting Temeraire. 1839. Mural study transferred to canvas, 90.7 cm × "
        "121.6 cm. National Gallery, London.",
        {"title": "The Fighting Temeraire", "issued": {"date-parts": [[1839]]}, "page": None, "publisher": None},
    ),
    # Chicago author-date: a printed paper's page after its date's year and a colon
    (
        "Moore, Helen. 2011. \"Floods Close Inland Roads.\" The Australian, January 12, 2011: 5.",
        {"container-title": "The Australian", "page": "5", "issued": {"date-parts": [[2011, 1, 12]]}},
    ),
    # APA 10.9: a data set's title runs to its bracket, a sentence of its own in it
    (
        "Statistics Norway (2020). Population by age and sex. Municipalities 1986-2020 [Dataset]. "
        "https://www.ssb.no/en/statbank/table/07459",
        {"title": "Population by age and sex. Municipalities 1986-2020"},
    ),
    # Chicago 14.232: a manuscript collection cited whole, no author, no date; an item's title before it
    (
        "Margaret Laurence fonds. William Ready Division of Archives and Research Collections, McMaster University "
        "Library.",
        {"title": "Margaret Laurence fonds", "author": None, "publisher": None, "type": "manuscript"},
    ),
    (
        "Howley Family Papers. COLL-262. Archives and Special Collections, Memorial University Libraries.",
        {"title": "Howley Family Papers", "number": "COLL-262", "author": None, "type": "manuscript"},
    ),
    (
        "Survey of Mill Lands. Josiah Crane Papers. Maine Historical Society, Portland, Maine.",
        {"title": "Survey of Mill Lands", "collection-title": "Josiah Crane Papers", "author": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_guide_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a book whose title names papers, with its author and publisher: no collection
        "Hamilton, Alexander, James Madison, and John Jay. The Federalist Papers. New York: Penguin Classics, 1987.",
        "Smith, J. (2005). The Paston letters. Oxford University Press.",
    ],
)
def test_not_a_collection(text: str) -> None:
    item = parse_reference(text)
    assert item.get("type") != "manuscript"
    assert item.get("author")


@pytest.mark.parametrize(
    "text",
    [
        # a translated title's bracket and the document's number kept in the title
        "Näringsutskottet. (2021). Elmarknaden [The electricity market] (2020/21:NU12). Sveriges Riksdag. "
        "https://data.riksdagen.se/fil/ABC123",
    ],
)
def test_held_form_is_flagged(text: str) -> None:
    assert needs_review(text)
