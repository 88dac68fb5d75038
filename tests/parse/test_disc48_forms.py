"""Forms of the mixed-discipline references of ``disc_real11``: the ACS's article number after the bracketed
issue (``25 (1), No. 90.``) and its chapter in a book named without editors, Hindawi's ``Article ID`` after a
volume with no issue, a Portuguese family name joined by ``e`` in natural order, and Springer's meeting short
name with its year after the proceedings' title; and the review's marks of two wrong readings it leaves: a link's
label opening the publisher and the ACS's ``In`` opening a paper's title.  The references here are written for the
tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.review.held_forms import held_form_signals
from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    # the ACS: "No." after the issue in brackets is the article's number, however short
    (
        "(7) Nowak, A.; Kowalski, B. Amino acid ester salts of ibuprofen. Molecules 2019, 24 (3), No. 57.",
        {"container-title": "Molecules", "volume": "24", "issue": "3", "page": "57"},
    ),
    # Hindawi: "Article ID" after the volume, no issue
    (
        "[5] L. Chen, M. Wang, and J. Li, “Fatigue of steel bridge decks under heavy traffic,” Engineering "
        "Structures, vol. 58, Article ID 6634512, 2021.",
        {"container-title": "Engineering Structures", "volume": "58", "page": "6634512", "note": None},
    ),
    # the ACS's chapter in a book named without editors: the publisher's "and" keeps it no part of the book
    (
        "(12) Smith, J. A.; Lee, K. Crystal forms of small-molecule drugs. In Pharmaceutical Crystallography; "
        "Taylor and Francis: London, 2015; pp 101−130.",
        {
            "type": "chapter",
            "container-title": "Pharmaceutical Crystallography",
            "publisher": "Taylor and Francis",
            "publisher-place": "London",
            "page": "101-130",
        },
    ),
    # with its editors, the range's minus sign closes the pages
    (
        "(13) Smith, J. A.; Lee, K. Crystal forms of small-molecule drugs. In Pharmaceutical Crystallography; "
        "Brown, C. D., Ed.; Wiley: New York, 2015; pp 101−130.",
        {"container-title": "Pharmaceutical Crystallography", "publisher": "Wiley", "page": "101-130"},
    ),
    # a Portuguese family name joined by "e", in natural order among names with initials
    (
        "[3] R. Silva, J. M. Costa e Sousa, and P. Lima, 'Corrosion of reinforced concrete piers,' Journal of "
        "Bridge Engineering, vol. 12, no. 3, pp. 10-19, 2019.",
        {
            "author": [
                {"family": "Silva", "given": "R."},
                {"family": "Costa e Sousa", "given": "J. M."},
                {"family": "Lima", "given": "P."},
            ]
        },
    ),
    # Springer: the meeting's short name and year after the proceedings' title close that title
    (
        "4. Lee H, Park J (2011) Fast joins over compressed data. In: Proceedings of the 20th ACM International "
        "conference on information and knowledge management. CIKM ’11, pp 11–24. ACM. https://doi.org/10.1145/1234",
        {
            "container-title": "Proceedings of the 20th ACM International conference on information and knowledge "
            "management. CIKM ’11",
            "note": None,
            "page": "11-24",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_form_is_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_link_label_opening_the_publisher_is_flagged() -> None:
    # a BibTeX style's "URL" label printed before the publisher, read into it
    assert needs_review(
        "Python Core Team. (2023). *Python: A dynamic, open source programming language*. URL Python Software "
        "Foundation. https://www.python.org"
    )


def test_the_acs_in_opening_a_papers_title_is_a_held_form() -> None:
    # the ACS's paper named after "In" before its meeting, the "In" read into its title
    source = (
        "(9) Kim, S.; Park, J. In New Ionic Liquids Derived from Ibuprofen, 24th International Electronic Conference "
        "on Synthetic Organic Chemistry; MDPI, 2020; p 31."
    )
    item = {
        "type": "paper-conference",
        "title": "In New Ionic Liquids Derived from Ibuprofen",
        "container-title": "24th International Electronic Conference on Synthetic Organic Chemistry; MDPI",
    }
    assert "title:opens-on-in-word" in held_form_signals(item, source)
    # a title that opens on "In" in a list with no semicolons is left alone
    assert "title:opens-on-in-word" not in held_form_signals(
        {**item, "type": "chapter", "title": "In Search of Excellence"}, "Smith, J. In Search of Excellence. 2001."
    )
