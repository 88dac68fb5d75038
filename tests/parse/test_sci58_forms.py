"""Forms of tests/data/parse/physcs_real20.jsonl: AIP's list number come down into the line and run into the first
initials (``10T. A. Halgren, "…," J. Am. Chem. Soc. 114, 7827-7843 (1992).``, ``46J. Cižek, in …``); the ACM
Reference Format's proceedings closed by its short name with no space before the year's digits, then the pages
alone (``… on New Hardware (DaMoN’19). Article 10, 7 pages.``, ``(QuEn’18). 51–58.``). The references here are
written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse.citation_label import split_label
from biblio.parse.mends.acm_reference import short_name_closes_proceedings_before_pages
from tests.parse.form_cases import assert_read_as
from tests.parse.span_cases import spans_of

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        '10T. A. Halgren, "The shape of molecular force fields," J. Am. Chem. Soc. 114, 7827-7843 (1992).',
        {"author": [{"family": "Halgren", "given": "T. A."}], "citation-number": "10", "volume": "114"},
    ),
    (
        "24D. G. Pettifor, M. Finnis, and H. Wadley, “Bond-order potentials for alloys,” Mater. Sci. Eng.: A 365, "
        "2-13 (2004).",
        {
            "author": [
                {"family": "Pettifor", "given": "D. G."},
                {"family": "Finnis", "given": "M."},
                {"family": "Wadley", "given": "H."},
            ],
            "citation-number": "24",
        },
    ),
    (
        "7H.-J. Meyer and P. Lund, “Spin waves in thin films,” Phys. Rev. B 12, 300-310 (1975).",
        {"author": [{"family": "Meyer", "given": "H.-J."}, {"family": "Lund", "given": "P."}], "citation-number": "7"},
    ),
    (
        "46J. Cižek, in Advances in Chemical Physics, edited by R. Lefort and C. Moser (John Wiley & Sons, Inc., "
        "1969).",
        {
            "author": [{"family": "Cižek", "given": "J."}],
            "title": None,
            "citation-number": "46",
            "container-title": "Advances in Chemical Physics",
        },
    ),
    (
        "[11] Ana Ruiz and Tom Berg. 2019. Vectorised Scans Revisited. In Proceedings of the 15th International "
        "Workshop on Data Management on New Hardware (DaMoN’19). Article 10, 7 pages.",
        {
            "container-title": "Proceedings of the 15th International Workshop on Data Management on New Hardware "
            "(DaMoN’19)",
            "page": "10",
        },
    ),
    (
        "[4] Ann Smith and Bo Lee. 2018. Fast joins on small machines. In Proceedings of the Third Workshop on Query "
        "Engines (QuEn’18). 51–58.",
        {"container-title": "Proceedings of the Third Workshop on Query Engines (QuEn’18)", "page": "51-58"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    ["3Blue1Brown, *Neural Networks*, 2017.", "12T. A. Halgren. A book with no quotes. Wiley, 1996."],
)
def test_no_run_in_number_without_initials_and_a_note_mark(text: str) -> None:
    """A number run into a name's first word (``3Blue1Brown``), or before initials in a reference with no quoted
    title nor bracketed year, is no list number."""
    assert split_label(text) is None


def test_a_proceedings_holding_its_bracket_stays() -> None:
    """``(SIGMOD’13). 1231–1242.`` read right already: the proceedings holds the bracket, the pages stand alone."""
    text = "[14] A. Ruiz. 2013. Adaptivity. In Proceedings of the Conference on Data (SIGMOD’13). 1231–1242."
    read = spans_of(
        text,
        ("author", "A. Ruiz."),
        ("date", "2013."),
        ("title", "Adaptivity."),
        ("container-title", "In Proceedings of the Conference on Data (SIGMOD’13)."),
        ("pages", "1231–1242."),
    )
    assert short_name_closes_proceedings_before_pages(read, text) is read
