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
