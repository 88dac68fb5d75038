"""British author-date imprints: the publisher before the place (``Book, Tempus, Stroud.``), and after the
place's colon with the chapter's pages after it (``Oxford: Oxbow Books. 147-76.``, ``… Publications.
xi-xiv.``), the forms the humanities_real3 gold set showed the parser reading as one place, an edition or
one publisher; each as a reference written for this test and as the mend that repairs it."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.chapter_imprints import publisher_after_colon
from biblio.parse.mends.publisher_first import publisher_comma_place
from tests.parse.test_mends_humanities import labelled, spans_of


def test_book_with_publisher_then_city() -> None:
    item = parse_reference("Moore, H. 1979 Hillforts of the Welsh Marches, Academic Press, London.")
    assert item["publisher"] == "Academic Press"
    assert item["publisher-place"] == "London"


def test_publisher_comma_place_divides_one_place() -> None:
    text = "Ives, P. 1988 Old Roads, John Murray, Edinburgh."
    spans = spans_of(
        text,
        [("author", "Ives, P."), ("date", "1988"), ("title", "Old Roads,"), ("location", "John Murray, Edinburgh.")],
    )
    assert labelled(publisher_comma_place(spans, text))[3:] == [
        ("publisher", "John Murray"),
        ("location", "Edinburgh."),
    ]


def test_publisher_comma_place_takes_an_edition_before_the_city() -> None:
    text = "Ives, P. 1990 'Wells' in Lund, K. (eds) Water, Oxbow, Oxford, 3-9."
    read = [
        ("author", "Ives, P."),
        ("date", "1990"),
        ("title", "'Wells'"),
        ("editor", "in Lund, K. (eds)"),
        ("container-title", "Water,"),
        ("edition", "Oxbow,"),
        ("location", "Oxford,"),
        ("pages", "3-9."),
    ]
    assert labelled(publisher_comma_place(spans_of(text, read), text))[5] == ("publisher", "Oxbow,")


def test_publisher_comma_place_leaves_a_place_with_its_region_or_country() -> None:
    for place in ("Cambridge, MA.", "Mexico City, Mexico.", "Paris, France."):
        text = f"Ives, P. 1988 Old Roads, {place}"
        spans = spans_of(text, [("author", "Ives, P."), ("date", "1988"), ("title", "Old Roads,"), ("location", place)])
        assert publisher_comma_place(spans, text) is spans


def test_publisher_after_colon_is_no_edition() -> None:
    text = "Ives, P. 1990 'Wells' in Lund, K. (ed) Water, 2nd Edition, Leeds: Maney Books. 3-9."
    read = [
        ("author", "Ives, P."),
        ("date", "1990"),
        ("title", "'Wells'"),
        ("editor", "in Lund, K. (ed)"),
        ("container-title", "Water,"),
        ("edition", "2nd Edition,"),
        ("location", "Leeds:"),
        ("edition", "Maney Books."),
        ("pages", "3-9."),
    ]
    assert labelled(publisher_after_colon(spans_of(text, read), text))[5:8] == [
        ("edition", "2nd Edition,"),
        ("location", "Leeds:"),
        ("publisher", "Maney Books."),
    ]


def test_roman_pages_after_the_publisher() -> None:
    item = parse_reference(
        "Ives, P. 2015 'Preface' in P. Lund (ed) Wells and Springs, London: Maney Publications. ix-xii."
    )
    assert item["publisher"] == "Maney Publications"
    assert item["page"] == "ix-xii"
