"""Bodies whose names end on Congress, Forum or Convention publish their own reports (``Trades Union Congress.
"Title." Trades Union Congress, London, 2019.``): the body stays the publisher, no talk at a meeting; a kind's word
before a colon and an article's quoted title (``Editorial: "Title." Nature 520``) is no author; a long run of
initials before a Dutch role bracket is read in linear time."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        'Hughes, Mary. "Pay in Britain." Trades Union Congress, London, 2019.',
        {"type": "book", "event-title": None, "event-place": None},
    ),
    (
        'Oliveira, Ana. "Rules for Tests." Lisbon Ruby Conference, Lisbon, 2016.',
        {"event-title": "Lisbon Ruby Conference", "event-place": "Lisbon"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_body_named_congress_or_forum_publishes_its_report(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_kind_word_before_a_quoted_article_title_is_no_author() -> None:
    from biblio.parse import parse_reference

    item = parse_reference('Commentary: "Oceans in Peril." Science 311 (2006): 12.')
    assert "author" not in item


def test_a_long_run_of_initials_before_a_role_bracket_is_read_quickly() -> None:
    from biblio.parse.mends.bracketed_roles import _DUTCH_ROLE_AFTER_NAMES

    start = time.perf_counter()
    assert _DUTCH_ROLE_AFTER_NAMES.match("A. " * 40 + "x (ed.), *T*") is None
    assert time.perf_counter() - start < 0.5
    found = _DUTCH_ROLE_AFTER_NAMES.match("Rombauts, E., N. de Paepe & M.J.M. de Haan (ed), *Title*")
    assert found is not None and found.group("names").endswith("de Haan")
