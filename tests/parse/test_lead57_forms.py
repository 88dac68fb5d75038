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


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a house named after the names that follow an italic title: no site, no journal
        ("*All the Pretty Horses*. Cormac McCarthy. Knopf.", ("container-title",), {}),
        # a town's house named like a periodical ("Revue …") after a book's volume: the place and the publisher
        ("Martin, P. (2011). Histoire de la presse, vol. 3. Paris: Revue des Deux Mondes.", ("container-title",),
         {"publisher-place": "Paris"}),
        # a database after "Retrieved from" is where the work was found, not a site
        ("Lee, K. (2009). Reading programs in rural schools. Retrieved from ERIC.", ("container-title",), {}),
    ],
)
def test_a_place_house_or_database_is_no_site_or_journal(
    text: str, absent: tuple[str, ...], present: dict[str, str]
) -> None:
    item = read_reference(text)
    for field in absent:
        assert field not in item, (field, item.get(field))
    for field, value in present.items():
        assert item.get(field) == value
