"""Imprints that name the publisher, then a town no list of places holds (biblatex's and Springer's
``Springer, Cham,``, Harvard's ``Tempus, Stroud.``), and a publisher named after the towns it then gives
as its place (``Springer Berlin Heidelberg, Berlin, Heidelberg``): references written for these tests,
and the mends that divide the imprint."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.repeated_places import towns_in_publisher_name
from biblio.parse.mends.town_imprints import town_after_publisher
from tests.parse.test_mends_humanities import labelled, spans_of


def test_biblatex_chapter_with_publisher_then_town() -> None:
    item = parse_reference(
        "A. Smith and B. Jones. 2021. “Solving Puzzles.” In: *Proceedings of the Workshop*. Ed. by C. Brown. "
        "Vol. 120. Springer, Cham, 10–20."
    )
    assert item["publisher"] == "Springer"
    assert item["publisher-place"] == "Cham"


def test_harvard_book_with_short_publisher_then_town() -> None:
    item = parse_reference("Hodges, R. 2001 The Villas of the Downs, Tempus, Stroud.")
    assert item["publisher"] == "Tempus"
    assert item["publisher-place"] == "Stroud"


def test_town_after_publisher_divides_one_publisher() -> None:
    text = "Doe, J. 2020. Title. Springer, Cham, 1-9."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("date", "2020."),
            ("title", "Title."),
            ("publisher", "Springer, Cham,"),
            ("pages", "1-9."),
        ],
    )
    assert labelled(town_after_publisher(spans, text))[3:5] == [("publisher", "Springer"), ("location", "Cham,")]


def test_town_after_publisher_leaves_a_town_and_its_country() -> None:
    text = "Doe, J. 2019. Meeting notes, Sapporo, Japan."
    spans = spans_of(
        text, [("author", "Doe, J."), ("date", "2019."), ("title", "Meeting notes,"), ("location", "Sapporo, Japan.")]
    )
    assert town_after_publisher(spans, text) is spans


def test_town_after_publisher_leaves_a_school_and_its_campus() -> None:
    text = "Doe, J. 1967. Title. Master's thesis, California State College, Fullerton."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("date", "1967."),
            ("title", "Title."),
            ("genre", "Master's thesis,"),
            ("publisher", "California State College, Fullerton."),
        ],
    )
    assert town_after_publisher(spans, text) is spans


def test_town_after_publisher_leaves_a_person_before_the_publisher() -> None:
    text = "KANT, E. Critique, trad. Alain RENAUT, Flammarion, 1994."
    spans = spans_of(
        text,
        [
            ("author", "KANT, E."),
            ("title", "Critique, trad."),
            ("publisher", "Alain RENAUT, Flammarion,"),
            ("date", "1994."),
        ],
    )
    assert town_after_publisher(spans, text) is spans


def test_publisher_named_after_its_towns() -> None:
    for text in (
        "12. Smith, A. Graph Theory, vol. 40 of Graduate Texts in Mathematics. "
        "(Springer Berlin Heidelberg, Berlin, Heidelberg, 2004).",
        "Jones, B. 2010. Title of the chapter. In: *Book of Studies*. Ed. by C. Brown. "
        "Springer Berlin Heidelberg, Berlin, Heidelberg, 10–20.",
    ):
        item = parse_reference(text)
        assert item["publisher"] == "Springer Berlin Heidelberg"
        assert item["publisher-place"] == "Berlin, Heidelberg"


def test_towns_in_publisher_name_moves_the_repeated_towns() -> None:
    text = "Doe, J. 2004. Title. Springer Berlin Heidelberg, Berlin, Heidelberg."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("date", "2004."),
            ("title", "Title."),
            ("publisher", "Springer"),
            ("location", "Berlin Heidelberg, Berlin, Heidelberg."),
        ],
    )
    assert labelled(towns_in_publisher_name(spans, text))[3:] == [
        ("publisher", "Springer Berlin Heidelberg"),
        ("location", "Berlin, Heidelberg."),
    ]


def test_towns_in_publisher_name_leaves_a_place_said_once() -> None:
    text = "Doe, J. 2004. Title. Springer, Berlin, Germany."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("date", "2004."),
            ("title", "Title."),
            ("publisher", "Springer,"),
            ("location", "Berlin, Germany."),
        ],
    )
    assert towns_in_publisher_name(spans, text) is spans
