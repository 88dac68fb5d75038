"""Real documents, round docs49 (tests/data/documents/PROVENANCE.md): a Wikipedia page as html2text renders it,
one copied into a module's comments, R's "To cite … use:" heading, footnotes that are the reference list, another
wiki's numbered back-links and an assembly source's bibliography."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.references.splitter import split_references


def _sources(text: str, name: str = "page.md") -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


_HTML2TEXT = """\
the anodophiles must compete for resources.[20]
***** See also[edit] *****
    * Lake_retention_time
***** References[edit] *****
   1. ^ a b c dNauman, E. Bruce (May 2008). "Residence Time Theory".
      Industrial & Engineering Chemistry Research. 47 (10): 3752-3766. doi:
      10.1021/ie071635a.
   2. .mw-parser-output cite.citation{font-style:inherit}.mw-parser-output
      .citation q{quotes:"\\""}.mw-parser-output .cs1-kern-right{padding-right:0.2em}
   3. ^Levenspiel, Octave (1999). Chemical reaction engineering (3rd ed.).
      New York: Wiley. ISBN 978-1-60119-921-8.
  10. ^ a bColli, A. N.; Bisang, J. M. (August 2011). "Evaluation of the
      hydrodynamic behaviour of turbulence promoters". Electrochimica Acta. 56
      (21): 7312-7318.
***** Further reading[edit] *****
    * Davis, M; Masten, Susan (2013). Principles of environmental engineering
      and science. New York: McGraw Hill. ISBN 9780077492199.
Leckner, Bo; Ghirelli, Frederico (2004). "Transport equation for local
residence time of a fluid". Chemical Engineering Science. 59 (3): 513-523.
doi:10.1016/j.ces.2003.10.013.
Montgomery, Carla W. (2013). Environmental Geology (10th ed.). McGraw-Hill
Education. ISBN 9781259254598.
***** External links[edit] *****
    * Calculate_the_Hydraulic_Retention_Time (Lenntech)
"""


def test_html2text_s_starred_headings_indented_numbers_and_glued_back_links() -> None:
    found = read_document(_HTML2TEXT, "page.txt")
    assert [s.heading for s in found.sections] == ["References", "Further reading"]
    sources = [item["custom"]["biblio"]["source"] for item in found.items]
    # the back-links' last letter glued to the names is no part of them; the style sheet is no reference
    assert [s[:8] for s in sources] == ["Nauman, ", "Levenspi", "Colli, A", "Davis, M", "Leckner,", "Montgome"]
    assert found.items[0]["author"][0]["family"] == "Nauman"
    assert any("not a reference" in d and "mw-parser-output" in d for d in found.details)


def test_a_line_left_of_a_list_s_markers_opens_an_entry_of_its_own() -> None:
    text = ("    * Davis, M; Masten, Susan (2013). Principles of environmental engineering\n"
            "      and science. New York: McGraw Hill.\n"
            "Leckner, Bo; Ghirelli, Frederico (2004). \"Transport equation for local\n"
            "residence time of a fluid\". Chemical Engineering Science. 59 (3): 513-523.\n")
    assert [ref.text[:6] for ref in split_references(text)] == ["Davis,", "Leckne"]
    # under the item's marker, a line goes on with the item
    text = "  * Davis, M (2013). Principles of environmental\n    Engineering. New York: McGraw Hill.\n"
    assert len(split_references(text)) == 1


_COMMENTED_PAGE = '''\
# # coding=utf-8
#
# [edit]See also
#
# Suffix array
# [edit]References
#
# ^ P. Weiner (1973). "Linear pattern matching algorithm". 14th Annual IEEE Symposium on Switching and Automata
# Theory. pp. 1-11. doi:10.1109/SWAT.1973.13.
# ^ a b M. Farach (1997). "Optimal Suffix Tree Construction with Large Alphabets". FOCS: 137-143.
# [edit]External links
#
# Suffix Trees by Lloyd Allison

class Node:
    """A node of the tree."""

    def __init__(self, start):
        self.start = start  # the edge's first character
'''


def test_a_module_s_comments_are_read_and_an_edit_link_before_a_title_heads_it() -> None:
    found = read_document(_COMMENTED_PAGE, "suffix_tree.py")
    assert [s.heading for s in found.sections] == ["References"]
    assert [s[:10] for s in (i["custom"]["biblio"]["source"] for i in found.items)] == ["P. Weiner ", "M. Farach "]


def test_r_s_request_to_cite_as_a_heading_is_a_section_and_the_biographies_are_not() -> None:
    text = ("# fastmatrix\n\nYet another R package for matrices.\n\n"
            "### To cite the fastmatrix package in publications use:\n\n"
            "Osorio, F., Ogueda, A. (2020). fastmatrix: Fast computation of some matrices useful in statistics. \n"
            "R package version 0.2. URL: [faosorios.github.io/fastmatrix](https://faosorios.github.io/fastmatrix/)\n\n"
            "## About the Authors\n\n"
            "Felipe Osorio is an Assistant Professor at [Department of Mathematics](http://www.mat.utfsm.cl/), "
            "Chile.\n* Webpage: [fosorios.mat.utfsm.cl](http://fosorios.mat.utfsm.cl/)\n")
    sources = _sources(text, "README.md")
    assert len(sources) == 1 and sources[0].startswith("Osorio, F., Ogueda, A. (2020)")


def test_footnotes_right_under_references_keep_works_without_names_or_year() -> None:
    text = ("Text.[^1][^2][^3]\n\n## REFERENCES\n\n"
            "[^1]: A. V. Aho, J. E. Hopcraft & J. D. Ulman,<br/>\n"
            "    The Design and ANalysis of Computer Algorithms, Addison Wesley, 1974, p69.\n\n"
            "[^2]: TXTFORM - A Text Formatter,<br/> Dept of Computer Science, Purdue\n"
            "    University, West Lafayette, Ind., 1979.\n\n"
            "[^3]: DOC Processor Bulletin, Academic Computing Services, Michigan\n"
            "    Technological University, Houghton, MI.\n\n## APPENDIX\n\nCode.\n")
    assert [s[:7] for s in _sources(text)] == ["A. V. A", "TXTFORM", "DOC Pro"]


def test_prose_footnotes_under_references_stay_notes() -> None:
    text = ("Text.[^1][^2]\n\n## Riferimenti\n\n"
            "[^1]: Lorenzo Pantieri, *L'arte di scrivere con LaTeX*, 2ª ed. (2018).\n\n"
            "[^2]: Questa spiegazione può diventare più chiara guardando come è scritta la voce, in una pagina.\n\n"
            "[^3]: This same data can also be represented in other formats, but it is easier to use lists.\n")
    assert [s[:7] for s in _sources(text)] == ["Lorenzo"]


def test_a_wiki_s_numbered_back_links_are_no_part_of_the_reference() -> None:
    html = ('<h2><span class="mw-headline" id="References">References</span></h2>\n<ol class="references">\n'
            '<li id="cite_note-CDCFact-1"><span class="mw-cite-backlink">↑ <sup><a href="#cite_ref-CDCFact_1-0">1.0'
            '</a></sup> <sup><a href="#cite_ref-CDCFact_1-1">1.1</a></sup></span> <span class="reference-text"> CDC '
            'Sexually Transmitted Disease Surveillance 2018. The Centers for Disease Control and Prevention. '
            '<a rel="nofollow" class="external free" href="https://www.cdc.gov/std/stats18/toc.htm">'
            'https://www.cdc.gov/std/stats18/toc.htm</a> Accessed on January 25, 2020. </span>\n</li>\n</ol>\n')
    assert [s[:12] for s in _sources(html, "page.html")] == ["CDC Sexually"]


def test_a_preprocessed_assembly_source_s_comment_bibliography() -> None:
    text = ("/* SPDX-License-Identifier: Apache-2.0 */\n\n.text\n#define SHAKE256_CFG 0xA\n\n"
            "/*\n * Bibliography\n *\n"
            " * [BC22]    Olivier Bronchain, Gaetan Cassiers\n"
            " *           \"Bitslicing Arithmetic/Boolean Masking Conversions for Fun and\n"
            " *           Profit: with Application to Lattice-Based KEMs\"\n"
            " *           https://tches.iacr.org/index.php/TCHES/article/view/9831\n"
            " * [CS20]    Gaetan Cassiers, Francois-Xavier Standaert\n"
            " *           \"Trivially and Efficiently Composing Masked Gadgets With Probe\n"
            " *           Isolating Non-Interference\"\n"
            " *           https://ieeexplore.ieee.org/document/8979162/\n */\n\n"
            ".globl secand\nsecand:\n    addi x4, x0, 1\n    ret\n")
    assert [s[:16] for s in _sources(text, "sec_add.S")] == ["Olivier Bronchai", "Gaetan Cassiers,"]


_RDTOOL = ("= CentroidFold\n\nCentroidFold is ((*slightly*)) more accurate; run (({centroid_fold})).\n\n"
           "== Requirements\n\n* Boost C++ Library (>= 1.34.1)\n  ((<URL:http://www.boost.org/>))\n\n"
           "== References\n\n"
           "* Do, C. B., Woods, D. A. and Batzoglou, S.: CONTRAfold: RNA\n"
           "  secondary structure prediction without physics-based\n"
           "  models. Bioinformatics, 22, e90-e98, 2006.\n"
           "* McCaskill, J. S.: The equilibrium partition function and base pair\n"
           "  binding probabilities for RNA secondary structure. Biopolymers,\n"
           "  29, 1105-1119, 1990.\n")
_LISP = ("#|\n## (Why (I (Love (LISP))))\n\nMacros are a powerful tool.\n|#\n"
         "(defmacro aif (test this &optional that)\n   `(let ((it ,test)) (if it ,this ,that)))\n"
         ";; Anaphoric if, as Graham names it.\n#|\n[bibliography]\n== References\n\n"
         "* [[[DIJ72]]] Edsger W. Dijkstra (1972), The Humble Programmer (EWD 340) (ACM Turing Award lecture).\n"
         "* [[[GRA95]]] Paul Graham (1995), ANSI Common Lisp.  Prentice-Hall\n|#\n")


@pytest.mark.parametrize(("text", "name", "starts", "lines"), [
    (_RDTOOL, "README.rd", ["Do, C. B", "McCaskil"], [12, 15]),  # RDtool's headings and marks, not R's help page
    (_LISP, "macros.lisp", ["Edsger W", "Paul Gra"], [13, 14]),  # Lisp's block comments holding AsciiDoc
])
def test_rdtool_text_and_lisp_comments_are_read(text: str, name: str, starts: list[str], lines: list[int]) -> None:
    found = read_document(text, name)
    assert [s.heading for s in found.sections] == ["References"]
    assert [i["custom"]["biblio"]["source"][:8] for i in found.items] == starts
    assert [i["custom"]["biblio"]["line"] for i in found.items] == lines
