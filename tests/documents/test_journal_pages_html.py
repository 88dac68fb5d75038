"""Journal and documentation pages in HTML as they are published: a journal platform's notes beside its
reference list, an item's number apart from its text, hidden tooltips, an arrow link repeating an address,
docutils' tables of citations and its rubrics (real pages of tests/data/documents)."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.html import html_document
from biblio.documents.link_bars import drop_link_bars

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def _read(name: str) -> str:
    return (DOCUMENTS / name).read_text(encoding="utf-8")


def test_a_notes_list_beside_the_reference_list_gives_its_notes_that_are_references() -> None:
    # SciELO: ul.refList.articleFootnotes of notes (no heading), then the same classes under "References"
    lines, _ = html_document(_read("real-scielo-bak-designsystem.html"))
    assert "[^1]: LEVINSON, S. C. *Pragmatics*. New York: Cambridge University Press, 1983." in lines
    assert lines.count("## References") == 0  # the notes list is no reference list
    found = read_document(_read("real-scielo-bak-designsystem.html"), "a.html")
    sources = [item["custom"]["biblio"]["source"] for item in found.items]
    assert sources[0].startswith("LEVINSON, S. C. *Pragmatics*") and sources[1].startswith("AUSTIN, J. L. *How")
    assert sources[2].startswith("AGOSTINHO") and len(sources) == 17


def test_the_older_layout_s_hidden_tooltips_and_numbered_notes() -> None:
    found = read_document(_read("real-scielo-bak-standalone.html"), "a.html")
    assert len(found.items) == 17
    assert found.items[0]["author"][0]["family"] == "LEVINSON"


def test_an_arrow_link_repeating_the_address_above_it_is_no_part_of_the_reference() -> None:
    url = "https://www.britannica.com/biography/John-Searle"
    lines = ["- FOTION, N. John Searle. *Encyclopedia Britannica.* Disponível em: " + url + ", 2021.",
             f"[» {url}]({url})", "", "- Other. Title, 2020.", f"[» {url}]({url})"]
    assert drop_link_bars(lines)[1:] == ["", "", "- Other. Title, 2020.", url]


def test_hidden_elements_are_not_text() -> None:
    page = '<html><body><p>Text <span hidden="">secret</span><span aria-hidden="true">icon</span>.</p></body></html>'
    assert html_document(page)[0] == ["Text ."]


def test_docutils_citation_tables_and_rubrics() -> None:
    # Sphinx 1 (NumPy 1.13): each citation a table.docutils.citation, "References" and "Examples" as rubrics
    lines, _ = html_document(_read("real-numpy-hanning-sphinx.html"))
    assert "###### References" in lines and "###### Examples" in lines
    assert any(line.startswith("[R28] Blackman, R.B. and Tukey, J.W., (1958)") for line in lines)
    found = read_document(_read("real-numpy-hanning-sphinx.html"), "n.html")
    assert [item["custom"]["biblio"]["label"] for item in found.items] == ["[R28]", "[R29]", "[R30]", "[R31]"]


def test_docutils_footnote_lists_and_their_back_references() -> None:
    # docutils >= 0.18 (Sphinx 5 on): aside.footnote-list; a note cited twice carries "(1,2)" back-links
    lines, _ = html_document(_read("real-pep0485-isclose-docutils.html"))
    assert "[3] Boost project floating-point comparison algorithms" in lines
    assert not any("(,)" in line for line in lines)


def test_a_note_of_prose_citing_a_work_with_its_page_is_no_reference() -> None:
    from biblio.references.cues import is_reference

    assert not is_reference("Arno Wehling (1977, p.171) destaca que o apogeu “da política fomentista em relação "
                            "ao anil e à cochonilha situou-se entre 1769 e 1790”.")
    assert is_reference("Wehling, Arno (1977). O fomentismo português. Revista, 316, 170-278.")
    found = read_document(_read("real-scielo-hcsm-notas.html"), "h.html")
    assert {item["custom"]["biblio"]["section"] for item in found.items} == {"REFERÊNCIAS"}
