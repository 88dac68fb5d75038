"""AMA 11's book and web forms read by hand: the last name of a Vancouver list read into a book's title
(``mends/vancouver_names``), the book's edition after its title (``mends/edition_title``), and the word before a
web page's date (``mends/updated_dates``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_the_last_name_of_the_list_and_the_edition_leave_the_books_title() -> None:
    # "Loscalzo J. Harrison's Principles of Internal Medicine. 19th ed" was the title, Loscalzo lost
    item = parse_reference(
        "6. Kasper DL, Fauci AS, Hauser SL, Longo DL, Jameson JL, Loscalzo J. Harrison's Principles of Internal "
        "Medicine. 19th ed. McGraw-Hill; 2015."
    )
    assert [a["family"] for a in item["author"]][-1] == "Loscalzo"
    assert len(item["author"]) == 6
    assert (item["title"], item["edition"], item["publisher"]) == (
        "Harrison's Principles of Internal Medicine", "19", "McGraw-Hill",
    )


def test_the_update_word_before_a_pages_date_is_no_journal() -> None:
    # "Updated" was the container-title
    item = parse_reference(
        "3. Centers for Medicare & Medicaid Services. National health expenditure data. Updated December 15, 2021. "
        "Accessed January 5, 2022. https://www.cms.gov/"
    )
    assert "container-title" not in item
    assert item["issued"] == {"date-parts": [[2021, 12, 15]]}
    assert item["accessed"] == {"date-parts": [[2022, 1, 5]]}
