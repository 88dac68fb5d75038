"""Forms the merged tree read with a stray value, mended at the merges."""

from __future__ import annotations

import pytest

from .form_cases import assert_read_as


# German lists close a book on its town and year with no publisher far more often than on a publisher with no town:
# a word there that no list knows as a town is still the town, unless the name is a firm's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schmidt, Anna: Lernen im Alter. Baltmannsweiler 2005.", {"publisher-place": "Baltmannsweiler"}),
        (
            "Reiser, Helmut: Das Lehramt an Sonderschulen. In: Wittrock, M. (Hrsg.): Sonderpädagogische Förderung. "
            "Neuwied 1997, S. 12-20.",
            {"publisher-place": "Neuwied", "page": "12-20"},
        ),
        ("Roth, Eva: Heilige und Seefahrer. Eine Einführung. Lang 2009.", {"publisher": "Lang"}),
    ],
)
def test_german_town_and_year_stay_the_place(text: str, expected: dict[str, str]) -> None:
    assert_read_as(text, expected)
