"""reStructuredText, AsciiDoc and Org documents: read as the Markdown they rewrite to, line for line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.api import read_document
from biblio.documents.asciidoc import asciidoc_markdown
from biblio.documents.layout import flavour_of, layout
from biblio.documents.org import org_markdown
from biblio.documents.rst import rst_markdown


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


def test_flavours_by_extension_and_a_pasted_sphinx_bibliography() -> None:
    assert [flavour_of("x", f"a{ext}") for ext in (".rst", ".adoc", ".asciidoc", ".org")] == [
        "rst",
        "asciidoc",
        "asciidoc",
        "org",
    ]
    pasted = ".. [Knuth1984] Knuth, D. E. (1984). Literate programming.\n.. [Wirth1971] Wirth, N. (1971). Pascal.\n"
    assert flavour_of(pasted, "notes.txt") == "rst"


def test_rst_titles_citations_and_directives() -> None:
    text = (
        ".. _bib:\n\nBibliography\n============\n\nSee [Knuth1984]_.\n\n"
        ".. [Knuth1984] Knuth, D. E. (1984). Literate programming.\n"
        "   *The Computer Journal*, 27(2), 97-111.\n"
        ".. [Wirth1971] Wirth, N. (1971). The programming language Pascal.\n\n"
        ".. math::\n\n   x = 1\n\nAfter.\n"
    )
    lines = rst_markdown(text).split("\n")
    assert len(lines) == len(text.split("\n"))  # line for line: line numbers stay the document's
    assert lines[0] == "" and lines[2] == "# Bibliography" and lines[3] == ""
    assert lines[5] == "See."  # the citation call goes with the space before it
    assert lines[7].startswith("- Knuth, D. E.") and lines[8] == "  *The Computer Journal*, 27(2), 97-111."
    assert lines[11] == "" and lines[13] == ""  # a math directive and its body
    sources = _sources(text, "bib.rst")
    assert sources == [
        "Knuth, D. E. (1984). Literate programming. *The Computer Journal*, 27(2), 97-111.",
        "Wirth, N. (1971). The programming language Pascal.",
    ]


def test_rst_topic_blocks_and_hyperlinks_over_two_lines() -> None:
    text = (
        "Naive Bayes\n-----------\n\nBody text.\n\n.. topic:: References:\n\n"
        " * H. Zhang (2004). `The optimality of Naive Bayes.\n"
        "   <http://www.example.org/flairs04.pdf>`_\n   Proc. FLAIRS.\n\nNext\n----\n\nMore text.\n"
    )
    lines = rst_markdown(text).split("\n")
    assert lines[5] == "#### References"
    assert lines[7] == "* H. Zhang (2004). [The optimality of Naive Bayes."  # the body dedented
    assert lines[8] == "  ](http://www.example.org/flairs04.pdf)"
    item = read_document(text, "guide.rst").items
    assert len(item) == 1 and item[0]["URL"] == "http://www.example.org/flairs04.pdf"
    assert item[0]["custom"]["biblio"]["section"] == "References"


def test_asciidoc_bibliography_section_and_pandoc_spans() -> None:
    text = (
        "= Paper\n\n// a comment\n[bibliography]\n== References\n\n"
        "* [[[pp]]] Andy Hunt & Dave Thomas. The Pragmatic Programmer:\nFrom Journeyman to Master. "
        "Addison-Wesley. 1999.\n\n[[ref-Rew90]]\n"
        "[.csl-left-margin]#[2] #[.csl-right-inline]#R. Rew and G. Davis,\n"
        "“[.nocase]#NetCDF: an interface for scientific data access#,” _IEEE\nComputer Graphics and "
        "Applications_, vol. 10, 1990, doi:\nhttps://doi.org/10.1109/38.56302[10.1109/38.56302].#\n"
    )
    lines = asciidoc_markdown(text).split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[0] == "# Paper" and lines[2] == lines[3] == "" and lines[4] == "## References"
    assert lines[6] == "- Andy Hunt & Dave Thomas. The Pragmatic Programmer:"
    assert lines[10] == "[2] R. Rew and G. Davis,"
    assert lines[11].startswith("“NetCDF: an interface for scientific data access,”")
    assert lines[13] == "[10.1109/38.56302](https://doi.org/10.1109/38.56302)."
    items = read_document(text, "paper.adoc").items
    assert [i["custom"]["biblio"]["source"][:9] for i in items] == ["Andy Hunt", "R. Rew an"]
    assert (
        items[1]["DOI"] == "10.1109/38.56302"
        and items[1]["container-title"] == "IEEE Computer Graphics and Applications"
    )


def test_org_headlines_drawers_targets_links_and_emphasis() -> None:
    text = (
        "#+TITLE: Paper\n* References\n  :PROPERTIES:\n  :CUSTOM_ID: references\n  :END:\n\n<<ref-Rew90>>\n"
        "Rew, R., & Davis, G. (1990). NetCDF: an interface for scientific data\naccess. /IEEE Computer Graphics "
        "and Applications/, /10/(4), 76--82.\n[[https://doi.org/10.1109/38.56302]]\n\n"
        "#+begin_src python\nprint(1)\n#+end_src\n"
    )
    lines = org_markdown(text).split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[0] == "" and lines[1] == "# References" and lines[2:5] == ["", "", ""] and lines[6] == ""
    assert lines[8] == "access. *IEEE Computer Graphics and Applications*, *10*(4), 76–82."
    assert lines[9] == "<https://doi.org/10.1109/38.56302>"
    assert lines[11:14] == ["", "", ""]
    assert layout(text, "paper.org").flavour == "org"
    item = read_document(text, "paper.org").items[0]
    assert item["page"] == "76-82" and item["DOI"] == "10.1109/38.56302"


def test_org_emphasis_wraps_a_line_but_never_opens_inside_a_url() -> None:
    text = "See /Earth System\nScience Data/ and [[https://example.org/a/b/][the site]] or *bold* and =code=.\n"
    assert org_markdown(text) == (
        "See *Earth System\nScience Data* and [the site](https://example.org/a/b/) or **bold** and `code`.\n"
    )


_MARKUP_PIECES = st.sampled_from(
    [
        "Title",
        "=====",
        "-----",
        ".. [Ref2010] ",
        ".. topic:: References:",
        ".. math::",
        "   ",
        " * ",
        "`a <http://x.y/>`_",
        ":ref:`x`",
        "::",
        "= T",
        "== R",
        "[bibliography]",
        "* [[[id]]] ",
        "[.role]#",
        "#",
        "[[ref-x]]",
        "----",
        "// c",
        "* H",
        ":PROPERTIES:",
        ":END:",
        "#+begin_src",
        "#+end_src",
        "<<t>>",
        "[[http://x.y][d]]",
        "/it/",
        "*b*",
        "[fn:1]",
        "Smith, J. (2020). A title. *Journal*, 3(2), 1-9.",
        "\n",
        "\n\n",
        " ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_MARKUP_PIECES, max_size=40).map("".join))
def test_every_rewrite_keeps_the_document_s_lines(text: str) -> None:
    for rewrite, name in ((rst_markdown, "a.rst"), (asciidoc_markdown, "a.adoc"), (org_markdown, "a.org")):
        assert rewrite(text).count("\n") == text.count("\n")
        assert len(layout(text, name).lines) == text.count("\n") + 1


def test_rst_section_label_roles_escaped_spaces_and_a_citation_opening_with_a_year() -> None:
    text = (
        "Intro\n=====\n\nSee :ref:`references:Berry and Pakes (2007)` and :ref:`intro`.\n\nReferences\n----------\n\n"
        ".. [4] 1976. R. H. Lathwell. APL comparison tolerance. Proceedings of APL.\n\n"
        "**Title.** Wieczorek, M. A. (2013), *Science*, 339,\ndoi:\\ `10.1126/x <http://doi.org/10.1126/x>`__.\n"
    )
    out = rst_markdown(text).split("\n")
    assert out[3] == "See Berry and Pakes (2007) and intro."  # an autosectionlabel target shows its title
    assert out[8] == "- 1976\\. R. H. Lathwell. APL comparison tolerance. Proceedings of APL."  # no nested list
    assert out[11] == "doi:[10.1126/x](http://doi.org/10.1126/x)."
    assert read_document(text, "refs.rst").items[0]["author"][0]["family"] == "Lathwell"  # type: ignore[index]


def test_rst_references_to_named_targets_defined_elsewhere_are_links() -> None:
    text = (
        ".. [Gowers2016] R. J. Gowers and O. Beckstein. `MDAnalysis: A Python package for the\n"
        "   rapid analysis`_. In Proceedings of SciPy, 2016. doi:`10.25080/x`_\n\n"
        ".. _`MDAnalysis: A Python package for the rapid\n     analysis`:\n     http://conference.scipy.org/a.html\n"
        ".. _`10.25080/x`: https://doi.org/10.25080/x\n"
    )
    out = rst_markdown(text).split("\n")
    assert out[:2] == ["- R. J. Gowers and O. Beckstein. [MDAnalysis: A Python package for the",
                       "  rapid analysis](http://conference.scipy.org/a.html). In Proceedings of SciPy, 2016. "
                       "doi:[10.25080/x](https://doi.org/10.25080/x)"]
    assert len(out) == len(text.split("\n"))


def test_rst_citation_calls_go_with_the_commas_that_listed_them() -> None:
    text = "Papers presenting PEPT algorithms included in this library: [1]_, [2]_, [3]_.\n\nAs shown in [1]_.\n"
    assert rst_markdown(text).split("\n")[::2] == ["Papers presenting PEPT algorithms included in this library:",
                                                   "As shown in."]
