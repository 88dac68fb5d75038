"""Forms of real documents, round docs42: an OCR model's TeX for underlined or italic words in a reference, the names
in italics that open a Sphinx manual's entries."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference

CASES = [
    # PaddleOCR's Markdown of a PDF page: the journal's underlined name as TeX math
    ("Yanjun Ma, Dianhai Yu, Tian Wu, and Haifeng Wang. Paddlepaddle: An open-source deep learning platform from "
     "industrial practice.  $ \\underline{\\text{Frontiers of Data and Computing}} $, 1(1):105–115, 2019.",
     {"title": "Paddlepaddle: An open-source deep learning platform from industrial practice",
      "container-title": "Frontiers of Data and Computing", "volume": "1", "issue": "1"}),
    # the same with \textit and no \text inside
    ("Yanjun Ma and Haifeng Wang. Paddlepaddle: An open-source deep learning platform from industrial practice. "
     "$\\textit{Frontiers of Data and Computing}$, 1(1):105–115, 2019.",
     {"container-title": "Frontiers of Data and Computing", "volume": "1"}),
    # names in one italic span, then the title (a Sphinx manual's list, its bold title lost to plain text)
    ("*E. Hairer, G. Wanner*, Solving Ordinary Differential Equations II: Stiff and Differential-Algebraic "
     "Problems, Springer, Berlin (1991) <https://www.springer.com/gp/book/9783540604525>",
     {"author": [{"family": "Hairer", "given": "E."}, {"family": "Wanner", "given": "G."}],
      "title": "Solving Ordinary Differential Equations II: Stiff and Differential-Algebraic Problems"}),
    ("*Claus Bendtsen, Per Grove Thomsen*, Numerical Solution of Differential Algebraic Equations, Technical report "
     "IMM-REP-1999-8, <https://scholar.google.it/citations?user=P1s91j0AAAAJ>",
     {"author": [{"family": "Bendtsen", "given": "Claus"}, {"family": "Thomsen", "given": "Per Grove"}],
      "title": "Numerical Solution of Differential Algebraic Equations"}),
    ("*John C.Butcher*, Introduction to Runge–Kutta methods "
     "<https://www.math.auckland.ac.nz/~butcher/ODE-book-2008/Tutorials/RK-methods.pdf>",
     {"author": [{"family": "Butcher", "given": "John C."}], "title": "Introduction to Runge–Kutta methods"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_docs42_forms(text: str, expected: dict[str, str]) -> None:
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_tex_math_that_is_more_than_styled_words_stays() -> None:
    item = parse_reference("A. B. Smith. On $x^2$ sums. J. Math. 3 (2001) 1-2.")
    assert item.get("title") == "On $x^2$ sums"


def test_an_italic_title_that_is_a_name_stays_the_title() -> None:
    assert parse_reference("*Anna Karenina*, Moscow: The Russian Messenger, 1878.").get("title") == "Anna Karenina"
