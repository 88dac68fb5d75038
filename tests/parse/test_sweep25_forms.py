"""Forms the citation styles print, typed by hand, each with the fields it must give: a journal's or a title's
own word or number the labeller read as a volume where no page or issue follows (PNAS's and AIP's online-only
articles, a numbered course's title before its subtitle), Vancouver's one-word book title read as a name's,
and a bracketed imprint's one-word publisher read as an editor."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "PNAS's online-only article: 'BMJ Open (2020).' is the journal, no volume 'Open'",
        "12. R. Patel, et al., Sleep duration and blood pressure in adolescents: a cohort study. BMJ Open (2021). "
        "https://doi.org/10.1136/bmjopen-2021-051234.",
        {"container-title": "BMJ Open", "volume": None, "DOI": "10.1136/bmjopen-2021-051234"},
    ),
    (
        "AIP's meeting named with its year glued on: '“Title,” ELPUB2018, (2018).' keeps the digits in the name",
        "21 D. Mensah, “Open data portals in African cities,” ELPUB2018, (2018).",
        {"container-title": "ELPUB2018", "volume": None},
    ),
    (
        "a journal with its volume and pages keeps the volume: 'Phys. Rev. B79, 125 (2009)' is left alone",
        "[3] T. Ando, Screening effect and impurity scattering in monolayer graphene, Phys. Rev. B79, 125 (2009).",
        {"container-title": "Phys. Rev. B", "volume": "79", "page": "125"},
    ),
    (
        "a numbered course's title before its subtitle: 'Network Design 101: A Guide …, 2012.' is one title",
        "5 R. T. Fielding and J. M. Reschke, Network Design 101: A Guide to Building Your First Campus Network, 2012.",
        {
            "title": "Network Design 101: A Guide to Building Your First Campus Network",
            "container-title": None,
            "volume": None,
            "issued": {"date-parts": [[2012]]},
        },
    ),
    (
        "APS's numbered title with its year in brackets: 'Crystallography 101: …, (2016).' is one title",
        "[4] A. B. Wolfe and C. D. Moreno, Crystallography 101: A Practical Guide to Your First Structure, (2016).",
        {"title": "Crystallography 101: A Practical Guide to Your First Structure", "container-title": None},
    ),
    (
        "a numbered title with its year in brackets after it: 'Database Design 101: A Tutorial … (2007).'",
        "18 T. Nguyen and L. Berg, Database Design 101: A Tutorial on Building Your First Schema (2007).",
        {"title": "Database Design 101: A Tutorial on Building Your First Schema", "volume": None},
    ),
    (
        "Vancouver's book with a one-word title: 'Morrison T. Beloved. New York: …' names Morrison, titles Beloved",
        "3. Woolf V. Orlando. London: Hogarth Press; 1928.",
        {"author": [{"family": "Woolf", "given": "V."}], "title": "Orlando", "publisher": "Hogarth Press"},
    ),
    (
        "Vancouver's book with a one-word title whose word is also a given name: 'Gaskell E. Ruth. London: …'",
        "12. Gaskell E. Ruth. London: Chapman and Hall; 1853.",
        {"title": "Ruth", "publisher": "Chapman and Hall", "publisher-place": "London"},
    ),
    (
        "APS's book imprint in brackets with a publisher of one name: '(Winter, Heidelberg, 2001)' names no editor",
        "12 R. de Vries, A General and Unified Theory of Lexical Borrowing in Language Contact (Winter, Heidelberg, "
        "2001).",
        {"editor": None, "publisher": "Winter", "publisher-place": "Heidelberg"},
    ),
    (
        "an editor named with his role beside the bracket keeps his role: 'edited by J. Winter (Niemeyer, …)'",
        "[3] M. Keller, Studies in Alemannic Dialect Syntax, edited by J. Winter (Niemeyer, Tübingen, 1998).",
        {"editor": [{"family": "Winter", "given": "J."}], "publisher": "Niemeyer"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
