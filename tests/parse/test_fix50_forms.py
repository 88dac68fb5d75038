"""Forms misread in real lists, round fix50: Chicago author-date bodies with no stop before the year, or with a
division after a comma.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _fields(text: str) -> dict[str, Any]:
    item = dict(parse_reference(text))
    item.pop("custom", None)
    return item


@pytest.mark.parametrize(
    ("text", "body", "year"),
    [
        ("Cadw 2017a. Conservation Principles for the Sustainable Management of the Historic Environment in Wales. "
         "Cardiff: Cadw.", "Cadw", 2017),
        ("Natural England 2014a. National Character Area Profile 101: Isle of Portland. York: Natural England.",
         "Natural England", 2014),
        ("City of Toronto, City Planning Division. 2019. TOcore: Downtown Plan. Toronto: City of Toronto.",
         "City of Toronto, City Planning Division", 2019),
        ("Bristol City Council, Planning Department. 2012. Conservation area character appraisal. Bristol: Bristol "
         "City Council.", "Bristol City Council, Planning Department", 2012),
    ],
)  # fmt: skip
def test_a_body_opening_an_author_date_entry_is_its_author(text: str, body: str, year: int) -> None:
    item = _fields(text)
    assert item["author"] == [{"literal": body}]
    assert item["issued"]["date-parts"][0][0] == year
