"""Chicago's newspaper article with its page after the date: ``Boston Globe, June 7, 1998, C1+.``
(``readers/chicago/source._periodical``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "paper", "page"),
    [
        (
            "Morrow, Ellen. “Night Trains.” Review of The Long Line, by Peter Hale. New York Times, March 3, 2004, B2.",
            "New York Times",
            "B2",
        ),
        (
            "Pike, Laura. “Harbour Lights.” Review of Salt Roads, by Anna Kerr. Boston Globe, May 9, 2001, C1+.",
            "Boston Globe",
            "C1+",
        ),
        (
            "Dunn, Carl. “The Quiet Season.” Review of Frost, by Ida Marsh. New York Times Book Review, "
            "October 2, 2011, 12.",
            "New York Times Book Review",
            "12",
        ),
    ],
)
def test_page_after_newspaper_date(text: str, paper: str, page: str) -> None:
    item = parse_reference(text)
    assert item["container-title"] == paper
    assert item["page"] == page
    assert item["issued"]["date-parts"][0][0] in (2001, 2004, 2011)
    assert item["reviewed-author"][0]["family"] in ("Hale", "Kerr", "Marsh")


def test_lower_case_words_before_the_date_are_no_newspaper() -> None:
    item = parse_reference(
        "“Retail Snapshot: Trade Area 12,” report prepared by Delta Data, Inc., for Lane Realty LLC, "
        "January 13, 2005, 1."
    )
    assert item.get("container-title") != "report prepared by Delta Data, Inc., for Lane Realty LLC"
