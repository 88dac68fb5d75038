"""A title-first reading list's italic title followed by a house named after a person or written like a name
(``Random House``, ``Alfred A. Knopf``, ``Henry Holt``) and the year: the house stays the publisher, never the
author. The references here are written for the tests."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        ("*Song of Solomon*, Random House, 1977.", "Song of Solomon", "Random House"),
        ("*The Prophet*, Alfred A. Knopf, 1923.", "The Prophet", "Alfred A. Knopf"),
        ("*The Cat Who Went to Paris*, Henry Holt, 1991.", "The Cat Who Went to Paris", "Henry Holt"),
    ],
)
def test_a_house_after_a_title_first_italic_title_stays_its_publisher(text: str, title: str, publisher: str) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item["publisher"] == publisher
    assert "author" not in item
