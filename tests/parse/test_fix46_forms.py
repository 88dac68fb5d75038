"""APA pages with no address, dated to the day: the name after the title is the page's site (its container), not
a publisher; a report's or book's publisher, dated by its year, stays.  The references here are written for the
tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moss, K. (2019, March 2). How bees find their way home. NPR.",
            {"type": "webpage", "container-title": "NPR", "title": "How bees find their way home"},
        ),
        (
            "Storm floods farmland near the coast. (2018, March 9). CoastNews.",
            {"type": "webpage", "container-title": "CoastNews"},
        ),
        (
            "Lund, P. (2017, June 12). Owls at dusk: A field guide. Center for Bird Studies.",
            {"type": "webpage", "container-title": "Center for Bird Studies"},
        ),
    ],
)
def test_a_page_dated_to_the_day_names_its_site(text: str, expected: dict[str, Any]) -> None:
    item = dict(parse_reference(text))
    for var, value in expected.items():
        assert item.get(var) == value, var
    assert "publisher" not in item


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Moss, J. (2020). Water and growth (Report No. 5). World Bank.", "World Bank"),
        ("Moss, J. (2020, May 3). Water and growth (Report No. 5). World Bank.", "World Bank"),
        ("Moss, J. (2020). Water and growth. Penguin Books.", "Penguin Books"),
        ("Moss, J. (2020). Water and growth. Routledge.", "Routledge"),
        ("Moss, J. (2020, May 3). *Water and growth*. WPR.", "WPR"),
        ("Moss, J. (2004, June 16). Water and growth. Elsevier Science. ISBN 9780080477138.", "Elsevier Science"),
    ],
)
def test_a_report_or_book_keeps_its_publisher(text: str, publisher: str) -> None:
    item = dict(parse_reference(text))
    assert item.get("publisher") == publisher
    assert "container-title" not in item


@pytest.mark.parametrize(
    ("text", "directors"),
    [
        (
            'Lowe, Anna, and Marsh, Peter, dir. Harbour Lights. Season 1, episode 4. "The Quay." Aired May 2, 1981, '
            "on BBC.",
            ["Lowe", "Marsh"],
        ),
        ("Lowe, Anna, and Peter Marsh, dir. 1981. *Harbour Lights*. Television film, 90 min.", ["Lowe", "Marsh"]),
    ],
)
def test_two_inverted_names_before_dir_are_directors(text: str, directors: list[str]) -> None:
    item = dict(parse_reference(text))
    assert [n.get("family") for n in item.get("director", [])] == directors
    assert "editor" not in item


@pytest.mark.parametrize(
    "text",
    [
        "Harley, J. B., and David Woodward, eds. The History of Maps. Vol. 2, bk. 2, Maps in the East. "
        "Chicago: University of Chicago Press, 1994.",
    ],
)
def test_a_volumes_book_is_no_issue(text: str) -> None:
    item = dict(parse_reference(text))
    assert "issue" not in item
    assert item.get("volume") == "2"


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Moss, K. (2019, March 4). Floods close the valley road. The Guardian, 12.", "The Guardian"),
        ("Moss, K. (2019, March 4). Floods close the valley road. The Chronicle, 7.", "The Chronicle"),
    ],
)
def test_a_newspaper_named_with_the_and_its_page(text: str, paper: str) -> None:
    item = dict(parse_reference(text))
    assert item.get("container-title") == paper
    assert item.get("page") in ("12", "7")
    assert item.get("type") == "article-newspaper"
