"""Needs-review, round flag47: marks a field writes inside itself no longer count as a boundary the reading ran over
(``review/marks.py``): the ACS's year and comma before the volume, a title's bracket the title goes on after, and the
list's key in square brackets closing a reference after its link."""

from __future__ import annotations

import pytest

from .form_cases import own_mark


@pytest.mark.parametrize(
    ("words", "left", "right", "own"),
    [
        # the ACS's and RSC's year, comma and volume before the bracket
        ([("J. Am. Chem. Soc. ", "journal"), ("2012, 134 ", "volume"), ("(51), ", "issue")], "2012", "134", True),
        ([("J. Chem. Phys., ", "journal"), ("2010, 132", "volume"), ("(15), ", "issue")], "2010", "132", True),
        # a volume's number that is no year, or no issue's bracket after, is left to the counts
        ([("Trans. Big Data ", "journal"), ("7, 3 ", "volume"), ("2019", "date")], "7", "3", False),
        ([("Journal ", "journal"), ("2012, 134, ", "volume"), ("5-9", "pages")], "2012", "134", False),
        # a title's bracket the title goes on after
        ([("Current Epidemic Growth Status (Based on Rt) for States. ", "title")], "Status", "Based", True),
        ([("Corporate Value Chain (Scope 3) Standard: ", "title")], "Chain", "Scope", True),
        # a bracket closing the title (a series', an edition's) is left to the counts
        (
            [("Representations of the Virasoro Algebra (Advanced Studies in Mathematics)", "title")],
            "Algebra",
            "Advanced",
            False,
        ),
        ([("Environment Statistics (FDES 2013) (Chapter 3) ", "title")], "Statistics", "FDES", False),
        # the list's key closing the reference after its link
        (
            [("OECD Publishing, Paris, ", "publisher"), ("https://doi.org/10.1787/eafa3786-en. [3]", "url")],
            "https://doi.org/10.1787/eafa3786-en",
            "3",
            True,
        ),
        ([("https://doi.org/10.1787/eafa3786-en. [3] More", "url")], "https://doi.org/10.1787/eafa3786-en", "3", False),
    ],
)
def test_a_fieldsown_mark(words: list[tuple[str, str]], left: str, right: str, own: bool) -> None:
    assert own_mark(words, left, right) is own
