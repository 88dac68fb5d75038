"""LaTeX sources: the thebibliography environment (by hand or from BibTeX's .bbl) read as a reference list."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from biblio.api import read_document
from biblio.cli import main
from biblio.documents.latex import is_latex, latex_inline, latex_lines
from biblio.documents.layout import flavour_of

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"
_ITEM = re.compile(r"(?:\d+\.|-) ")

PAPER = r"""\documentclass[11pt]{article}
\newcommand{\apj}{ApJ}
\begin{document}
\section{Introduction}
The solver follows~\cite{ppm} and \citet[p.~3]{ctu}. % a comment \bibitem{no}

\begin{thebibliography}{9}
\bibitem{ppm}
P.~{Colella} and P.~R. {Woodward}.
\newblock {The Piecewise Parabolic Method (PPM) for Gas-Dynamical Simulations}.
\newblock {\em Journal of Computational Physics}, 54:174--201, 1984.

\bibitem[Luki{\'c}(2013)]{nyx} Z.~{Luki{\'c}} and E.~{Van Andel}. Nyx. {\em \apj}, 765(1):39, 2013.
\bibitem{web} W.~M{\"u}ller. \emph{A page}. \url{https://example.org/a_b}, 2020.
\end{thebibliography}
\section{Appendix}
Tables.
\end{document}
"""


def test_the_bibliography_is_a_heading_over_one_item_per_bibitem() -> None:
    lines, where = latex_lines(PAPER)
    items = [line for line in lines if _ITEM.match(line)]
    assert "## References" in lines and "## Introduction" in lines and "## Appendix" in lines
    assert items == [
        "1. P. Colella and P. R. Woodward. The Piecewise Parabolic Method (PPM) for Gas-Dynamical Simulations. "
        "*Journal of Computational Physics*, 54:174–201, 1984.",
        "- Z. Lukić and E. Van Andel. Nyx. *ApJ*, 765(1):39, 2013.",  # an author-year label: no number
        "3. W. Müller. *A page*. https://example.org/a_b, 2020.",
    ]
    assert [where[lines.index(item)] for item in items] == [8, 13, 14]  # each entry at its \bibitem
    assert not any("cite" in line or "comment" in line or "document" in line for line in lines)


def test_a_report_s_bibliography_is_headed_bibliography_and_a_bbl_alone_is_read() -> None:
    report = PAPER.replace("{article}", "{report}")
    assert "## Bibliography" in latex_lines(report)[0]
    bbl = PAPER[PAPER.index(r"\begin{thebibliography}") : PAPER.index(r"\section{Appendix}")]
    assert is_latex(bbl) and flavour_of(bbl) == "latex" and flavour_of("x", "refs.bbl") == "latex"
    assert sum(bool(_ITEM.match(line)) for line in latex_lines(bbl)[0]) == 3


def test_inline_latex_becomes_text_with_markdown_emphasis() -> None:
    assert latex_inline(r"{\em A {\bf bold} title} and \textit{B}") == "*A bold title* and *B*"
    assert (
        latex_inline(r"G{\"o}del, {\'E}. and \v{S}ime\v{c}ka --- Stra{\ss}e \& Co.~Ltd")
        == "Gödel, É. and Šimečka — Straße & Co. Ltd"
    )
    assert (
        latex_inline(r"\href{https://doi.org/10.1/x}{the paper}, \doi{10.1/y}")
        == "[the paper](https://doi.org/10.1/x), doi:10.1/y"
    )
    assert latex_inline(r"\hskip 1em plus 0.5em minus 0.4em\relax Harlow") == "Harlow"
    assert latex_inline(r"{\em \jcp}", {"jcp": "J. Comput. Phys."}) == "*J. Comput. Phys.*"


def test_a_document_that_only_mentions_latex_is_not_latex() -> None:
    assert not is_latex("# Notes\n\nPaste `\\begin{thebibliography}` into your paper.\n")
    assert flavour_of("Some text about \\documentclass usage.", "notes.txt") == "text"


def test_bibtex_output_pasted_into_papers_gives_the_references() -> None:
    found = read_document((DOCUMENTS / "real-castro-thebibliography.tex").read_text(encoding="utf-8"), "p.tex")
    assert len(found.items) == 18
    nyx = found.items[1]
    assert [a["family"] for a in nyx["author"]][-1] == "Van Andel" and nyx["container-title"] == "ApJ"
    natbib = read_document((DOCUMENTS / "real-castro-natbib-report.tex").read_text(encoding="utf-8"), "r.tex")
    assert [s.heading for s in natbib.sections] == ["Bibliography"] and len(natbib.items) == 18


def test_export_reads_a_tex_file(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "--plain", "--quiet", str(DOCUMENTS / "real-castro-thebibliography.tex")])
    out, err = capsys.readouterr()
    assert code == 0, err
    items = json.loads(out)
    assert len(items) == 18 and items[3]["title"] == "Multidimensional upwind methods for hyperbolic conservation laws"


def test_a_natbib_label_over_two_lines_starts_its_entry_and_penalties_are_no_text() -> None:
    bbl = (
        "\\begin{thebibliography}{2}\n\\providecommand{\\natexlab}[1]{#1}\n\n"
        "\\bibitem[Baydin et~al.(2018)Baydin, Pearlmutter, Radul, and\n  Siskind]{baydin2018automatic}\n"
        "Baydin, A.~G., Pearlmutter, B.~A., Radul, A.~A., and Siskind, J.~M.\n"
        "\\newblock Automatic differentiation in machine learning: a survey, 2018.\n\n"
        "\\bibitem[Green(1995)]{Green1995}\nGreen, P.~J.\n\\newblock Reversible jump computation.\n"
        "\\newblock \\emph{Biometrika}, 82\\penalty0 (4):\\penalty0 711--732, 1995.\n\\end{thebibliography}\n"
    )
    lines, where = latex_lines(bbl)
    items = [line for line in lines if line.startswith("- ")]
    assert items == [
        "- Baydin, A. G., Pearlmutter, B. A., Radul, A. A., and Siskind, J. M. Automatic differentiation in "
        "machine learning: a survey, 2018.",
        "- Green, P. J. Reversible jump computation. *Biometrika*, 82 (4): 711–732, 1995.",
    ]
    assert [where[lines.index(item)] for item in items] == [4, 9]  # where each \bibitem starts


def test_a_bibitem_s_logos_stay_in_its_title() -> None:
    # "\emph{The {\TeX}book}" was read as "The book", "\textit{\LaTeX: a document …}" as ": a document …"
    assert latex_inline(r"Donald E. Knuth. \newblock \emph{The {\TeX}book}.") == "Donald E. Knuth. *The TeXbook*."
    assert latex_inline(r"Leslie Lamport, \textit{\LaTeX: a document preparation system}") == (
        "Leslie Lamport, *LaTeX: a document preparation system*"
    )


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"\textbf{Big Data} 12", "**Big Data** 12"),
        (r"\textbf{12}, 3-9", "12, 3-9"),
        (r"\textbf{ab}", "ab"),
        (r"\textbf{1 a}", "1 a"),
        (r"\textbf{a 1}", "**a 1**"),
    ],
)
def test_bold_words_are_marked_and_a_bold_number_is_plain(tex: str, text: str) -> None:
    assert latex_inline(tex, entry=True) == text


def test_an_unclosed_bold_brace_is_read_fast() -> None:
    # three runs of "anything but a brace" in one pattern backtracked cubically here
    tex = "\\textbf{" + "a " * 2500 + "{"
    start = time.perf_counter()
    latex_inline(tex, entry=True)
    assert time.perf_counter() - start < 0.5
