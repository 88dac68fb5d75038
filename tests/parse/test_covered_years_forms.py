"""A history's title closing on the years it covers, ``…, 1870-1930.`` or ``…, 1978-79.``, before the
book's imprint: the years end the title, they are no pages (``readers/apa/source._periodical``,
``mends/years.years_closing_title``)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hollis, A. B. (2004). Ports and people: trade, labour, and migration in the Baltic, 1850-1914. "
            "Oxford: Clarendon Press.",
            "Ports and people: trade, labour, and migration in the Baltic, 1850-1914",
        ),
        (
            "Rowe, T., & Kemp, L. (1999). Mills and markets: cloth, credit, and the county, 1720-1790. "
            "Leeds, United Kingdom: Northern Academic Press.",
            "Mills and markets: cloth, credit, and the county, 1720-1790",
        ),
        (
            "Varga, Lena. 2010. The Making of a Border: Lectures at the University of Vienna, 1988-89. "
            "Basingstoke: Palgrave.",
            "The Making of a Border: Lectures at the University of Vienna, 1988-89",
        ),
    ],
)
def test_years_close_a_book_title(text: str, title: str) -> None:
    item = parse_reference(text)
    assert item["title"] == title
    assert "page" not in item
    assert "container-title" not in item
    assert item["publisher"]


def test_pages_after_a_journal_stay_pages() -> None:
    item = parse_reference("Hollis, A. B. (2004). Ports and people. Baltic Studies, 12, 1850-1914.")
    assert (item["container-title"], item["volume"], item["page"]) == ("Baltic Studies", "12", "1850-1914")
