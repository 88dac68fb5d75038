"""A reading list whose items carry the reader's notes in sub-items (``- Smith, J. (2020). *Title*.`` over ``  -
Highly recommended.``): a short note is no part of the reference above it; a house's name alone there is. The
examples are written for these tests."""

from __future__ import annotations

from biblio.api import read_document

_NOTES = """# Reading list

- Smith, J. (2020). *The Art of Testing*.
  - Highly recommended.
  - Chapter 3 is key.
- Doe, A. (2019). *Learning Python* (5th ed.).
  - O'Reilly Media.
- Brown, K. (2018). "Networks and Flows".
  - Read chapter two.
"""


def test_a_short_note_under_an_item_is_no_part_of_its_reference() -> None:
    items = list(read_document(_NOTES, "notes.md").items)
    assert len(items) == 3
    assert [item.get("publisher") for item in items] == [None, "O'Reilly Media", None]
    assert [item.get("container-title") for item in items] == [None, None, None]
    assert all("recommended" not in item["custom"]["biblio"]["source"] for item in items)
    assert all("chapter two" not in item["custom"]["biblio"]["source"] for item in items)
