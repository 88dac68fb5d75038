"""Forms of hand-written reference lists outside publishing (realworld29): a reference manager's access date in
numbers with a two-digit year after the address (``(accessed 11.20.24)``, ``(accessed 8 26 14)``), a body's name
opening a Harvard reference with no full stop after its bracketed year (``Independent Care Review (2021) The
Promise.``, ``R Core Team (2025) R: A Language …``), an editor marked by a bare ``Ed.`` after an inverted name, an
undated page cited by its title and then the body named in the address's host (``Fuel poverty overview. Energy Action
Scotland. https://www.eas.org.uk/…``), and the word ``Issue`` before an issue's number (``Museum Practice, Issue
No. 12``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "DFT (2024) Vehicle Licensing Statistics Data Tables. DfT. https://www.gov.uk/government/statistical-data-sets/"
        "vehicle-licensing-statistics-data-tables (accessed 11.20.24).",
        {"container-title": "DfT", "issue": None, "accessed": {"date-parts": [[2024, 11, 20]]}},
    ),
    (
        "Natural England (2023) Priority habitats inventory. Defra. https://data.gov.uk/dataset/priority-habitats "
        "(accessed 3 14 23).",
        {"container-title": "Defra", "issue": None, "note": None, "accessed": {"date-parts": [[2023, 3, 14]]}},
    ),
    (
        "Ordnance Survey (2014) OS OpenData products. https://www.ordnancesurvey.co.uk/opendata (accessed 8 26 14).",
        {"title": "OS OpenData products", "note": None, "accessed": {"date-parts": [[2014, 8, 26]]}},
    ),
    (
        "Independent Care Review (2021) The Independent Care Review: The Promise. Glasgow: Independent Care Review.",
        {
            "author": [{"literal": "Independent Care Review"}],
            "title": "The Independent Care Review: The Promise",
            "publisher-place": "Glasgow",
            "publisher": "Independent Care Review",
        },
    ),
    (
        "Mental Welfare Commission (2019) Good Practice Guide: Supported Decision Making. Edinburgh: Mental Welfare "
        "Commission.",
        {
            "author": [{"literal": "Mental Welfare Commission"}],
            "title": "Good Practice Guide: Supported Decision Making",
            "publisher-place": "Edinburgh",
        },
    ),
    (
        "R Core Team (2025) R: A Language and Environment for Statistical Computing. Vienna: R Foundation for "
        "Statistical Computing. Available at: https://www.R-project.org.",
        {
            "title": "R: A Language and Environment for Statistical Computing",
            "publisher": "R Foundation for Statistical Computing",
            "publisher-place": "Vienna",
        },
    ),
    (
        "Pearce, Susan Ed. (1994): Interpreting objects and collections. Routledge, London",
        {"editor": [{"family": "Pearce", "given": "Susan"}], "author": None},
    ),
    (
        "Knell, Simon Eds. (2004): Museums and the future of collecting. Ashgate, Aldershot",
        {"editor": [{"family": "Knell", "given": "Simon"}], "author": None},
    ),
    (
        "Museum Mission Statement. The Metropolitain Museum of Art. http://www.metmuseum.org/about-the-museum/mission-"
        "statement",
        {"author": None, "title": "Museum Mission Statement", "container-title": "The Metropolitain Museum of Art"},
    ),
    (
        "Fuel poverty overview. Energy Action Scotland. https://www.eas.org.uk/fuel-poverty-overview",
        {"author": None, "title": "Fuel poverty overview", "container-title": "Energy Action Scotland"},
    ),
    (
        "Collections management policy. National Museum of Ireland. https://www.museum.ie/policy",
        {"title": "Collections management policy", "container-title": "National Museum of Ireland"},
    ),
    (
        "Museum of London. Museum of London Docklands. https://www.museumoflondon.org.uk/docklands",
        {"container-title": None},
    ),
    (
        "Jones, A. (2019) Museum labels. Museum Practice, Issue No. 12.",
        {"container-title": "Museum Practice", "issue": "12"},
    ),
    (
        "Bude, H. (2012). The curator as meta-artist. Texte zur Kunst, Issue No. 86, pp. 3-9.",
        {"container-title": "Texte zur Kunst", "issue": "86", "page": "3-9"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("item", "source", "signal"),
    [
        (
            {"title": "addresspollution.org (2022) addresspollution.org", "URL": "https://addresspollution.org/"},
            "_addresspollution.org_ (2022) _addresspollution.org_. Available at: https://addresspollution.org/",
            "title:holds-date",
        ),
        (
            {"author": [{"literal": "Museum Mission Statement"}], "title": "The Metropolitain Museum of Art"},
            "Museum Mission Statement. The Metropolitain Museum of Art. http://www.metmuseum.org/mission",
            "name:closes-on-document-word",
        ),
        (
            {"title": "Place-Based Solutions", "genre": "Submission", "note": "to the Department for Transport. Leeds"},
            "Marsden G (2020) Place-Based Solutions, Submission to the Department for Transport. Leeds.",
            "note:continues-genre",
        ),
    ],
)
def test_held_form_is_named(item: dict[str, Any], source: str, signal: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    assert held_form_signals(item, source).get(signal)


@pytest.mark.parametrize(
    ("item", "source"),
    [
        (
            {"title": "Design Patterns In C# .NET (2023)", "URL": "https://www.c-sharpcorner.com/x"},
            "Naik, K. (no date) Design Patterns In C# .NET (2023). https://www.c-sharpcorner.com/x",
        ),
        (
            {"author": [{"literal": "World Health Organization"}], "title": "Global tuberculosis report"},
            "World Health Organization. (2021). Global tuberculosis report. WHO.",
        ),
        (
            {"title": "Title", "genre": "Thesis", "note": "to appear"},
            "Smith, J. (2020). Title [Thesis]. To appear.",
        ),
    ],
)
def test_held_form_not_named(item: dict[str, Any], source: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    signals = held_form_signals(item, source)
    assert not {"title:holds-date", "name:closes-on-document-word", "note:continues-genre"} & set(signals)
