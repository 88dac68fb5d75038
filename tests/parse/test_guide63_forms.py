"""Forms of style guides' Chicago examples of interviews (round guide63, set ``guides_real34``): a bibliography entry
whose programme, network and date are closed by full stops (``Interview by A and B. Programme. Network. Month Day,
Year.``), and a note for an unpublished interview with no place (``Name, interview by the author, Month Day, Year.``),
the name's particle kept with it, a description of the person in brackets after the name a note."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Morrison, Toni. Interview by Charlie Rose and Ann Curry. Morning Edition. NPR. March 12, 2003.",
        {
            "type": "interview",
            "author": [{"family": "Morrison", "given": "Toni"}],
            "container-title": "Morning Edition",
            "publisher": "NPR",
            "issued": {"date-parts": [[2003, 3, 12]]},
        },
    ),
    (
        "Castro, Elena. Interview by Mark Hughes. The Paris Review. 2011.",
        {
            "type": "interview",
            "container-title": "The Paris Review",
            "publisher": None,
            "issued": {"date-parts": [[2011]]},
        },
    ),
    (
        "Pieter van der Berg, interview by the author, June 3, 2019.",
        {
            "type": "interview",
            "author": [{"family": "Berg", "non-dropping-particle": "van der", "given": "Pieter"}],
            "title": None,
            "issued": {"date-parts": [[2019, 6, 3]]},
        },
    ),
    (
        "Omar Haddad (retired nurse, Leeds General Infirmary), interviewed by the author, March 9, 2018.",
        {
            "type": "interview",
            "author": [{"family": "Haddad", "given": "Omar"}],
            "issued": {"date-parts": [[2018, 3, 9]]},
            "note": "(retired nurse, Leeds General Infirmary)",
        },
    ),
    (
        "Carla Mendes, interview by the author, August 30, 2021.",
        {"type": "interview", "author": [{"family": "Mendes", "given": "Carla"}], "title": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide63_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
