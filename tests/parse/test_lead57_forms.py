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


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Plasma Tools Team. Faster Builds with Every Release: What We Changed This Year. 12 March 2025, "
         "https://blog.example.org/builds/.", "Plasma Tools Team",
         "Faster Builds with Every Release: What We Changed This Year"),
        ("Linux Foundation Staff. Open Source Funding in Practice. 4 May 2024, https://www.example.org/funding/.",
         "Linux Foundation Staff", "Open Source Funding in Practice"),
    ],
)
def test_an_mla_web_page_by_a_team_keeps_its_author(text: str, author: str, title: str) -> None:
    # MLA's "Author. Title. Day Month Year, URL.": the short first sentence is the author, not a headline's opening
    item = read_reference(text)
    assert [n.get("literal") or n.get("family") for n in item.get("author", [])] == [author]
    assert item["title"] == title
