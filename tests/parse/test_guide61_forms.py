"""Forms of style guides' Chicago notes and bibliography entries and APA 7 entries (round guide61, set
``guides_real32``): a note's number come down from its raised place before an authorless work's quoted title
(``1 “Title,” …``), a page's change dated by its month or year alone (``last modified 2017``), and APA's piece dated
to its month with a bare name after its title, a magazine's (``(2020, May/June). Title. Restaurant Business.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "1 “Chicago-Style Citation Quick Guide, 17th Edition,” The University of Chicago, last modified 2017, "
        "http://chicagomanualofstyle.org/tools_citationguide.html.",
        {
            "title": "Chicago-Style Citation Quick Guide, 17th Edition",
            "container-title": "The University of Chicago",
            "issued": {"date-parts": [[2017]]},
            "citation-number": "1",
        },
    ),
    (
        "4. “About Us,” BBC, last modified June 2019, https://www.bbc.co.uk/aboutthebbc.",
        {"title": "About Us", "container-title": "BBC", "issued": {"date-parts": [[2019, 6]]}},
    ),
    (
        "“Chicago-Style Citation Quick Guide, 17th Edition.” The University of Chicago. Last modified 2017. "
        "http://chicagomanualofstyle.org/tools_citationguide.html.",
        {"container-title": "The University of Chicago", "issued": {"date-parts": [[2017]]}},
    ),
    (
        "Maze, J. (2020, May/June). Game of chicken: Popeyes' sandwich and Chick-fil-A's consistency proved again "
        "that America can't get enough chicken. Restaurant Business.",
        {"type": "article-magazine", "container-title": "Restaurant Business", "publisher": None},
    ),
    (
        "Neering, R. (2003, Spring). Zigzagging to Zeballos. British Columbia Magazine.",
        {"container-title": "British Columbia Magazine", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide61_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a book is dated by its year: its publisher stays one
        (
            "Freire, P. (2021). Education for critical consciousness. Bloomsbury Academic.",
            {"publisher": "Bloomsbury Academic"},
        ),
        # a body's month-dated report keeps its publisher
        (
            "National Institute of Mental Health. (2018, July). Anxiety disorders. U.S. Department of Health and "
            "Human Services.",
            {"container-title": None},
        ),
    ],
)
def test_guide61_kept(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
