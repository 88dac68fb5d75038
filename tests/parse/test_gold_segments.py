"""Labelled segments for references that have only their fields (biblio's gold sets, for training)."""

from __future__ import annotations

from typing import Any

from biblio.parse.training.data import labelled_tokens
from biblio.parse.training.gold_segments import gold_segments


def _segments(text: str, fields: dict[str, Any]) -> list[list[str]] | None:
    return gold_segments({"text": text, "fields": fields})


def test_an_apa_article_is_segmented_field_by_field() -> None:
    text = "Smith, J. A., & Jones, B. (2019). Title of the work. *Journal of Things*, *12*(3), 45–67. https://doi.org/10.1000/xyz"
    fields = {
        "type": "article-journal",
        "author": [{"family": "Smith", "given": "J. A."}, {"family": "Jones", "given": "B."}],
        "issued": {"date-parts": [[2019]]},
        "title": "Title of the work",
        "container-title": "Journal of Things",
        "volume": "12",
        "issue": "3",
        "page": "45–67",
        "DOI": "10.1000/xyz",
    }
    segs = _segments(text, fields)
    assert segs is not None
    labelled = [s for s in segs if s[0] != "other"]
    assert labelled == [
        ["author", "Smith, J. A., & Jones, B."],
        ["date", "2019"],
        ["title", "Title of the work"],
        ["journal", "Journal of Things"],
        ["volume", "12"],
        ["issue", "3"],
        ["pages", "45–67"],
        ["doi", "10.1000/xyz"],
    ]
    assert "".join(s[1] for s in segs) == text
    assert labelled_tokens({"text": text, "segments": segs}) is not None


def test_given_names_first_stay_with_their_family_names() -> None:
    text = "C. Perin, J. T. Stasko, J. Wood, et S. Carpendale, « Title here », Forum, vol. 37, juin 2018."
    fields = {
        "type": "article-journal",
        "author": [
            {"family": "Perin", "given": "C."},
            {"family": "Stasko", "given": "J. T."},
            {"family": "Wood", "given": "J."},
            {"family": "Carpendale", "given": "S."},
        ],
        "title": "Title here",
        "container-title": "Forum",
        "volume": "37",
        "issued": {"date-parts": [[2018, 6]]},
    }
    segs = _segments(text, fields)
    assert segs is not None
    assert ["author", "C. Perin, J. T. Stasko, J. Wood, et S. Carpendale"] in segs
    assert ["date", "juin 2018"] in segs


def test_an_editor_keeps_the_role_word_and_a_book_its_place() -> None:
    text = "Doe, A. (2001). A chapter. In B. Roe (Ed.), The book (pp. 1–9). Boston: House."
    fields = {
        "type": "chapter",
        "author": [{"family": "Doe", "given": "A."}],
        "editor": [{"family": "Roe", "given": "B."}],
        "issued": {"date-parts": [[2001]]},
        "title": "A chapter",
        "container-title": "The book",
        "page": "1–9",
        "publisher-place": "Boston",
        "publisher": "House",
    }
    segs = _segments(text, fields)
    assert segs is not None
    assert ["editor", "B. Roe (Ed.)"] in segs
    assert ["container-title", "The book"] in segs
    assert ["location", "Boston"] in segs and ["publisher", "House"] in segs


def test_a_value_the_text_does_not_hold_skips_the_reference() -> None:
    assert _segments("Smith, J. (2019). A title.", {"type": "book", "title": "Another title"}) is None
