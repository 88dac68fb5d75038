"""IEEE's chapter in a book, as its reference guide writes it: ``in Title of Book, xth ed. City: Publisher, year,
ch. x, sec. x, pp. xxx-xxx`` (the edition apart from the book's title, the chapter and section before the pages)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.pages import page_value


def test_the_edition_after_the_books_title_is_apart_from_title_and_publisher() -> None:
    item = parse_reference('[1] Y. Saad, "Preconditioned Iterations," in Iterative Methods for Sparse Linear Systems, '
                           "2nd ed. SIAM, 2003, ch. 9, sec. 2, pp.276-281.")
    assert item["title"] == "Preconditioned Iterations"
    assert item["container-title"] == "Iterative Methods for Sparse Linear Systems"
    assert item["publisher"] == "SIAM" and item["edition"] == "2"
    assert item["page"] == "276-281"
    placed = parse_reference('[2] Y. Saad, "Preconditioned Iterations," in Iterative Methods for Sparse Linear '
                             "Systems, 2nd ed. Philadelphia, PA, USA: SIAM, 2003, ch. 9, sec. 2, pp. 276-281.")
    assert placed["container-title"] == "Iterative Methods for Sparse Linear Systems"
    assert placed["publisher-place"] == "Philadelphia, PA, USA" and placed["publisher"] == "SIAM"


def test_the_chapter_and_section_before_the_pages_are_no_page() -> None:
    assert page_value("ch. 9, sec. 2, pp. 276-281") == "276-281"
    assert page_value("ch. 3, pp. 15-64") == "15-64"
    assert page_value("pp. 15-64") == "15-64"
    assert page_value("ch. 9") == "ch. 9"  # no pages after it: left as it was
