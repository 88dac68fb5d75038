"""PDF text of a typeset reference list (round 5, measured unseen): ligatures a font maps to no character, an
entry cut by a page break whose hyphenated word pdftotext joined to the page number, a page range cut at a
line end, and a thesis's bibliographies under Italian headings."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.plaintext import plain_lines
from biblio.documents.reader import read_input
from biblio.references.finder import is_reference_heading
from biblio.references.splitter import split_references

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def test_a_ligature_given_as_its_font_slot_is_its_letters() -> None:
    # pdfLaTeX's T1 fonts: fi at 0x1C, fl at 0x1D, ff at 0x1B; a terminal's colour code stays as it is
    assert plain_lines("Bibliogra\x1ca\nin\x1duence and e\x1bect\n\x1b[0m") == [
        "Bibliografia", "influence and effect", "\x1b[0m"]


def test_a_page_number_joined_to_a_hyphenated_word_is_taken_off_and_the_entry_goes_on() -> None:
    found, _ = read_input(str(DOCUMENTS / "real-joss-hypercomplex-report-pdftotext.txt"))
    items = read_document(found.text, found.name).items
    assert len(items) == 8
    source = items[1]["custom"]["biblio"]["source"]
    assert "floating3" not in source and "Research Report RR-5753, INRIA" in source  # the next page's part
    assert "M. Bak" not in source and "Hypercomplex:" not in source  # the running head between
    assert items[2]["custom"]["biblio"]["source"].startswith("M. Hořeňovský")  # the entry after, on its own


def test_a_number_after_an_open_page_range_ends_the_range() -> None:
    refs = split_references("Serrai, A. 2010. “La citazione.” In Natura, pp. 31–\n33. Roma: Bulzoni.\n"
                            "UNI ISO 690. 2007. Documentazione. Milano: UNI.")
    assert [r.text for r in refs] == ["Serrai, A. 2010. “La citazione.” In Natura, pp. 31–33. Roma: Bulzoni.",
                                      "UNI ISO 690. 2007. Documentazione. Milano: UNI."]


def test_italian_headings_and_a_bibliography_named_with_its_topic() -> None:
    assert is_reference_heading("Altre opere citate") and is_reference_heading("Opere citate")
    assert is_reference_heading("Bibliografia LaTeX") and is_reference_heading("Bibliographie générale")
    assert not is_reference_heading("Bibliografia e altro materiale didattico online")


def test_the_thesis_s_second_bibliography_is_read_under_its_heading() -> None:
    found, _ = read_input(str(DOCUMENTS / "real-guit-thesis-twocolumn-layout.txt"))
    items = read_document(found.text, found.name).items
    others = [i for i in items if i["custom"]["biblio"].get("section") == "Altre opere citate"]
    assert [i["custom"]["biblio"]["source"].split(".")[0] for i in others] == [
        "Il Vocabolario Treccani", "ISO 690", "Manzoni, A", "Serrai, A", "UNI ISO 690"]
    assert {i["custom"]["biblio"].get("section") for i in items} == {"Bibliografia LATEX", "Altre opere citate"}
