"""Notes written where they are called (LaTeX, AsciiDoc, Texinfo, ms, DocBook) are read as footnotes."""

from __future__ import annotations

import re

from biblio.api import read_document
from biblio.documents.inline_notes import lift_notes

_LATEX = r"""\documentclass{article}
\begin{document}
\section{Data}
The sample comes from a catalogue.\footnote{It comes from a magnificent multivolume catalog
written by Alison Stones. Stones, Alison. 2013. \emph{Gothic manuscripts: 1260-1320.} London: Harvey
Miller Publishers.} We chose a force-directed layout.\footnote{Nothing more to say about {it}.}
\end{document}
"""


def test_a_note_is_lifted_with_its_nested_brackets_and_the_lines_are_kept() -> None:
    text, notes = lift_notes(_LATEX, re.compile(r"\\footnote\s*\{"))
    assert text.count("\n") == _LATEX.count("\n")
    assert "[^1]" in text and "[^2]" in text and "Stones" not in text
    assert [n.line for n in notes] == [4, 6]
    assert notes[1].text == "Nothing more to say about {it}."


def test_latex_footnotes_give_their_references_and_prose_notes_stay_aside() -> None:
    found = read_document(_LATEX, "paper.tex")
    assert [item.get("title") for item in found.items] == ["Gothic manuscripts: 1260-1320"]
    assert found.items[0]["custom"]["biblio"]["line"] == 4
    assert any("not a reference" in d and "Nothing more" in d for d in found.details)


def test_asciidoc_and_texinfo_footnotes() -> None:
    adoc = ("= Paper\n\nA claim.footnote:[See Bengio, Y., J. Louradour, R. Collobert, and J. Weston. 2009. "
            "\"Curriculum Learning.\" In _Proceedings of ICML_, 41-48.] More text.\n")
    texi = ("\\input texinfo\n@node Top\n@top Paper\n@node Data\n@chapter Data\nA claim.@footnote{Kamada, T., and "
            "S. Kawai. 1989. ``An Algorithm for Drawing General Undirected Graphs.'' @cite{Information Processing "
            "Letters} 31.1: 7-15.}\n@bye\n")
    assert [i.get("title") for i in read_document(adoc, "paper.adoc").items] == ["Curriculum Learning"]
    assert [i.get("volume") for i in read_document(texi, "paper.texi").items] == ["31"]


def test_rst_auto_numbered_footnotes_become_markdown_footnotes_and_numbered_ones_stay_list_items() -> None:
    from biblio.documents.rst import rst_markdown

    rst = (".. [#prose] BLAS libraries have a habit of secretly spawning\n   threads.\n\n"
           ".. [#] http://fperez.org/py4science/numpy-pep225/numpy-pep225.html\n\n"
           ".. [3] http://mail.scipy.org/pipermail/numpy-discussion/2014-March/069502.html\n")
    lines = rst_markdown(rst).split("\n")
    assert lines[0] == "[^prose]: BLAS libraries have a habit of secretly spawning"
    assert lines[1] == "    threads."
    assert lines[3] == "[^4]: http://fperez.org/py4science/numpy-pep225/numpy-pep225.html"
    assert lines[5].startswith("- http://mail.scipy.org/")


_TEI = """<?xml version="1.0" encoding="utf-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Paper</title></titleStmt></fileDesc></teiHeader>
<text><body>
<div><head>Data</head>
<p>The layout is force-directed.<note><p>I am grateful to Rachel Starry for this reference. Kamada, T., and
S. Kawai. 1989. <quote>An Algorithm for Drawing General Undirected Graphs.</quote>
<hi rendition="simple:italic">Information Processing Letters</hi> 31.1: 7-15.</p></note></p>
</div>
<div><head>Bibliography</head>
<listBibl>
<bibl>Stones, Alison. 2013. <title>Gothic manuscripts: 1260-1320.</title> London: Harvey Miller Publishers.</bibl>
<bibl>Kamada, T., and S. Kawai. 1989. <quote>An Algorithm for Drawing General Undirected Graphs.</quote>
<title>Information Processing Letters</title> 31.1: 7-15.</bibl>
</listBibl>
</div>
</body></text>
</TEI>
"""


def test_tei_bibliography_and_notes() -> None:
    found = read_document(_TEI, "paper.xml")
    # the note cites the listed work: linked to its entry, no record of its own
    assert [i.get("title") for i in found.items] == ["Gothic manuscripts: 1260-1320",
                                                     "An Algorithm for Drawing General Undirected Graphs"]
    assert [i["custom"]["biblio"]["section"] for i in found.items] == ["Bibliography", "Bibliography"]
    assert found.items[1].get("container-title") == "Information Processing Letters"


def test_textile_blocks_and_footnotes() -> None:
    from biblio.documents.textile import textile_markdown

    textile = ('h2(#refs). Notes\n\nfn5. I am grateful to R. Starry for this reference. Kamada, T., and S. Kawai. '
               '1989. "An Algorithm for Drawing General Undirected Graphs." _Information Processing Letters_ 31.1: '
               '7&#45;15.\n\n# "A link":https://example.org/a, first\n')
    lines = textile_markdown(textile).split("\n")
    assert lines[0] == "## Notes"
    assert lines[2].startswith("[^5]: I am grateful")
    assert lines[2].endswith("*Information Processing Letters* 31.1: 7-15.")
    assert lines[4] == "1. [A link](https://example.org/a), first"


def test_tei_of_thousands_of_unclosed_elements_is_read_at_once() -> None:
    import time

    from biblio.documents.tei import tei_html

    head = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
    for filler in ("<note>x ", "<teiHeader>x ", "<? ", "<notex "):
        started = time.process_time()
        html = tei_html(head + filler * 40000 + "<p>kept</p></body></text></TEI>")
        assert time.process_time() - started < 2.0, filler
        assert "kept" in html
    # a closed note is still gathered after the text, and a header still left out
    html = tei_html(head + "<teiHeader>About</teiHeader><p>A<note>Smith 2020.</note></p></body></text></TEI>")
    assert "About" not in html and "<li>Smith 2020.</li>" in html


def test_thousands_of_unclosed_latex_notes_are_read_at_once() -> None:
    import time

    text = "Intro." + "x\\footnote{a " * 30000 + "\nA closed one\\footnote{Smith 2020.} here.\n"
    started = time.process_time()
    lifted, notes = lift_notes(text, re.compile(r"\\footnote\{"))
    assert time.process_time() - started < 2.0
    assert [note.text for note in notes] == ["Smith 2020."] and notes[0].line == 2
    assert "[^1]" in lifted and lifted.count("\\footnote{a") == 30000
