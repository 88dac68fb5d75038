"""Reference lists labelled in brackets as standards and government reports write them ("[A-130]",
"[ISO/IEC9241-11]", "[NIST-Privacy]", "[GPG 44]"), with kramdown's attribute lists and a group's intro."""

from __future__ import annotations

from pathlib import Path

from biblio.references.cues import strip_marker
from biblio.references.entries import document_entries

DOCUMENTS = Path(__file__).parents[1] / "data" / "documents"


def _entries(name: str) -> list[tuple[str, str]]:
    text = (DOCUMENTS / name).read_text(encoding="utf-8")
    return [(e.kind, e.text) for e in document_entries(text, name).entries]


def test_standard_labels_without_a_digit_are_markers() -> None:
    assert strip_marker("[ISO/IEC9241-11] International Standards Organization (2018)")[2] == "ISO/IEC9241-11"
    assert strip_marker("[NIST-Privacy] National Institute of Standards and Technology (2020)")[2] == "NIST-Privacy"
    assert strip_marker("[pdf] the slides")[1] is None  # a lower-case word is no label


def test_kramdown_attribute_lists_after_the_label_links_are_no_text() -> None:
    entries = _entries("real-nist-sp800-63a-kramdown-ial.md")
    assert len(entries) == 9 and all(kind == "reference" for kind, _ in entries)
    assert entries[0][1].startswith("Office of Management and Budget (2016)")
    assert not any("{:" in text for _, text in entries)


def test_labels_of_two_words_open_entries_and_a_group_intro_is_an_aside() -> None:
    entries = _entries("real-nist-sp800-63-3-references.md")
    references = [text for kind, text in entries if kind == "reference"]
    assert len(references) == 10
    assert references[2].startswith("[GPG 44] UK Cabinet Office") and references[3].startswith("[NIST RMF]")
    asides = [text for kind, text in entries if kind != "reference"]
    assert len(asides) == 1 and asides[0].startswith("NIST 800 Series Special Publications are available")
