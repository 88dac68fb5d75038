"""The bundled sample article: its reference section and its 11 references."""

from __future__ import annotations

import re
from pathlib import Path

from biblio.documents.detect import detect_kind
from biblio.documents.reader import read_path
from biblio.references.finder import find_reference_section
from biblio.references.splitter import split_references

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_4828e8955879783b.txt"

FIRST = (
    "Human Rights Watch. (2024, July 31). *Pakistan: Respect rights in response to Balochistan march*. "
    "<https://www.hrw.org/news/2024/07/31/pakistan-respect-rights-response-balochistan-march>"
)


def test_sample_section_and_references() -> None:
    text, name = read_path(str(SAMPLE))
    assert detect_kind(text, name) == "document"
    section = find_reference_section(text)
    assert section is not None
    assert section.heading == "References and Further Reading"
    assert section.text.startswith("Human Rights Watch. (2024, July 31).")
    assert text.split("\n")[section.start_line - 1].startswith("Human Rights Watch. (2024, July 31).")
    assert section.text.rstrip().endswith("dozens-killed-multiple-attacks-pakistan>")

    refs = split_references(section.text)
    assert len(refs) == 11
    assert refs[0].text == FIRST
    for ref in refs:
        assert re.fullmatch(r".+\S <https://\S+>", ref.text), ref.text
        assert ref.text.count("<https://") == 1
    assert refs[4].text.startswith("BBC News. (2024, February 2).")  # its URL was on the same line
    assert refs[-1].text.startswith("The Guardian. (2026, February 1).")
