"""Forms met reviewing the French bracketed names, the e-library lists and the open platforms: a body's short name
with its words spelled out in brackets before a Harvard year (``UNESCO (United Nations Educational, …). 2019.``)
stays the author, not the publisher; the bracket's close read into the date goes back to the name; an inverted list
with no comma after the initials is read without trying every split of a long span that ran into its title."""

from __future__ import annotations

import time
from typing import Any

import pytest

from biblio.parse.normalisers.names import names_from_span

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a body's short name with its words in brackets, then the Harvard year: the author
    (
        "UNESCO (United Nations Educational, Scientific and Cultural Organization). 2019. Guidelines for open"
        " schools. Paris: UNESCO.",
        {
            "author": [{"literal": "UNESCO (United Nations Educational, Scientific and Cultural Organization)"}],
            "publisher": "UNESCO",
            "publisher-place": "Paris",
        },
    ),
    (
        "ACM (Association for Computing Machinery). 2018. Code of ethics for field work. New York: ACM.",
        {"author": [{"literal": "ACM (Association for Computing Machinery)"}], "publisher": "ACM"},
    ),
    # the bracket's close read with the year: back to the name
    (
        "EPA (Environmental Protection Agency). 2015. Handbook of river sampling. Washington, DC: EPA.",
        {"author": [{"literal": "EPA (Environmental Protection Agency)"}], "title": "Handbook of river sampling"},
    ),
    # neighbours that stay as they are
    (
        "WHO (World Health Organization). 2020. Report on rural clinics. Geneva: WHO.",
        {"author": [{"literal": "WHO (World Health Organization)"}], "publisher": "WHO"},
    ),
    (
        "World Health Organization (WHO). (2020). Report on rural clinics. Geneva: WHO.",
        {"author": [{"literal": "World Health Organization (WHO)"}], "publisher": "WHO"},
    ),
    (
        "Smith, J. (Ed.). 2019. Title of the survey. Paris: UNESCO.",
        {"editor": [{"family": "Smith", "given": "J."}], "publisher": "UNESCO"},
    ),
    (
        "Jones, A. (2019). Title of an article. Journal of Things, 4(2), 1-9.",
        {"author": [{"family": "Jones", "given": "A."}], "container-title": "Journal of Things", "issue": "2"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_uncommaed_list_with_particles() -> None:
    """An e-library's list with no comma after the initials, a family name holding particles."""
    assert names_from_span("Van der Berg, J. Smith, K. & Lee, A.") == [
        {"family": "Van der Berg", "given": "J."},
        {"family": "Smith", "given": "K."},
        {"family": "Lee", "given": "A."},
    ]


def test_long_names_span_run_into_title_is_quick() -> None:
    """A long span of inverted names run on into title words is no uncommaed list, found at once (the space after
    the initials read two ways made the pattern try every split of the list)."""
    span = "Abcdef Ghijk Lmnop, A. B. C. " * 14 + "Title Words Here Foo Bar Baz Qux Quux Corge Grault Garply"
    start = time.perf_counter()
    names_from_span(span)
    assert time.perf_counter() - start < 0.5
