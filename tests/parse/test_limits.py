"""Text far longer than any reference is kept whole and flagged, not parsed as one."""

from __future__ import annotations

from biblio.parse import MAX_REFERENCE_CHARS, parse_reference


def test_overlong_text_goes_to_the_fallback() -> None:
    text = "Smith, J. (2020). " + "Title, " * 5000
    assert len(text) > MAX_REFERENCE_CHARS
    item = parse_reference(text)
    assert item["custom"]["biblio"]["source"] == text
    assert "unparsed-remainder" in item["custom"]["biblio"]["flags"]
    assert "title" not in item and "author" not in item  # nothing guessed from a run of text
