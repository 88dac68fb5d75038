"""The law reviews' citation (OSCOLA, McGill, and French legal notes after them): ``(Year) Volume Journal Page``,
the year in brackets, the volume, the journal, then the first page. The references are written for the tests."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.law_reviews import law_review_numbers
from tests.parse.test_mends_confusions import fields, spans_of


def test_volume_read_into_the_bracketed_year() -> None:
    text = "Brown, A., “Liability at sea”, (2008) 22 Maritime Law Review, 341."
    spans = spans_of(
        text,
        [
            ("author", "Brown, A.,"),
            ("title", "“Liability at sea”,"),
            ("date", "(2008) 22"),
            ("journal", "Maritime Law Review,"),
            ("volume", "341."),
        ],
    )
    assert fields(law_review_numbers(spans, text), text)[2:] == [
        ("date", "(2008)"),
        ("volume", "22"),
        ("journal", "Maritime Law Review,"),
        ("pages", "341."),
    ]


def test_marked_issue_read_as_pages() -> None:
    text = "Morel, J., « Le fret », (2011) n°3301 Bull. Transp. p. 112."
    spans = spans_of(
        text,
        [
            ("author", "Morel, J.,"),
            ("title", "« Le fret »,"),
            ("date", "(2011)"),
            ("pages", "n°3301"),
            ("journal", "Bull. Transp."),
            ("pages", "p. 112."),
        ],
    )
    assert fields(law_review_numbers(spans, text), text)[3:] == [
        ("issue", "n°3301"),
        ("journal", "Bull. Transp."),
        ("pages", "p. 112."),
    ]


def test_law_review_whole_reference() -> None:
    item = read_reference("Gray, K., “Property in thin air”, (1991) 50 Cambridge Law Journal 252.")
    assert item["volume"] == "50"
    assert item["page"] == "252"
    assert item["container-title"] == "Cambridge Law Journal"
    assert item["issued"] == {"date-parts": [[1991]]}


def test_anything_after_the_page_leaves_the_reading() -> None:
    # a page range then a DOI: no law review's first page closing the reference
    text = "Brown, A., “Liability”, (2008) 22 Maritime Law Review, 341-360, doi:10.1000/x."
    spans = spans_of(
        text,
        [
            ("author", "Brown, A.,"),
            ("title", "“Liability”,"),
            ("date", "(2008)"),
            ("volume", "22"),
            ("journal", "Maritime Law Review,"),
            ("pages", "341-360,"),
            ("doi", "doi:10.1000/x."),
        ],
    )
    assert law_review_numbers(spans, text) == spans
