"""Forms of hand-written reference lists in Australian, New Zealand, Canadian and Indian reports, course projects
and data notes (``realworld23``): a body's New Zealand branch named "NZ", a body's name whose date bracket the model
reads into it, a body's report series before its name, a body's own document file, and an acronym's plural
closing a title."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, dict[str, Any]]] = [
    # "NZ" closing a body's name is its country, not a Vancouver name's initials
    (
        "Stats NZ. (2024). *Household labour force survey: March 2024 quarter*. Statistics New Zealand. "
        "https://www.stats.govt.nz/information-releases/hlfs-march-2024",
        {"author": [{"literal": "Stats NZ"}]},
    ),
    (
        "Heritage NZ. (2022). *List of historic places*. https://www.heritage.org.nz/list",
        {"author": [{"literal": "Heritage NZ"}]},
    ),
    # a body's long name, its date's bracket read into it by the model: APA's reading still weighed
    (
        "The Department of Internal Affairs, Heritage and Culture. (2025, March 4). *Library opening hours*. "
        "Retrieved March 4, 2025, from https://www.dia.govt.nz/library-hours",
        {"author": [{"literal": "The Department of Internal Affairs, Heritage and Culture"}],
         "title": "Library opening hours", "publisher": None},
    ),
    # a body's report series, then the body: the series and the publisher, no site
    (
        "Nguyen, T., & Park, L. (2019). *Commuting distances in rural Manitoba*. Reports on Regional Economies, "
        "Statistics Canada. https://www150.statcan.gc.ca/n1/pub/xx-000-x/2019001-eng.htm",
        {"type": "report", "collection-title": "Reports on Regional Economies", "publisher": "Statistics Canada",
         "container-title": None},
    ),
    (
        "Ibrahim, K. (2021). *Informal credit and small traders*. Working Papers in Development Economics, Lagos "
        "Business School. https://www.lbs.edu.ng/wp/2021-04.pdf",
        {"collection-title": "Working Papers in Development Economics", "publisher": "Lagos Business School",
         "container-title": None},
    ),
    # a body's own document file (a PDF) is its report, not a page of a site
    (
        "City of Hamilton. (2023, May). *Annual water quality summary* [PDF]. City of Hamilton. "
        "https://www.hamilton.ca/sites/default/files/water-2023.pdf",
        {"type": "report", "publisher": "City of Hamilton", "container-title": None},
    ),
    # an acronym's plural closing the title belongs to it: no publisher or site "(NGOs)"
    (
        "World Bank. (n.d.). *Working with Non-Governmental Organizations (NGOs)*. https://www.worldbank.org/ngos",
        {"title": "Working with Non-Governmental Organizations (NGOs)", "container-title": None, "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_realworld_form(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, (var, item.get(var))


@pytest.mark.parametrize(
    "text",
    [
        # Vancouver names whose initials are no country: "Sharma UK" stays a person
        "Sharma UK, Rao P. Rural telemedicine uptake. Indian J Public Health. 2020;64(2):101-5.",
        # a body's series after a book's title with no body after it stays where it was read
        "Lee, J. (2018). *Urban futures*. Routledge.",
    ],
)
def test_not_changed(text: str) -> None:
    item = parse_reference(text)
    assert item.get("author")
    assert "collection-title" not in item or item.get("type") == "report"


def test_date_bracket_read_into_the_names_keeps_the_apa_shape() -> None:
    """The model may read the date's opening bracket into the body's name before it ("… Employment. (" then
    "2026, September 10)."): the text still opens in APA's way, so APA's reader is weighed."""
    from types import SimpleNamespace

    from biblio.parse.chooser import apa_shaped
    from biblio.parse.spans import Span

    body = "The Ministry of Culture, Heritage and Sport. ("
    spans = [
        Span("publisher", body, 0, len(body)),
        Span("date", "2024, June 2).", len(body), len(body) + 14),
        Span("title", "Museum visitor numbers.", len(body) + 15, len(body) + 38),
    ]
    reading: Any = SimpleNamespace(spans=spans, tokens=[], labels=[])
    assert apa_shaped(reading)


@pytest.mark.parametrize(
    ("item", "source", "signal"),
    [
        # a release's bare number after the address read into the title
        (
            {"title": "Cluster validity measures. 2.0.3", "URL": "https://cran.r-project.org/cv.pdf"},
            "Dumont, P. (2019). Cluster validity measures. https://cran.r-project.org/cv.pdf 2.0.3.",
            "title:closes-on-version",
        ),
        # a body's kind alone read as a body's whole name
        (
            {"author": [{"literal": "County"}, {"literal": "City of Denver"}], "title": "Park permits"},
            "County & City of Denver. (2024). *Park permits*. https://denvergov.org/parks",
            "name:kind-alone",
        ),
    ],
)
def test_held_form_is_named(item: dict[str, Any], source: str, signal: str) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    assert held_form_signals(item, source).get(signal)


@pytest.mark.parametrize(
    "item",
    [
        {"title": "Python 3.8 release notes", "author": [{"literal": "Python Software Foundation"}]},
        {"title": "Version 2.1 of the survey", "author": [{"literal": "City of Ottawa"}]},
    ],
)
def test_held_form_not_named(item: dict[str, Any]) -> None:
    from biblio.parse.review.held_forms import held_form_signals

    found = held_form_signals(item, str(item["title"]))
    assert not found.get("title:closes-on-version") and not found.get("name:kind-alone")
