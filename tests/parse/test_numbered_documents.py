"""A patent's or a standard's number read as a journal with its numbers (normalisers/numbered_documents.py)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.numbered_documents import numbered_document


@pytest.mark.parametrize(
    ("text", "number", "genre"),
    [
        ('[7] J. P. Wilkinson, "Nonlinear resonant circuit devices," U.S. Patent 3 624 125, Jul. 16, 1990.',
         "3 624 125", "U.S. Patent"),
        ("Wilkinson, J. P. Nonlinear resonant circuit devices. US Patent 3,624,125, 16 July 1990.",
         "3,624,125", "US Patent"),
    ],
)
def test_a_patents_office_and_number_are_no_journal(text: str, number: str, genre: str) -> None:
    # read as the journal "U.S. Patent" with volume 3 and the rest a note
    item = parse_reference(text)
    assert (item["type"], item["number"], item["genre"]) == ("patent", number, genre)
    assert not {"container-title", "volume", "note"} & set(item)
    assert item["title"] == "Nonlinear resonant circuit devices"
    assert "unparsed-remainder" not in item["custom"]["biblio"].get("flags", [])


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        ("[4] IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019, 2019.",
         "IEEE Standard for Floating-Point Arithmetic", "IEEE Std 754-2019"),
        ("[5] IEEE Standard for Information Technology—Wireless LAN Medium Access Control (MAC) and Physical Layer "
         "(PHY) Specifications, IEEE Std 802.11-2020, Feb. 2021.",
         "IEEE Standard for Information Technology—Wireless LAN Medium Access Control (MAC) and Physical Layer "
         "(PHY) Specifications", "IEEE Std 802.11-2020"),
        ("[6] Letter Symbols for Quantities, ANSI Standard Y10.5-1968.",
         "Letter Symbols for Quantities", "ANSI Standard Y10.5-1968"),
    ],
)
def test_a_standards_designation_is_its_number(text: str, title: str, number: str) -> None:
    # read as the journal "IEEE Std" with volume 802 and pages 11-2020, or into the title
    item = parse_reference(text)
    assert (item["type"], item["title"], item["number"]) == ("standard", title, number)
    assert not {"container-title", "volume", "page"} & set(item)


def test_a_journal_named_like_a_patent_office_with_its_numbers_elsewhere_stays() -> None:
    item = {
        "type": "article-journal", "title": "Patent law", "container-title": "Patent Review", "volume": "3",
        "custom": {"biblio": {"source": "Doe, J. (2001). Patent law. Patent Review, 3, 1-9."}},
    }
    numbered_document(item)
    assert (item["container-title"], item["volume"], item["type"]) == ("Patent Review", "3", "article-journal")
