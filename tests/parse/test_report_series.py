"""A report's series and number after its imprint (normalisers/report_series.py), as NLM/Vancouver sets them."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Kissel R, Regenscheid A, Scholl M, Stine K. Guidelines for media sanitization. Gaithersburg (MD): "
            "National Institute of Standards and Technology; 2014. NIST Special Publication 800-88 Rev. 1.",
            "800-88 Rev. 1",
        ),
        (
            "Kissel R, Stine K. Guidelines for media sanitization. Gaithersburg (MD): National Institute of "
            "Standards and Technology; 2006. NIST Special Publication 800-88.",
            "800-88",
        ),
    ],
)
def test_a_special_publications_number_after_the_imprint_is_no_journal(text: str, number: str) -> None:
    # read as the journal "NIST Special Publication 800-88 Rev" with volume 1 before
    item = parse_reference(text)
    assert "container-title" not in item and "volume" not in item
    assert (item["type"], item["collection-title"], item["number"]) == ("report", "NIST Special Publication", number)
    assert item["publisher"] == "National Institute of Standards and Technology"
    assert item["title"] == "Guidelines for media sanitization"


def test_the_note_before_a_series_is_the_title_when_no_title_was_read() -> None:
    # the title went into the note with the series, and the note was dropped with it: no title anywhere
    item = parse_reference(
        "Kissel R, Regenscheid A, Scholl M, Stine K. Guidelines for media sanitization. NIST Special Publication "
        "800-88, 2014."
    )
    assert item["title"] == "Guidelines for media sanitization"
    assert (item["collection-title"], item["number"]) == ("NIST Special Publication", "800-88")
    assert "no-title" not in item["custom"]["biblio"]["flags"]
