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
