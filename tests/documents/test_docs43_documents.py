"""Real documents, round docs43 (tests/data/documents/PROVENANCE.md): an abstract book whose HTML lines follow a
reference with no blank line, pandoc's escaped labels over anchor spans that ran over a line end, a bibliography of
short author-year citations with their addresses, an editor's placeholder before a list."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.markdown import markdown_lines
from biblio.references.cues import is_reference
from biblio.references.splitter import split_references


def _sources(text: str, name: str = "page.md") -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


def test_an_html_block_after_a_reference_is_a_block_of_its_own() -> None:
    # bookdown's abstract book: a page-break paragraph and the next session's banner right under the last entry
    text = ("References\n----------\n\nWang, H., Banerjee, A. and Boley, D. (2011). Common component analysis\n"
            "for multiple covariance matrices. *Proceedings of KDD*,\n956–964.\n<p class=\"pagebreak\"></p>\n"
            "<p style=\"text-align:center\">Wednesday 13<sup>th</sup> 10:30 Case Room 4</p>\n\n## Next talk\n")
    lines = markdown_lines(text)
    assert lines[5] == "956–964." and not lines[6].strip() and "Wednesday" in lines[7]
    assert _sources(text) == ["Wang, H., Banerjee, A. and Boley, D. (2011). Common component analysis for "
                              "multiple covariance matrices. *Proceedings of KDD*, 956–964."]


def test_an_escaped_label_alone_over_its_entry_is_the_entry_s_label() -> None:
    # pandoc: "**\[Team18\]** <span id=…" / "label=…></span> IOHK …": the span goes, the label stays on its line
    section = ("\\[CVG19\\]\nJared Corduan and Polina Vinogradova. *A Formal Specification of the Cardano Ledger*.\n"
               "2019.\n\n\\[Team18\\]\nIOHK Formal Methods Team.\n*Design Specification for Delegation and Incentives"
               " in Cardano*. 2018.")
    refs = split_references(section)
    assert [r.marker for r in refs] == ["\\[CVG19\\]", "\\[Team18\\]"]
    assert refs[1].text.startswith("IOHK Formal Methods Team.")


def test_a_plain_label_line_over_its_entry_keeps_its_own_layout() -> None:
    # an RFC's "[Plummer2003]" over its indented entry is read as before, not joined to its first line
    section = "[Martin2019]\n   Martin, A., \"Long-term interactions\", Ph.D. Thesis, 2019.\n"
    refs = split_references(section)
    assert len(refs) == 1 and "Martin, A., \"Long-term interactions\"" in refs[0].text


def test_a_short_author_year_citation_with_its_address_is_a_reference() -> None:
    assert is_reference("Cock et al., 2009. https://www.ncbi.nlm.nih.gov/pubmed/19304878.")
    assert is_reference("Chan & Lowe, 2019. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6768409.")
    assert not is_reference("Cock et al., 2009.")  # a short note stays one
    text = ("Bibliography\n============\n\n.. _cock2009:\n\nCock et al., 2009. https://www.ncbi.nlm.nih.gov/pubmed/19304878."
            "\n\n.. _cresawn2011:\n\nCresawn et al., 2011. https://www.ncbi.nlm.nih.gov/pubmed/21991981.\n")
    items = read_document(text, "bibliography.rst").items
    assert [(i["author"][0]["family"], i["URL"][-8:]) for i in items] == [("Cock", "19304878"), ("Cresawn", "21991981")]


def test_an_editors_placeholder_before_the_list_is_no_reference() -> None:
    text = ("# Bibliography\n\n< In development >\n\nCock et al., 2009. https://www.ncbi.nlm.nih.gov/pubmed/19304878."
            "\n\nCresawn et al., 2011. https://www.ncbi.nlm.nih.gov/pubmed/21991981.\n")
    assert [s[:7] for s in _sources(text)] == ["Cock et", "Cresawn"]


def test_a_backslash_hard_break_leaves_no_backslash() -> None:
    # CommonMark's other hard break: a backslash at the end of the line ("(2017)\" / "Role: co-PI\")
    text = "- **Synergistic Discovery and Design (DARPA)** (2017)\\\nRole: co-PI\\\nAward: _$2,000,000_\n"
    assert markdown_lines(text)[:3] == ["- Synergistic Discovery and Design (DARPA) (2017)", "Role: co-PI",
                                        "Award: _$2,000,000_"]
