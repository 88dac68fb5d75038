"""Forms the merged tree read with a stray value, mended at the merges and the final read."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.mends.city_year import slavic_town_year_book
from biblio.parse.model.labeller import default_labeller

from .form_cases import assert_read_with_families


# a second name with its initial is no title of a town's book: the names run on to the italic title
def test_second_name_is_no_title_of_a_town_s_book() -> None:
    text = "Clemente E., Danieli R., *Orizzonte Scienze Umane*, Sanome/Paravia, Milano-Torino 2016."
    assert_read_with_families(
        text, {"families": ["Clemente", "Danieli"], "title": "Orizzonte Scienze Umane", "publisher": "Sanome/Paravia"}
    )
    spans = default_labeller().read(text).spans
    assert slavic_town_year_book(spans, text) == spans  # called without its gate, as the declared-needs test does


# a town's book read the same with a link or an access date after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nowak, Jan. Historia Śląska. Wrocław 2001. https://example.org/page",
            {"families": ["Nowak"], "title": "Historia Śląska", "publisher-place": "Wrocław"},
        ),
        (
            "Horváth, Ján. Slovenské dejiny. Bratislava 1999. Available at: https://example.org/page (Accessed: 3 May "
            "2023).",
            {"families": ["Horváth"], "title": "Slovenské dejiny", "publisher-place": "Bratislava"},
        ),
        (
            "Dvořák T., Moravské kláštery, Brno 2003. https://example.org/page",
            {"families": ["Dvořák"], "title": "Moravské kláštery", "publisher-place": "Brno"},
        ),
    ],
)
def test_town_s_book_before_a_link(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)


# a thesis's field and school read the same with a link after them
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mendes, N., 2012. Seismic Assessment of Ancient Masonry Buildings (Ph.D. thesis). Civil Engineering, "
            "University of Minho. https://example.org/page",
            {"publisher": "University of Minho", "publisher-place": None, "note": "Civil Engineering"},
        ),
        (
            "Panto, B., 2007. The Seismic Modeling of Masonry Structure (PhD Thesis). Structural Engineering, "
            "University of Catania, Catania (in Italian). https://example.org/page",
            {"publisher": "University of Catania", "publisher-place": "Catania"},
        ),
    ],
)
def test_thesis_school_before_a_link(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)


# a note's volume:page locator after the imprint read the same with a link or an access date after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '2. Jane Smith, "A Chapter," in The Big Book, ed. John Doe (New York: Knopf, 1990), 2:45. '
            "https://example.org/page",
            {"volume": "2", "page": "45", "URL": "https://example.org/page"},
        ),
        (
            '3. Jane Smith, "A Chapter," in The Big Book, 2nd ed., ed. John Doe (New York: Knopf, 1990), 2:45. '
            "Available at: https://example.org/page (Accessed: 3 May 2023).",
            {"volume": "2", "page": "45", "URL": "https://example.org/page"},
        ),
    ],
)
def test_volume_page_locator_before_a_link(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)
