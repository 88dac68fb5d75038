"""A number opening an APA authorless entry is its title's first word (``5 Ways to Reduce Stress. (2021, March 3).
Mayo Clinic.``, ``10 Million Orphans: A Crisis. (2019).``), not a list number; a bare list number before names stays
the entry's label (``12 Luca Geatti, Nicola Gigante, and …``, ``37 Uplekar M, Weil D, …``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.api import read_document
from biblio.parse import parse_reference
from tests.parse.form_cases import assert_read_as

NUMBERED_TITLES: list[tuple[str, dict[str, Any]]] = [
    (
        "5 Ways to Reduce Stress. (2021, March 3). Mayo Clinic. https://www.mayoclinic.org/stress",
        {"title": "5 Ways to Reduce Stress", "container-title": "Mayo Clinic", "author": None},
    ),
    (
        "10 Million Orphans: A Crisis. (2019). UNICEF.",
        {"title": "10 Million Orphans: A Crisis", "author": None, "issued": {"date-parts": [[2019]]}},
    ),
    (
        "12 Software Architecture Pitfalls and How to Avoid Them. (2023, May 2). InfoQ. "
        "https://www.infoq.com/articles/software-architecture-pitfalls",
        {
            "title": "12 Software Architecture Pitfalls and How to Avoid Them",
            "container-title": "InfoQ",
            "author": None,
            "citation-number": None,
        },
    ),
    # a counted noun after the number, no small word
    (
        "10 Things Every Developer Should Know. (2020). Dev Blog. https://devblog.example.org/ten-things",
        {"title": "10 Things Every Developer Should Know", "container-title": "Dev Blog", "author": None},
    ),
    # the model's reading sure of itself: the reader's is weighed all the same
    (
        "10 Million Orphans: For the children who have lost their parents to AIDS, grief is only the beginning of "
        "their troubles. (2000, January 17). Newsweek, 135(3), 42.",
        {
            "title": "10 Million Orphans: For the children who have lost their parents to AIDS, grief is only the "
            "beginning of their troubles",
            "author": None,
            "container-title": "Newsweek",
        },
    ),
    # sentence case, no date
    ("5 ways to reduce stress. (n.d.). Mayo Clinic.", {"title": "5 ways to reduce stress", "author": None}),
    # a question closing the title
    (
        "7 Habits of Highly Effective People? (2020). Leadership Blog.",
        {"title": "7 Habits of Highly Effective People?", "author": None},
    ),
    (
        "3 Reasons Why You Should Vote: A Guide. (n.d.). Vote.org. https://www.vote.org/reasons",
        {"title": "3 Reasons Why You Should Vote: A Guide", "author": None},
    ),
]

LIST_NUMBERS: list[tuple[str, dict[str, Any]]] = [
    (
        "12 Luca Geatti, Nicola Gigante, and Angelo Montanari. 2021. A SAT-based encoding of temporal logic. "
        "In Proc. IJCAI. 1–7.",
        {"citation-number": "12", "title": "A SAT-based encoding of temporal logic"},
    ),
    (
        "37 Uplekar M, Weil D, Lonnroth K. WHO's new End TB Strategy. Lancet. 2015;385:1799-801.",
        {"citation-number": "37", "title": "WHO's new End TB Strategy"},
    ),
    # two natural-order names joined by "and", then the bracketed date
    (
        "12 Luca Geatti and Nicola Gigante. (2021). A SAT-based encoding. In Proc. IJCAI (pp. 1–7).",
        {
            "author": [{"family": "Geatti", "given": "Luca"}, {"family": "Gigante", "given": "Nicola"}],
            "title": "A SAT-based encoding",
        },
    ),
    # a body's name with "of" is the author, the number the list's
    (
        "12 Royal College of Physicians. (2020). Every breath we take: The lifelong impact of air pollution. RCP.",
        {"author": [{"literal": "Royal College of Physicians"}]},
    ),
    # APA names with initials
    (
        "4 Smith, J. A., & Lee, K. (2019). Stress at work. Journal of Health, 3(2), 1–9.",
        {"author": [{"family": "Smith", "given": "J. A."}, {"family": "Lee", "given": "K."}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_TITLES)
def test_number_opens_authorless_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), LIST_NUMBERS)
def test_list_number_before_names_stays_label(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_number_title_keeps_no_label() -> None:
    item = parse_reference("5 Ways to Reduce Stress. (2021, March 3). Mayo Clinic. https://www.mayoclinic.org/stress")
    assert "label" not in item.get("custom", {}).get("biblio", {})


def test_markdown_list_keeps_the_title_number() -> None:
    text = (
        "# References\n\n"
        "- 10 Things Every Developer Should Know. (2020). Dev Blog. https://devblog.example.org/ten-things\n"
        "- 5 Ways to Reduce Stress. (2021, March 3). Mayo Clinic. https://www.mayoclinic.org/stress\n"
        "- Smith, J. (2019). *A book about stress*. Penguin.\n"
    )
    items = read_document(text, "list.md").items
    assert [item.get("title") for item in items] == [
        "10 Things Every Developer Should Know",
        "5 Ways to Reduce Stress",
        "A book about stress",
    ]
    assert not any(item.get("author") and "literal" in item["author"][0] for item in items)
