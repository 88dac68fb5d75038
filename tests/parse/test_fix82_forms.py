"""Forms typed by hand, each with the fields it must give: a town whose name is a Slavic month's genitive
(``Dubna``) before a year, which is no month, beside the lower-case genitive after its day, which is; a report's
title and laboratory after its authors' family names and initials, all set apart by commas."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.dates import loose_date, words_beside_date

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a meeting's town and year in brackets, the town a Czech month's genitive: the year alone",
        "P. Novotny, in: Proceedings of the Seminar on Hadron Spectra (Dubna, 2003), p. 41.",
        {"issued": {"date-parts": [[2003]]}},
    ),
    (
        "a proceedings' town and year after commas, the town a Czech month's genitive: the year alone",
        "K. Sokolova, Proc. of the Int. Workshop on Cold Nuclei, Dubna, 2007, p. 118.",
        {"issued": {"date-parts": [[2007]]}},
    ),
    (
        "a report: family and initials, a title with a code name in capitals, the laboratory, the year, its number",
        "Lindqvist, E.M., ORBIT-X Reference Manual, Oak Ridge National Lab., 2009, no. ORNL-TM-09-33.",
        {
            "author": [{"family": "Lindqvist", "given": "E.M."}],
            "title": "ORBIT-X Reference Manual",
            "publisher": "Oak Ridge National Lab",
        },
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


@pytest.mark.parametrize(
    ("span", "issued", "left"),
    [
        ("Dubna, 2003", [2003], "Dubna"),
        ("Augusta, 2015", [2015], "Augusta"),
        ("14. dubna 2016", [2016, 4, 14], ""),
        ("dubna 2016", [2016, 4], ""),
        ("3 kwietnia 2011", [2011, 4, 3], ""),
    ],
)
def test_a_slavic_genitive_is_a_month_after_its_day_or_lower_case(span: str, issued: list[int], left: str) -> None:
    assert loose_date(span) == {"date-parts": [issued]}
    assert words_beside_date(span) == left
