"""The notes around legal references in OpenStax's *American Government*: the day of the visit in brackets after
the link that closes a note is the access date, never the page's date, and the link is never the site."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("“NAACP: 100 Years of History,” https://donate.naacp.org/pages/naacp-history (April 10, 2016).", None),
        (
            "“Circuit Riding.” *Encyclopedia Britannica*. http://www.britannica.com/topic/circuit-riding"
            " (March 1, 2016).",
            "Encyclopedia Britannica",
        ),
    ],
)
def test_bracket_date_after_the_closing_link_is_the_visit(text: str, container: str | None) -> None:
    item = read_reference(text)
    assert "issued" not in item
    assert item["accessed"]["date-parts"][0][0] == 2016
    assert item["URL"].startswith("http")
    assert item.get("container-title") == container


def test_the_page_date_before_the_link_stays() -> None:
    item = read_reference(
        "Jennifer Liberto, “It pays to work for the White House,” *CNN Money*, 2 July 2014,"
        " http://money.cnn.com/2014/07/02/news/economy/white-house-salaries/ (May 1, 2016)."
    )
    assert item["issued"] == {"date-parts": [[2014, 7, 2]]}
    assert item["accessed"] == {"date-parts": [[2016, 5, 1]]}
