"""Mixed-discipline reference forms of the kind AnyStyle's labelled sets hold (humanities and social-science
books and chapters, journal articles in author-date and notes styles) that the parser read wrong: each a
reference written for this test in the form, and what the user gets."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_doi_link_without_its_scheme_is_the_doi() -> None:
    item = parse_reference(
        "Marsh K, Olsen P (2016) Coastal dunes and their grasses. Front Mar Sci. doi.org/10.3389/fmars.2016.00112."
    )
    assert item["DOI"] == "10.3389/fmars.2016.00112"
    assert "note" not in item


def test_catalogue_towns_set_apart_by_semicolons() -> None:
    item = parse_reference(
        "Hardy, Thomas J. Rural Credit in Europe: A History. 2nd ed. Oxford ; New York: Berghahn Books, 2004."
    )
    assert item["publisher-place"] == "Oxford ; New York"
    assert item["edition"] == "2"
    assert item["title"] == "Rural Credit in Europe: A History"


def test_publisher_before_town_after_a_book_in_a_chapter() -> None:
    item = parse_reference(
        "HALE B. 1994 Bronze tools, in R. Ames, T. Wood (Eds.), Handbook of Early Metallurgy, Routledge, London, "
        "211-230."
    )
    assert item["container-title"] == "Handbook of Early Metallurgy"
    assert item["publisher"] == "Routledge"
    assert item["publisher-place"] == "London"
