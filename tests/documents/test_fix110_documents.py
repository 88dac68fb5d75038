"""A short note whose first family name is two words (``García Márquez, Vargas Llosa, Ortiz 2014.``, ``St Clair,
…``) stays a short note: only a given name opening its first part makes it a whole entry (``Peter Marlow, Title,
House, 2003.``). The examples are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.api import read_document


def _items(text: str, name: str = "notes.md") -> list[dict[str, Any]]:
    return list(read_document(text, name).items)


_NOTES_THEN_LIST = """## Notes

1. {note}

## Bibliography

- Hale, M., Ortiz, J., & Brandt, K. (2014). Tidal patterns of small harbours. *Coastal Letters*, 3(2), 11-19.
"""


@pytest.mark.parametrize(
    "note",
    ["Rivas Llorente, Ortiz, Brandt 2014.", "St Clair, Ortiz, Brandt 2014.", "Mac Donald, Ortiz, Brandt 2014."],
)
def test_two_word_family_names_then_a_year_stay_a_short_note(note: str) -> None:
    items = _items(_NOTES_THEN_LIST.format(note=note))
    assert len(items) == 1
    assert items[0]["title"] == "Tidal patterns of small harbours"


def test_given_name_first_then_title_and_house_is_still_an_entry() -> None:
    text = """## Bibliography

- Peter Marlow, Coastal Survey Methods, Northgate Press, 2003.
- Ruth Ives, A Short Guide to Essays, Harbourside Books, 2010.
"""
    assert [item["author"][0]["family"] for item in _items(text)] == ["Marlow", "Ives"]
