"""A short bracket closing a title in English's letters, whose only characters beyond ASCII are dashes or quotation
marks (``… Interface (API) — Amendment: Protection and Audit [C Language] IEEE Std …``), describes the work: it
stays in the title; a title in another language's letters still gives its bracketed translation to the note."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.translations import translation_closing_title


def test_a_short_bracket_after_an_english_title_with_dashes_stays() -> None:
    item = parse_reference(
        "Draft Standard for Computing — Portable Shell Interface (PSI) — Part 2: Utilities (U) — Amendment: "
        "Security and Logging Interfaces [C Language] IEEE Std 1201.2b Draft 9 Editor Anna Berg"
    )
    assert str(item.get("title", "")).endswith("[C Language]") and "[C Language]" not in str(item.get("note", ""))


def test_a_short_bracket_after_a_title_in_other_letters_is_its_translation() -> None:
    item = {"title": "Magyar történet [A history of Hungary]"}
    translation_closing_title(item)
    assert item["title"] == "Magyar történet" and item["note"] == "[A history of Hungary]"


def test_a_standard_s_number_before_a_colon_is_no_year() -> None:
    item = parse_reference("RFC 1918: Address Allocation for Private Internets. https://www.rfc-editor.org/rfc/rfc1918")
    assert "issued" not in item and "author" not in item
