"""Forms of the humanities bibliographies and notes of ``humanities_real4`` (English Wikipedia's hand-written
lists of classics, Byzantine history and historiography), each a convention of notes or of a style."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _families(item: dict[str, Any], role: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(role, [])]


@pytest.mark.parametrize(
    ("text", "families", "year", "page"),
    [
        ("Croke 1987.", ["Croke"], 1987, None),
        ("Jaillant (2013)", ["Jaillant"], 2013, None),
        ("Murray, pp. 266–267.", ["Murray"], None, "266-267"),
        ("Smith and Jones 2004, 12.", ["Smith", "Jones"], 2004, "12"),
    ],
)
def test_short_author_date_note(text: str, families: list[str], year: int | None, page: str | None) -> None:
    # an author-date note's short form: the surnames, then the year or the page cited
    item = parse_reference(text)
    assert _families(item) == families
    assert "title" not in item and "container-title" not in item
    assert (item.get("issued") or {}).get("date-parts", [[None]])[0][0] == year
    assert item.get("page") == page
