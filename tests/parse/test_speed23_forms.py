"""Cheaper tests that must decide as the costlier ones they replace: a mend's declared needs (``@needs``) still let
it run where its form is present, a name found in the text with no pattern compiled for it matches where the
pattern would, and the closing address is searched for only where it can open."""

from __future__ import annotations

import re
from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.hosts import _CLOSING, _last_word_at
from biblio.parse.review.run_ons import _COMMA_SPACES, _SPACES, _written_apart

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "MLA 9's thesis: the school before the closing degree ('diss', 'thesis' in the text) is the publisher",
        "Okafor, Chidi. Rivers and Rule in the Niger Delta. 2011. University of Michigan, PhD dissertation.",
        {"publisher": "University of Michigan", "genre": "PhD dissertation", "type": "thesis"},
    ),
    (
        "the role's bracket after the last name ('(eds):'): the names are editors, the words after it the title",
        "Lindqvist, P. (eds): Coastal Erosion Studies. Springer, Berlin, 2004.",
        {"editor": [{"family": "Lindqvist", "given": "P."}], "title": "Coastal Erosion Studies"},
    ),
    (
        "a repository's name after the title (the text holds 'Repository') publishes the data set",
        "M. Lichman and K. Bache, Iris, UCI Machine Learning Repository, 2013.",
        {"title": "Iris", "publisher": "UCI Machine Learning Repository"},
    ),
    (
        "BibTeX's 'volume N of Series' (the text holds 'vol'): the series apart from the book",
        "Anna Berg. Sparse Graphs. In WADS, volume 412 of LNCS, pages 10:1–10:12. Springer, 2021.",
        {"container-title": "WADS", "collection-title": "LNCS", "volume": "412", "page": "10:1-10:12"},
    ),
    (
        "Nature's chapter (its imprint's year closing the bracket): book, editors, pages and publisher",
        "Okoro, B. C. in Handbook of Wetland Ecology (eds Hale, R. & Moss, T.) 101–133 (Elsevier, 2016).",
        {
            "container-title": "Handbook of Wetland Ecology",
            "editor": [{"family": "Hale", "given": "R."}, {"family": "Moss", "given": "T."}],
            "page": "101-133",
            "publisher": "Elsevier",
        },
    ),
    (
        "a recording's medium and running time (the text holds 'video'): the medium, the time no volume",
        'Marsh, Lena. "Tides of Memory." YouTube video, 12:41. Posted by Coastal Voices, March 3, 2019.',
        {"title": "Tides of Memory", "medium": "YouTube video", "note": "12:41"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, (why, var, item.get(var))


_SOURCES = [
    "Karthikeyan NG, Arun Padmanabhan, Matt R. Cole. Title.",
    "Karthikeyan, NG, Padmanabhan A. Title.",
    "Pre-Karthikeyan NG and xKarthikeyan NG",
    "Arun  Padmanabhan-Rao, Arun\u00a0Padmanabhan_x, Arun Padmanabhan.",
    "Arun,Padmanabhan; Arun Padmanabhan",
    "Karthikeyan NGO, Karthikeyan\tNG",
    "",
]
_PAIRS = [("Karthikeyan", "NG"), ("Arun", "Padmanabhan"), ("Arun ", "Padmanabhan"), ("Padmanabhan", " Rao")]


@pytest.mark.parametrize("source", _SOURCES)
def test_a_name_written_apart_is_found_where_its_pattern_matches(source: str) -> None:
    for first, second in _PAIRS:
        for gap in (_COMMA_SPACES, _SPACES):
            pattern = rf"(?<![\w-]){re.escape(first)}{gap.pattern}{re.escape(second)}\b"
            assert _written_apart(source, first, second, gap) == bool(re.search(pattern, source)), (first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Jones (2015). Open science. fosteropenscience.eu",
        "FORCE11, 2013. force11.org/datacitationprinciples. ",
        "Title (see example.org/a(b)",
        "*ELife* 5 (doi.org/10/gbqsng).\n",
        "Title. Linux.com",
        "example.org",
        "   ",
        "",
    ],
)
def test_the_closing_address_is_searched_for_where_it_can_open(text: str) -> None:
    whole, last = _CLOSING.search(text), _CLOSING.search(text, _last_word_at(text))
    assert (whole and whole.span()) == (last and last.span())
