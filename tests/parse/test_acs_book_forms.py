"""The ACS's books and chapters, typed as its guide writes them: the semicolons part a book's title, edition, series,
editors and imprint."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_book_with_edition_and_series() -> None:
    item = parse_reference(
        "(2) Hammond, C. The Basics of Crystallography and Diffraction, 4th ed.; International Union of "
        "Crystallography Texts on Crystallography, Vol. 21; Oxford University Press: Oxford, 2015."
    )
    assert item.get("title") == "The Basics of Crystallography and Diffraction"
    assert item.get("edition") == "4"
    assert item.get("collection-title") == "International Union of Crystallography Texts on Crystallography"
    assert (item.get("publisher"), item.get("publisher-place")) == ("Oxford University Press", "Oxford")


def test_chapter_with_book_editors_and_imprint_read_as_one_book() -> None:
    item = parse_reference(
        "(4) Kohn, W. Electronic Structure of Matter. In Nobel Lectures, Chemistry 1996–2000; Grenthe, I., Ed.; "
        "World Scientific: Singapore, 2003; pp 213–237."
    )
    assert item.get("container-title") == "Nobel Lectures, Chemistry 1996–2000"
    assert item["editor"] == [{"family": "Grenthe", "given": "I."}]
    assert (item.get("publisher"), item.get("publisher-place")) == ("World Scientific", "Singapore")
