"""Forms of R packages' Harvard lists and UK Harvard books: a firm's legal form after "&" closes the body before
it, a firm's closing word marks a body among the people, R's roles printed as initials ("F. code by") are no
names, "Available: <URL>" names no container, and a catalogue's "(Series, v. 8)" is the series and its number."""

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
        "RStudio & Inc. 2017. *Htmltools: Tools for html*. 2017. Available: <https://CRAN.R-project.org/package=htmltools>.",
        [{"literal": "RStudio, Inc."}],
    ),
    (
        "Posit & Inc. 2023. *Shiny: Web application framework for r*. 2023. Available: "
        "<https://CRAN.R-project.org/package=shiny>.",
        [{"literal": "Posit, Inc."}],
    ),
    (
        "Alan Genz, F. code by & Adelchi Azzalini, R. code by. 2016. *Mnormt: The multivariate normal and t "
        "distributions*. 2016. Available: <https://CRAN.R-project.org/package=mnormt>.",
        [{"family": "Genz", "given": "Alan"}, {"family": "Azzalini", "given": "Adelchi"}],
    ),
    (
        "Roger Koenker, F. code by & Pin Ng, R. code by. 2019. *SparseM: Sparse linear algebra*. 2019. Available: "
        "<https://CRAN.R-project.org/package=SparseM>.",
        [{"family": "Koenker", "given": "Roger"}, {"family": "Ng", "given": "Pin"}],
    ),
    (
        "Brian Ripley, R. code by & Kurt Hornik, C. code by. 2018. *Class: Functions for classification*. 2018. "
        "Available: <https://CRAN.R-project.org/package=class>.",
        [{"family": "Ripley", "given": "Brian"}, {"family": "Hornik", "given": "Kurt"}],
    ),
    (
        "Revolution Analytics & Weston, S. n.d. *Foreach: Provides foreach looping construct for r*. n.d.",
        [{"literal": "Revolution Analytics"}, {"family": "Weston", "given": "S."}],
    ),
]


@pytest.mark.parametrize(("text", "authors"), CASES)
def test_bodies_in_name_lists(text: str, authors: list[dict[str, str]]) -> None:
    assert parse_reference(text).get("author") == authors


AVAILABLE: list[str] = [
    "RStudio & Inc. 2017. *Htmltools: Tools for html*. 2017. Available: <https://CRAN.R-project.org/package=htmltools>.",
    "Posit. 2023. *Shiny: Web application framework for r*. 2023. Available: <https://CRAN.R-project.org/package=shiny>.",
    "World Bank. 2020. *Poverty and shared prosperity 2020*. Available at: https://www.worldbank.org/en/publication/poverty.",
    "Wickham, H. 2016. *ggplot2: Elegant graphics for data analysis*. New York: Springer-Verlag. Available: "
    "<https://ggplot2.tidyverse.org>.",
]


@pytest.mark.parametrize("text", AVAILABLE)
def test_available_label_names_no_container(text: str) -> None:
    item = parse_reference(text)
    assert "container-title" not in item
    assert "archive" not in item
    assert str(item.get("URL", "")).startswith("http")


SERIES: list[tuple[str, str, str]] = [
    (
        "Alexander, C. 1979. *The timeless way of building*. New York: Oxford University Press (Center for "
        "environmental structure series, v. 8).",
        "Center for environmental structure series",
        "8",
    ),
    (
        "Alexander, C., Ishikawa, S. & Silverstein, M. 1977. *A pattern language: Towns, buildings, construction*. "
        "Oxford University Press (Center for environmental structure series, v. 2).",
        "Center for environmental structure series",
        "2",
    ),
    (
        "Smith, J. 2001. *Title of a book*. London: Routledge (Routledge studies in economics, v. 12).",
        "Routledge studies in economics",
        "12",
    ),
    (
        "Jones, A. 1999. *A grammar of Tamil*. Cambridge: Cambridge University Press (Cambridge language "
        "surveys, v. 4).",
        "Cambridge language surveys",
        "4",
    ),
]


@pytest.mark.parametrize(("text", "series", "number"), SERIES)
def test_catalogue_series_statement(text: str, series: str, number: str) -> None:
    item = parse_reference(text)
    assert (item.get("collection-title"), item.get("collection-number")) == (series, number)
    assert "volume" not in item
    assert "(" not in str(item.get("publisher"))
