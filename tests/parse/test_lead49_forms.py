"""Forms the merged tree read with a stray value, mended at the merges."""

from __future__ import annotations

import pytest

from biblio.parse.mends.identifiers import title_before_preprint_number
from biblio.parse.model.labeller import default_labeller

from .form_cases import assert_read_as

_PROCEEDINGS = (
    "[80] D. Aharonov, W. Van Dam, J. Kempe, Z. Landau, S. Lloyd, and O. Regev, Adiabatic Quantum Computation is "
    "Equivalent to Standard Quantum Computation, Proceedings 45th Annual IEEE Symposium on Foundations of Computer "
    "Science, 2004, pp. 42-51; arXiv:quant-ph/0405098."
)


# a preprint number after a proceedings' paper: the title read already is kept, the proceedings stay the container
def test_preprint_number_after_a_read_title_leaves_the_proceedings() -> None:
    assert_read_as(
        _PROCEEDINGS,
        {
            "title": "Adiabatic Quantum Computation is Equivalent to Standard Quantum Computation",
            "container-title": "Proceedings 45th Annual IEEE Symposium on Foundations of Computer Science",
            "page": "42-51",
        },
    )
    spans = default_labeller().read(_PROCEEDINGS).spans
    assert title_before_preprint_number(spans, _PROCEEDINGS) == spans  # called without its gate


# the form the mend is for still reads: the title between the year and the closing preprint number
def test_title_before_a_closing_preprint_number() -> None:
    assert_read_as(
        "Bubeck, S.; Chandrasekaran, V.; and Eldan, R. 2023. Sparks of artificial general intelligence: Early "
        "experiments with GPT-4. arXiv:2303.12712.",
        {"title": "Sparks of artificial general intelligence: Early experiments with GPT-4"},
    )


# a recent year after a quoted title stays the year: a work known by its title and year alone, or a numbered list's
# entry; an older four-figure number there is the page a Chicago short note cites
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[118] Miguel, “Promoting transparency in social science research,” 2014.",
            {"issued": {"date-parts": [[2014]]}, "page": None},
        ),
        ("Ember, “Yearly Electricity Data,” 2025.", {"issued": {"date-parts": [[2025]]}, "page": None}),
        ("5. Kwon, “Inclusion Work,” 1851.", {"issued": None, "page": "1851"}),
    ],
)
def test_year_or_page_after_a_quoted_title(text: str, expected: dict[str, object]) -> None:
    assert_read_as(text, expected)
