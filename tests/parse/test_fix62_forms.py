"""Forms misread in real lists, round fix62: a philosophy or history list's entry opening on a person in natural
order, a bracketed year and a colon, with no imprint after the title.  The references here are written for the
tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, read_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immanuel Kant (1781): Kritik der reinen Vernunft.",
         {"author": [{"family": "Kant", "given": "Immanuel"}], "title": "Kritik der reinen Vernunft",
          "issued": {"date-parts": [[1781]]}}),
        ("Gotthold Ephraim Lessing (1766): Laokoon.",
         {"author": [{"family": "Lessing", "given": "Gotthold Ephraim"}], "title": "Laokoon",
          "issued": {"date-parts": [[1766]]}}),
        ("Immanuel Kant (1790): Kritik der Urteilskraft. Berlin: Lagarde.",
         {"author": [{"family": "Kant", "given": "Immanuel"}], "title": "Kritik der Urteilskraft",
          "publisher": "Lagarde"}),
    ],
)  # fmt: skip
def test_person_year_colon_opens_the_entry(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_a_body_before_the_year_stays_a_body() -> None:
    assert read_fields("Deutsche Bank (2020): Jahresbericht.")["author"] == [{"literal": "Deutsche Bank"}]
