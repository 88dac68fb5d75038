"""Documents of round 7 (PROVENANCE.md): a two-column page whose right column pdftotext printed before the left
column's reference heading, and BibTeX's alpha labels holding a macro in braces."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"

# pdftotext's order for a list that starts low in the left column: the right column (the rest of [3], then
# [4] …) comes first, then the heading and [1] … [3]
RIGHT_COLUMN_FIRST = "\n".join([
    'developed openly since 2018, maturing through research requirements, and has been formatted for',
    'community use and contribution, including documentation, examples, a benchmark suite, and '
    'contributor guidelines.',
    '',
    'Feher, G. R. Guntenspergen, and K. Thorne,',
    '“Causal effects versus causal mechanisms: Two',
    'traditions with different requirements and contributions towards causal understanding,” '
    'Ecology Letters, vol. 28, no. 4, p. e70029, 2025.',
    '[4] M. Plummer, “JAGS: A program for analysis',
    'of Bayesian graphical models using Gibbs sampling,” in Proceedings of the 3rd International',
    'Workshop on Distributed Statistical Computing,',
    '(Vienna, Austria), pp. 1–10, 2003.',
    '[5] D. Purves, “Filzbach,” jan 2016.',
    '',
    'References',
    '[1] R. Hilborn and M. Mangel, The Ecological Detective: Confronting models with data. '
    'Princeton, New Jersey: Princeton University Press,',
    '1997.',
    '[2] K. Willis, R. Bailey, S. Bhagwat, and H. Birks,',
    '“Biodiversity baselines, thresholds and resilience: testing predictions and assumptions',
    'using palaeoecological data,” Trends in Ecology',
    '& Evolution, vol. 25, no. 10, p. 583–591, 2010.',
    '[3] J. B. Grace, N. Huntington-Klein, E. W.',
    'Schweiger, M. Martinez, M. J. Osland, L. C.',
    '2',
    '',
])


def test_the_right_column_printed_first_goes_after_the_left_column_s_entries() -> None:
    found = read_document(RIGHT_COLUMN_FIRST, "paper.txt")
    data = [item["custom"]["biblio"] for item in found.items]
    assert [d["label"] for d in data] == ["[1]", "[2]", "[3]", "[4]", "[5]"]
    assert {d["section"] for d in data} == {"References"}
    # the rest of [3] at the right column's top is [3]'s, and nothing the page held is lost
    assert data[2]["source"].endswith("Ecology Letters, vol. 28, no. 4, p. e70029, 2025.")
    assert "Feher, G. R. Guntenspergen" in data[2]["source"]
    assert [d["line"] for d in data] == [14, 16, 20, 7, 11]  # each at its document line
    assert found.items[2]["container-title"] == "Ecology Letters"


def test_a_heading_s_own_list_numbered_from_one_stays_where_it_is() -> None:
    # a numbered list of other things above the heading does not continue the list under it
    text = ("Steps\n1. Install the package.\n2. Run it.\n\nReferences\n"
            "[1] R. Hilborn and M. Mangel, The Ecological Detective. Princeton University Press, 1997.\n")
    found = read_document(text, "notes.txt")
    assert [item["custom"]["biblio"]["label"] for item in found.items] == ["[1]"]


def test_an_alpha_label_holding_a_macro_in_braces_opens_its_entry() -> None:
    # \bibitem[GHKS{\etalchar{+}}25]{key}: BibTeX's alpha style for a work of more than four authors
    found = read_document((DOCUMENTS / "real-bristlecone-alpha-thebibliography.tex").read_text(encoding="utf-8"),
                          "paper.tex")
    sources = [item["custom"]["biblio"]["source"] for item in found.items]
    assert len(sources) == 8
    assert sources[0].startswith("James B. Grace, Nick Huntington-Klein")
    assert "etalchar" not in " ".join(sources)


def test_a_remark_in_italics_after_a_loose_list_is_no_part_of_its_last_item() -> None:
    # a Word list as Markdown: items apart, then the writer's remark at the margin, wholly in italics
    text = ("**Literatuurlijst**\n\n"
            "1.  Hilborn, R., & Mangel, M. (1997). *The Ecological Detective: Confronting models with data*. "
            "Princeton University Press.\n\n"
            "2.  Purves, D. (2016). *Filzbach*. https://github.com/predictionmachines/Filzbach\n\n"
            "*Alle links geraadpleegd op 3 december 2025.*\n")
    found = read_document(text, "list.md")
    assert len(found.items) == 2
    assert "geraadpleegd" not in found.items[1]["custom"]["biblio"]["source"]
    assert any("not a reference, left out" in d and "geraadpleegd" in d for d in found.details)
    # indented under the item, such a paragraph is the item's (an annotated list's note)
    indented = text.replace("*Alle links", "    *Alle links")
    assert "geraadpleegd" in read_document(indented, "list.md").items[1]["custom"]["biblio"]["source"]
