"""The authors and the title out of a note that opens the reference (mends/opening_notes.py)."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.opening_notes import names_out_of_opening_note
from tests.parse.span_cases import spans_of


def _labels(text: str, *read: tuple[str, str]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in names_out_of_opening_note(spans_of(text, *read), text)]


def test_a_vancouver_list_then_the_title_out_of_one_opening_note() -> None:
    text = "Kissel R. Guidelines for Media Sanitization. NIST SP 800-88, 2014."
    read = _labels(text, ("note", "Kissel R. Guidelines for Media Sanitization. NIST SP 800-88,"), ("date", "2014."))
    assert read == [
        ("author", "Kissel R."),
        ("title", "Guidelines for Media Sanitization."),
        ("note", "NIST SP 800-88,"),
        ("date", "2014."),
    ]


def test_a_body_then_the_title_out_of_one_opening_note() -> None:
    text = "National Institute of Standards and Technology. Guidelines for Media Sanitization. NIST SP 800-88, 2014."
    item = parse_reference(text)
    assert item["author"] == [{"literal": "National Institute of Standards and Technology"}]
    assert item["title"] == "Guidelines for Media Sanitization"
    assert item["issued"] == {"date-parts": [[2014]]}


def test_a_note_that_opens_with_no_names_stays_a_note() -> None:
    text = "Based on field work undertaken in 1908 and 1909. Also published in Spanish. Quito, 1963."
    note = "Based on field work undertaken in 1908 and 1909. Also published in Spanish. Quito,"
    assert _labels(text, ("note", note), ("date", "1963.")) == [("note", note), ("date", "1963.")]


def test_a_single_sentence_note_stays_whole() -> None:
    text = "Alice Smith (lecturer, University of Auckland), interviewed by author, May 5, 2056."
    note = "Alice Smith (lecturer, University of Auckland), interviewed by author,"
    assert _labels(text, ("note", note), ("date", "May 5, 2056.")) == [("note", note), ("date", "May 5, 2056.")]
