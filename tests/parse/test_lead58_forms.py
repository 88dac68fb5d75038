"""IOP's plain form closing on a book's house (``Brown A 2020 The theory of everything Oxford University Press``): the
house stays the publisher of a book, not an outlet the title is in; the site or journal closing a web page's or an
online article's entry stays its container."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Brown A 2020 The theory of everything Oxford University Press",
        {"title": "The theory of everything", "publisher": "Oxford University Press", "container-title": None,
         "type": "book"},
    ),
    (
        "Haldane K and Moss T 2011 Walking the old roads of the moor Dartmoor Books",
        {"title": "Walking the old roads of the moor", "publisher": "Dartmoor Books", "container-title": None},
    ),
    # the outlet closing an entry with no numbers stays the container
    (
        "Okafor N 2019 Rising sea walls in coastal towns BBC News",
        {"title": "Rising sea walls in coastal towns", "container-title": "BBC News"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_as(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# A review's findings on the session's rules, each a neighbour they had misread.
REVIEW_CASES: list[tuple[str, dict[str, Any]]] = [
    # a title's head before a colon after one author is no name only as one word: "Tran Duc Thanh" is a person
    (
        "A. Smith, Tran Duc Thanh: Vietnamese history, Hanoi, 2001.",
        {"author": [{"family": "Smith", "given": "A."}, {"family": "Thanh", "given": "Tran Duc"}],
         "title": "Vietnamese history"},
    ),
    # a series' or a document's number after a colon is no journal's article number
    ("Smith, J. 2020. Title of the work. NBER Working Paper: 24567.", {"container-title": None, "page": None}),
    # a capitalised word in brackets before a colon is no acronym (the edition stays apart)
    ("World Bank. (2019). *Annual report* (Revised): Summary. World Bank.", {"title": "Annual report"}),
    # a year in brackets with its stop opening the text is the date, no list number
    ("(2001.) Some title. Journal 3, 1-10.", {"issued": {"date-parts": [[2001]]}}),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW_CASES)
def test_review_findings(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_long_list_of_names_before_a_german_note_reads_at_once() -> None:
    # the names' pattern once tried every way to split such a list (seconds at 200 characters, minutes at 2,000)
    import time

    from biblio.parse import read_reference

    text = "Meier, Karl / Huber, Eva; " * 40 + "Cc, Dd: „T“, in: *B*, hrsg. v. X Y, S. 1 x"
    start = time.process_time()
    read_reference(text)
    assert time.process_time() - start < 2.0
