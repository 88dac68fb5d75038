"""Forms of the social sciences' reference lists (APA, Harvard, Chicago author-date): a DOI written as a Markdown
link to the publisher's page (``[doi:10.1016/j.x.2017.08.002.](https://www.sciencedirect.com/…)``, as a notebook's
Harvard list links it) and an address linked to itself without its scheme (``Retrieved from
[psyarxiv.com/abcde](https://psyarxiv.com/abcde)``); an editor written with initials whose family name is also a
body's word (``In M. L. Commons, J. A. Nevin, & H. Rachlin (Eds.)``, ``E. Post``); and Chicago's article published
online first, its journal alone before the DOI (``Title. Sociological Methods & Research. https://doi.org/…``)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.input_text import tidy_input
from biblio.parse.normalisers.names import parse_person_list
from tests.parse.form_cases import assert_read_as

LINKED_IDENTIFIERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Okafor, T. and Lindqvist, M. (2019) “Do short lets raise rents? Evidence from three Nordic capitals,” "
        "Regional Science and Urban Economics, 74, pp. 31–45. "
        "[doi:10.1016/j.regsciurbeco.2019.01.004.](https://www.sciencedirect.com/science/article/pii/S0166046218302321)",
        {
            "DOI": "10.1016/j.regsciurbeco.2019.01.004",
            "URL": "https://www.sciencedirect.com/science/article/pii/S0166046218302321",
            "container-title": "Regional Science and Urban Economics",
            "page": "31-45",
        },
    ),
]

INITIALLED_EDITORS: list[tuple[str, dict[str, Any]]] = [
    (
        "Rachlin, H. (1989). Choice under uncertainty. In M. L. Commons, J. E. Mazur, & J. A. Nevin (Eds.), "
        "The Effect of Delay and Intervening Events on Reinforcement Value (pp. 101–120). Hillsdale, NJ: Erlbaum.",
        {
            "editor": [
                {"family": "Commons", "given": "M. L."},
                {"family": "Mazur", "given": "J. E."},
                {"family": "Nevin", "given": "J. A."},
            ],
            "container-title": "The Effect of Delay and Intervening Events on Reinforcement Value",
            "page": "101-120",
        },
    ),
]

ONLINE_FIRST: list[tuple[str, dict[str, Any]]] = [
    (
        "Lindgren, Karin, and Tobias Wahl. 2023. Counting protest events with language models. Sociological "
        "Methods & Research. https://doi.org/10.1177/00491241231156971.",
        {"type": "article-journal", "container-title": "Sociological Methods & Research", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINKED_IDENTIFIERS + INITIALLED_EDITORS + ONLINE_FIRST)
def test_social_science_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_address_linked_to_itself_written_once() -> None:
    text = "Marsh, L. K. (2020, March 3). Anchoring in price judgements. Retrieved from [psyarxiv.com/k7q2m](https://psyarxiv.com/k7q2m)"
    assert tidy_input(text).endswith("Retrieved from https://psyarxiv.com/k7q2m")


@pytest.mark.parametrize(
    ("names", "families"),
    [
        ("M. L. Commons, J. A. Nevin, & H. Rachlin", ["Commons", "Nevin", "Rachlin"]),
        ("J. Post and A. Court", ["Post", "Court"]),
    ],
)
def test_initialled_family_that_is_a_body_word(names: str, families: list[str]) -> None:
    assert [n.get("family") for n in parse_person_list(names)] == families


@pytest.mark.parametrize("body", ["U.S. Congress", "E.U. Commission"])
def test_initialled_body_stays_whole(body: str) -> None:
    assert parse_person_list(body) == [{"literal": body}]


def test_linked_words_left_alone_where_a_title_was_read() -> None:
    from biblio.parse.mends.linked_titles import link_text_is_title
    from biblio.parse.spans import Span

    text = "Doe, J. (2013) Players' forum [Link](https://example.org/a) Accessed: 13 December 2024"
    start = text.index("[Link]") + 1
    spans = [
        Span("title", "Players' forum", 15, 29, 0.9),
        Span("url", "Link", start, start + 4, 0.9),
    ]
    assert link_text_is_title(spans, text) == spans
