"""APA 7's reference types beyond articles and books, in the manual's forms: a standard and a patent with
their numbers, a conference presentation's event and place, a dictionary entry with no date, a book its
author publishes (edition and DOI, no publisher)."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.records.model import NEEDS_REVIEW, flags


def test_standard_with_its_number() -> None:
    item = read_reference(
        "International Organization for Standardization. (2018). Risk management—Guidelines (ISO Standard No. "
        "31000:2018). https://www.iso.org/standard/65694.html"
    )
    assert item["type"] == "standard"
    assert item["title"] == "Risk management—Guidelines"
    assert item["number"] == "31000:2018"
    assert item["genre"] == "ISO Standard"


def test_patent_with_its_number() -> None:
    item = read_reference(
        "Hoffmann, K. (2019). Method for producing a widget (U.S. Patent No. 10,123,456). U.S. Patent and "
        "Trademark Office."
    )
    assert item["type"] == "patent"
    assert item["title"] == "Method for producing a widget"
    assert item["number"] == "10,123,456"


def test_conference_presentation_event_and_place() -> None:
    item = read_reference(
        "Jones, A. (2020, May 3). Keynote address [Conference presentation]. Annual Meeting of the Society for "
        "Research, Boston, MA, United States."
    )
    assert item["type"] == "paper-conference"
    assert item["title"] == "Keynote address"
    assert item["genre"] == "Conference presentation"
    assert item["event-title"] == "Annual Meeting of the Society for Research"
    assert item["event-place"] == "Boston, MA, United States"
    assert "publisher" not in item and NEEDS_REVIEW not in flags(item)


def test_undated_dictionary_entry_retrieved_on_a_date() -> None:
    item = read_reference(
        "Merriam-Webster. (n.d.). Culture. In Merriam-Webster.com dictionary. Retrieved December 5, 2023, from "
        "https://www.merriam-webster.com/dictionary/culture"
    )
    assert item["type"] == "entry-dictionary"
    assert item["author"] == [{"literal": "Merriam-Webster"}]
    assert item["title"] == "Culture"
    assert item["container-title"] == "Merriam-Webster.com dictionary"
    assert "issued" not in item
    assert item["accessed"] == {"date-parts": [[2023, 12, 5]]}


def test_book_published_by_its_author() -> None:
    item = read_reference(
        "American Psychological Association. (2020). Publication manual of the American Psychological "
        "Association (7th ed.). https://doi.org/10.1037/0000165-000"
    )
    assert item["type"] == "book"
    assert item["edition"] == "7"
    assert item["DOI"] == "10.1037/0000165-000"
