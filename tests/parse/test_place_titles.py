"""British Harvard's unquoted title that ends on the places it is about, with commas, before the journal
(``… at Mill Lane, Hedge End, Southampton, Proceedings of the … Society 40, 1-20``): references written for
these tests, and the mend that gives the places back to the title."""

from __future__ import annotations

from biblio.parse.mends.place_titles import places_closing_title
from tests.parse.test_mends_humanities import labelled, spans_of


def test_places_after_a_read_title_close_it() -> None:
    text = (
        "Hall, A. 1990 A Roman farmstead at Mill Lane, Hedge End, Southampton, "
        "Proceedings of the Local Society 40, 1-20."
    )
    spans = spans_of(
        text,
        [
            ("author", "Hall, A."),
            ("date", "1990"),
            ("title", "A Roman farmstead at Mill Lane,"),
            ("journal", "Hedge End, Southampton, Proceedings of the Local Society"),
            ("volume", "40,"),
            ("pages", "1-20."),
        ],
    )
    assert labelled(places_closing_title(spans, text))[2:4] == [
        ("title", "A Roman farmstead at Mill Lane, Hedge End, Southampton"),
        ("journal", "Proceedings of the Local Society"),
    ]


def test_title_and_places_read_as_the_journal_after_the_year() -> None:
    text = "Hall, A. 1990 Excavations at a Roman villa, East Kent 1980-85, Kent Archaeological Collections 12, 1-20."
    spans = spans_of(
        text,
        [
            ("author", "Hall, A."),
            ("date", "1990"),
            ("journal", "Excavations at a Roman villa, East Kent 1980-85, Kent Archaeological Collections"),
            ("volume", "12,"),
        ],
    )
    assert labelled(places_closing_title(spans, text))[2:4] == [
        ("title", "Excavations at a Roman villa, East Kent 1980-85"),
        ("journal", "Kent Archaeological Collections"),
    ]


def test_names_and_title_in_a_journal_without_a_year_before_stay() -> None:
    text = "T. E. Oliphant, Python for Computing, Computing in Science & Engineering 9, 10 (2007)."
    spans = spans_of(
        text,
        [("journal", "T. E. Oliphant, Python for Computing, Computing in Science & Engineering"), ("volume", "9,")],
    )
    assert places_closing_title(spans, text) is spans


def test_a_clause_that_is_no_place_stays_in_the_journal() -> None:
    text = "Hall, A. 1990 A farmstead, with notes on the pottery, Proceedings of the Local Society 40, 1-20."
    spans = spans_of(
        text,
        [
            ("author", "Hall, A."),
            ("date", "1990"),
            ("title", "A farmstead,"),
            ("journal", "with notes on the pottery, Proceedings of the Local Society"),
            ("volume", "40,"),
        ],
    )
    assert places_closing_title(spans, text) is spans
