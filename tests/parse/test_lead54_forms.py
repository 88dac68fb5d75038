"""A paper of a meeting whose name closes on its short name and year in a bracket, and no other date
(``…, ACM SIGPLAN Workshop on IR (IR'95).``): the bracket stays in the meeting's name, as the gold sets keep it, and
its year is the paper's; a two-digit year is this century's up to the current year, the last century's after it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Tanaka & Berg, \"A Sparse Graph Form for Optimising Compilers\", ACM SIGPLAN Workshop on Compilers (WOC'95).",
        {"container-title": "ACM SIGPLAN Workshop on Compilers (WOC'95)", "issued": {"date-parts": [[1995]]}},
    ),
    (
        "R. Ferreira. Testing by mutation. In Proc. of the Workshop on Software Testing (WST'21).",
        {"container-title": "Proc. of the Workshop on Software Testing (WST'21)", "issued": {"date-parts": [[2021]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_meetings_bracketed_year_is_the_papers(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_two_words_after_an_address_are_a_person_only_with_a_known_given_name() -> None:
    from biblio.parse.readers import address_first

    assert address_first.read("https://example.org/notes/static-analysis/, Open Source.") is None
    found = address_first.read("https://example.org/notes/static-analysis/, Andreas Vogel.")
    assert found is not None and found.item["author"] == [{"family": "Vogel", "given": "Andreas"}]
