"""ISO 690 books closing on the copyright year and the count of pages in Czech or Slovak (``c2004, xvi, 391 s.``):
the year is the date, the count the pages. The references here are written for the
tests."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference


@pytest.mark.parametrize(
    ("text", "year", "page"),
    [
        ("DVOŘÁK, Petr. Základy optiky. Praha: Academia, c2011, 212 s. ISBN 978-80-200-1234-5.", 2011, "212"),
        ("KRÁL, Jan. Digital image processing: an introduction. 3rd ed. Berlin: Springer, c2008, xiv, 410 s. "
         "ISBN 3540123456.", 2008, "xiv, 410"),
        ("NOVOTNÁ, Marie. Metody analýzy obrazu. Praha: Grada, c2015, viii, 256 s. ISBN 978-80-247-1234-5.", 2015,
         "viii, 256"),
    ],
)
def test_the_copyright_year_before_the_count_of_pages_is_the_date(text: str, year: int, page: str) -> None:
    item = read_reference(text)
    assert item["issued"] == {"date-parts": [[year]]}
    assert item["page"] == page
