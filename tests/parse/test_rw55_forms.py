"""Forms of hand-written real-world reference lists: MLA 7's described web images, Vancouver's site-first web pages,
numbered committees as authors and a body's name opening a title."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, read_fields

MLA7_IMAGES: list[tuple[str, dict[str, Any]]] = [
    (
        "Branch diagram. Digital image. *Atlassian Git Tutorial*. Atlassian. Web. 3 Mar. 2017.",
        {
            "title": "Branch diagram",
            "container-title": "Atlassian Git Tutorial",
            "publisher": "Atlassian",
            "issued": None,
            "accessed": {"date-parts": [[2017, 3, 3]]},
        },
    ),
    (
        "Merge conflict screen. Screenshot. *Git Ready*. Nick Quaranto, 14 May 2012. Web. 2 Feb. 2016.",
        {
            "title": "Merge conflict screen",
            "container-title": "Git Ready",
            "publisher": "Nick Quaranto",
            "issued": {"date-parts": [[2012, 5, 14]]},
            "accessed": {"date-parts": [[2016, 2, 2]]},
        },
    ),
    (
        "Sea ice extent. Chart. National Snow and Ice Data Center. University of Colorado, n.d. Web. 9 Apr. 2015.",
        {
            "title": "Sea ice extent",
            "container-title": "National Snow and Ice Data Center",
            "publisher": "University of Colorado",
            "issued": None,
            "accessed": {"date-parts": [[2015, 4, 9]]},
        },
    ),
]

NLM_SITE_FIRST: list[tuple[str, dict[str, Any]]] = [
    (
        "Statistics Netherlands. CBS [Internet]. [cited 2024 Feb 2]. Deaths by cause of death, age and sex. "
        "Available from: https://www.cbs.nl/en-gb/figures/detail/7052eng",
        {
            "author": [{"literal": "Statistics Netherlands"}],
            "container-title": "CBS",
            "title": "Deaths by cause of death, age and sex",
            "accessed": {"date-parts": [[2024, 2, 2]]},
            "URL": "https://www.cbs.nl/en-gb/figures/detail/7052eng",
        },
    ),
    (
        "Our World in Data [Internet]. 2023 [cited 2024 Mar 1]. Coronavirus pandemic (COVID-19). "
        "Available from: https://ourworldindata.org/coronavirus",
        {
            "author": None,
            "container-title": "Our World in Data",
            "title": "Coronavirus pandemic (COVID-19)",
            "issued": {"date-parts": [[2023]]},
            "URL": "https://ourworldindata.org/coronavirus",
        },
    ),
]

NUMBERED_BODIES: list[tuple[str, dict[str, Any]]] = [
    (
        "Legislative Council, Standing Committee No. 4 (2019). Inquiry into rural roads. Sydney: NSW Parliament.",
        {
            "author": [{"literal": "Legislative Council, Standing Committee No. 4"}],
            "issue": None,
            "title": "Inquiry into rural roads",
            "issued": {"date-parts": [[2019]]},
        },
    ),
]

BODY_SENTENCES: list[tuple[str, dict[str, Any]]] = [
    (
        "Canadian Centre on Substance Use and Addiction. Cannabis. Available at: https://www.ccsa.ca/cannabis",
        {
            "author": [{"literal": "Canadian Centre on Substance Use and Addiction"}],
            "title": "Cannabis",
            "URL": "https://www.ccsa.ca/cannabis",
        },
    ),
    (
        # read as one container where no title is read
        "Canadian Centre for Occupational Health and Safety. Noise. Available at: https://www.ccohs.ca/topics/noise",
        {
            "author": [{"literal": "Canadian Centre for Occupational Health and Safety"}],
            "title": "Noise",
            "container-title": None,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), MLA7_IMAGES + NLM_SITE_FIRST + NUMBERED_BODIES + BODY_SENTENCES)
def test_read_as(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # NLM's book with its place and publisher: the count of pages after the date read is no title
        "World Health Organization. Global report on diabetes [Internet]. Geneva: World Health Organization; 2016 "
        "[cited 2023 Jan 9]. 86 p. Available from: https://apps.who.int/iris/handle/10665/204871",
    ],
)
def test_nlm_book_keeps_its_title(text: str) -> None:
    assert read_fields(text)["title"] == "Global report on diabetes"
