"""Conventions many reference lists print that the parser misread, each with references written for this
test in that form (none copied from a gold set): a book series between the title and the imprint, a
Harvard imprint ``Publisher, Place``, a software version, a collaboration as author, and the others below."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.series import series_apart

# --- a book's series between its title and its imprint --------------------------------------------------


def test_series_closing_the_title_after_a_comma() -> None:
    item = parse_reference(
        "Hodder, I. 1992 Reading the Past: Current Approaches, Cambridge Studies in Archaeology, Cambridge: "
        "Cambridge University Press."
    )
    assert item["title"] == "Reading the Past: Current Approaches"
    assert item["publisher"] == "Cambridge University Press"
    assert item["collection-title"] == "Cambridge Studies in Archaeology"


def test_series_opening_the_publisher() -> None:
    item = {"type": "book", "title": "Linear Models", "publisher": "Springer Texts in Statistics. Springer"}
    series_apart(item)
    assert item["publisher"] == "Springer"
    assert item["collection-title"] == "Springer Texts in Statistics"


def test_numbered_series_before_the_publisher() -> None:
    item = {"type": "book", "title": "Plane Geometry", "publisher": "Mathematical Expositions #12, Oxford Press"}
    series_apart(item)
    assert item["publisher"] == "Oxford Press"
    assert item["collection-title"] == "Mathematical Expositions #12"


def test_series_named_series_before_the_publisher_in_brackets() -> None:
    item = parse_reference(
        "4. A. B. Jones, *Radar Receivers* (Lincoln Laboratory Series, McGraw-Hill, New York, 1951)."
    )
    assert item["title"] == "Radar Receivers"
    assert item["publisher"] == "McGraw-Hill"


def test_title_with_studies_in_its_own_words_is_kept() -> None:
    item = {"type": "book", "title": "Forecasting: Time Series Methods", "publisher": "Wiley"}
    series_apart(item)
    assert item["title"] == "Forecasting: Time Series Methods"
    assert "collection-title" not in item
