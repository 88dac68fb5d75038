"""Bodies in R packages' author lists as Harvard styles print them: a firm's legal form after "&" closes the
body before it, and a firm's closing word marks a body among the people."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, list[dict[str, str]]]] = [
    (
        "Chang, W., Cheng, J., RStudio & Inc. 2019. *Shiny: Web application framework for r*. 2019. Available: "
        "<https://CRAN.R-project.org/package=shiny>.",
        [{"family": "Chang", "given": "W."}, {"family": "Cheng", "given": "J."}, {"literal": "RStudio, Inc."}],
    ),
    (
        "Gagolewski, M., Tartanus, B., IBM, Unicode & Inc. 2018. *Stringi: Character string processing "
        "facilities*. 2018. Available: <https://CRAN.R-project.org/package=stringi>.",
        [
            {"family": "Gagolewski", "given": "M."},
            {"family": "Tartanus", "given": "B."},
            {"family": "IBM"},
            {"literal": "Unicode, Inc."},
        ],
    ),
    (
        "Revolution Analytics & Weston, S. 2019. *DoSNOW: Foreach parallel adaptor for the 'snow' package*. 2019. "
        "Available: <https://CRAN.R-project.org/package=doSNOW>.",
        [{"literal": "Revolution Analytics"}, {"family": "Weston", "given": "S."}],
    ),
    (
        "Revolution Analytics & Weston, S. n.d. *Foreach: Provides foreach looping construct for r*. n.d.",
        [{"literal": "Revolution Analytics"}, {"family": "Weston", "given": "S."}],
    ),
]


@pytest.mark.parametrize(("text", "authors"), CASES)
def test_bodies_in_name_lists(text: str, authors: list[dict[str, str]]) -> None:
    assert parse_reference(text).get("author") == authors
