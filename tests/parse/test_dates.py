"""biblio.parse.normalisers.dates: the APA date parenthetical."""

from __future__ import annotations

import pytest

from biblio.parse.normalisers.dates import parse_date


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("2024", {"date-parts": [[2024]]}),
        ("2024, July 31", {"date-parts": [[2024, 7, 31]]}),
        ("2024, July 31\u2013August 2", {"date-parts": [[2024, 7, 31], [2024, 8, 2]]}),
        ("2024, May 3-5", {"date-parts": [[2024, 5, 3], [2024, 5, 5]]}),
        ("2020, Spring", {"date-parts": [[2020]], "season": 1}),
        ("2019, Fall", {"date-parts": [[2019]], "season": 3}),
        ("2000, September/October", {"date-parts": [[2000, 9]]}),
        ("2013, Août", {"date-parts": [[2013, 8]]}),
        ("1997/2005", {"date-parts": [[2005]]}),
        ("1999-2000", {"date-parts": [[1999], [2000]]}),
        ("2024, Feb. 2", {"date-parts": [[2024, 2, 2]]}),
    ],
)
def test_dates(text: str, issued: dict) -> None:
    d = parse_date(text)
    assert d is not None and d.issued == issued


def test_year_suffix() -> None:
    d = parse_date("2020a")
    assert d is not None and d.issued == {"date-parts": [[2020]]} and d.year_suffix == "a"
    d = parse_date("2020b, March 3")
    assert d is not None and d.issued == {"date-parts": [[2020, 3, 3]]} and d.year_suffix == "b"


def test_no_date_and_in_press() -> None:
    nd = parse_date("n.d.")
    assert nd is not None and nd.no_date and nd.issued is None
    ip = parse_date("in press")
    assert ip is not None and ip.status == "in press" and ip.issued is None


@pytest.mark.parametrize("text", ["Ed.", "Eds.", "pp. 1-10", "Report No. 12", "Vol. 2", ""])
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None
