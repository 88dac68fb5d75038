"""Forms of the mixed-discipline references of ``disc_real11``: the ACS's article number after the bracketed
issue (``25 (1), No. 90.``) and its chapter in a book named without editors, Hindawi's ``Article ID`` after a
volume with no issue, a Portuguese family name joined by ``e`` in natural order, and Springer's meeting short
name with its year after the proceedings' title.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

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
