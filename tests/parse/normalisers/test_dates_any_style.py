"""normalisers.dates.read_date / month_day: a labelled date span in any style."""

from __future__ import annotations

import pytest

from biblio.parse.normalisers.dates import month_day, read_date


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("1991", [[1991]]),
        ("(1991).", [[1991]]),
        ("March 3, 2020", [[2020, 3, 3]]),
        ("3 March 2020", [[2020, 3, 3]]),
        ("2020, March 3", [[2020, 3, 3]]),
        ("Mar. 2011,", [[2011, 3]]),
        ("2020-03-05", [[2020, 3, 5]]),
        ("14.05.2019", [[2019, 5, 14]]),
        ("(2019, updated 2020)", [[2019]]),
        ("1997/2005", [[1997]]),  # the year written first
    ],
)
def test_issued(text: str, issued: list[list[int]]) -> None:
    d = read_date(text)
    assert d.issued == {"date-parts": issued} and d.accessed is None


def test_season() -> None:
    assert read_date("Spring 2019").issued == {"date-parts": [[2019]], "season": 1}


def test_no_date_is_no_issued() -> None:
    for text in ("n.d.", "(n.d.).", "n. d."):
        d = read_date(text)
        assert d.no_date and d.issued is None


def test_year_suffix_and_status() -> None:
    d = read_date("2011a.")
    assert d.issued == {"date-parts": [[2011]]} and d.year_suffix == "a"
    assert read_date("(in press)").status == "in press"


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        ("Retrieved March 3, 2020, from", [[2020, 3, 3]]),
        ("Accessed 3 May 2021", [[2021, 5, 3]]),
        ("[accessed 2020-03-03]", [[2020, 3, 3]]),
    ],
)
def test_accessed(text: str, accessed: list[list[int]]) -> None:
    d = read_date(text)
    assert d.accessed == {"date-parts": accessed} and d.issued is None


def test_published_and_accessed_in_one_span() -> None:
    d = read_date("Published 2019. Accessed May 3, 2020")
    assert d.issued == {"date-parts": [[2019]]} and d.accessed == {"date-parts": [[2020, 5, 3]]}


def test_month_day_without_year() -> None:
    assert month_day("4 October") == [10, 4]
    assert month_day("Oct.") == [10]
    assert month_day("2010") is None
    assert month_day("pp. 4") is None
