"""Forms of hand-written reference lists met in realworld58: a note's web page in British quotes with the comma
inside them, its site, maybe the day, and the writer's own sentences about the page before ``Available at: URL``
(``Body, 'Title,' Site Documentation. What it covers. Available at: https://…``); Australian Harvard web pages as
students write them, no italics, a list number before a body's name, the access note ``viewed Month Year`` and the
address in square brackets (``1 Body 2024, title, viewed April 2024, [https://…]``); Australian Harvard web reports
with the publisher after the italic title and a year opening the title (``Body (ABBR), 2023, *2023 Title*, ABBR,
viewed …``); and a firm named ``… Labs`` as a body."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a note's page: the writer's sentences after the site are a note; the site is the page's container
    (
        "Orbit Analytics, 'Data Retention Settings,' Orbit Help Centre. Explains the default retention windows and "
        "how to shorten them. Available at: https://help.orbit.example/retention",
        {
            "author": [{"literal": "Orbit Analytics"}],
            "title": "Data Retention Settings",
            "container-title": "Orbit Help Centre",
            "URL": "https://help.orbit.example/retention",
        },
    ),
    (
        "Tessellate Software, 'Team Permissions and Roles,' Tessellate Docs. Three role levels: viewer, editor and "
        "owner. Single sign-on with any SAML provider. Available at: https://docs.tessellate.example/roles",
        {
            "title": "Team Permissions and Roles",
            "container-title": "Tessellate Docs",
            "URL": "https://docs.tessellate.example/roles",
        },
    ),
    # with the day after the site
    (
        "State Digital Office, 'Cloud Procurement Guidance,' GOV.UK, 3 March 2024. Section 2: 'Buy what you can "
        "run.' Available at: https://www.gov.uk/guidance/cloud-procurement",
        {
            "author": [{"literal": "State Digital Office"}],
            "title": "Cloud Procurement Guidance",
            "container-title": "GOV.UK",
            "issued": {"date-parts": [[2024, 3, 3]]},
            "URL": "https://www.gov.uk/guidance/cloud-procurement",
        },
    ),
    # neighbours: a Chicago note's page with its day and address, a Chicago article note, a Harvard article
    (
        'Pew Research Center, "Mobile Fact Sheet," Pew Research Center, April 7, 2021. '
        "https://www.pewresearch.org/internet/fact-sheet/mobile/.",
        {
            "title": "Mobile Fact Sheet",
            "issued": {"date-parts": [[2021, 4, 7]]},
            "URL": "https://www.pewresearch.org/internet/fact-sheet/mobile/",
        },
    ),
    (
        'John Smith, "Why Cities Grow," Journal of Urban Things 12, no. 3 (2020): 45-67.',
        {
            "title": "Why Cities Grow",
            "container-title": "Journal of Urban Things",
            "volume": "12",
            "issue": "3",
            "page": "45-67",
        },
    ),
    (
        "Smith, J. (2020) 'Reading the rivers', Journal of Water Studies, 12(3), pp. 45-67. Available at: "
        "https://doi.org/10.1000/jws.2020.3 (Accessed: 3 May 2021).",
        {
            "title": "Reading the rivers",
            "container-title": "Journal of Water Studies",
            "volume": "12",
            "DOI": "10.1000/jws.2020.3",
        },
    ),
    # Australian Harvard web pages with no italics: a body's name after the list number, the year, the title
    (
        "3 Parks and Wildlife Service 2023, Walking the Overland Track, viewed March 2024, [https://www.tas.example/overland]",
        {
            "author": [{"literal": "Parks and Wildlife Service"}],
            "issued": {"date-parts": [[2023]]},
            "title": "Walking the Overland Track",
            "accessed": {"date-parts": [[2024, 3]]},
            "URL": "https://www.tas.example/overland",
        },
    ),
    (
        "freeTutorialHub 2020, Just in Time Learning Explained, viewed April 2024, "
        "[https://www.freetutorialhub.example/news/jit-learning/]",
        {
            "author": [{"literal": "freeTutorialHub"}],
            "issued": {"date-parts": [[2020]]},
            "title": "Just in Time Learning Explained",
        },
    ),
    (
        "2 Atlasly 2024, What is a sitemap?, viewed April 2024, [https://www.atlasly.example/glossary/sitemap/]",
        {"author": [{"literal": "Atlasly"}], "title": "What is a sitemap?", "issued": {"date-parts": [[2024]]}},
    ),
    # persons' names with ";" and "&" between them, no comma before the bracketed address
    (
        "Pereira, L; Quist, D & Moran, J 2019, Applications of graphs in route planning, viewed April 2024 "
        "[https://link.example.com/article/route-graphs]",
        {
            "author": [
                {"family": "Pereira", "given": "L"},
                {"family": "Quist", "given": "D"},
                {"family": "Moran", "given": "J"},
            ],
            "issued": {"date-parts": [[2019]]},
            "title": "Applications of graphs in route planning",
        },
    ),
    # a title opening on a number
    (
        "Ovens, R 2022, 9 AI hiring mistakes and how to avoid them, viewed April 2024, "
        "[https://www.hirewell.example/blog/ai-hiring/]",
        {"title": "9 AI hiring mistakes and how to avoid them", "issued": {"date-parts": [[2022]]}},
    ),
    # a neighbour read right before: a title closing on a bracket before the access note
    (
        "Okafor, D 2023, What does a Cloud Engineer Do? (Skills and Salary), viewed April 2024, "
        "[https://www.jobsguide.example/careers/cloud-engineer]",
        {"title": "What does a Cloud Engineer Do? (Skills and Salary)", "accessed": {"date-parts": [[2024, 4]]}},
    ),
    # neighbours: Australian Harvard's book and report with their publisher and town after the title
    (
        "Storey, KB 2004, Functional metabolism: regulation and adaptation, John Wiley & Sons, Hoboken, NJ, viewed 4 "
        "April 2009, <http://www.netlibrary.com/storey>.",
        {"title": "Functional metabolism: regulation and adaptation", "publisher": "John Wiley & Sons"},
    ),
    (
        "Australian Bureau of Statistics 2021, Census of population and housing, ABS, viewed 10 May 2022, "
        "https://www.abs.gov.au/census.",
        {"author": [{"literal": "Australian Bureau of Statistics"}], "title": "Census of population and housing"},
    ),
    # Australian Harvard web reports: the publisher after the italic title, a year opening the title
    (
        "Field, R, Marsh, T & Ola, B, 2022, *Regional Tourism Outlook 2022*, Tourism Research Australia, 3 May, "
        "viewed 9 June 2023, https://www.tra.example/outlook",
        {
            "title": "Regional Tourism Outlook 2022",
            "publisher": "Tourism Research Australia",
            "issued": {"date-parts": [[2022, 5, 3]]},
        },
    ),
    (
        "Australian Coastal Alliance (ACA), 2021, *2021 Shoreline Survey*, ACA, viewed 1 July 2022, "
        "https://aca.example.org/survey-2021",
        {
            "author": [{"literal": "Australian Coastal Alliance (ACA)"}],
            "title": "2021 Shoreline Survey",
            "publisher": "ACA",
            "issued": {"date-parts": [[2021]]},
        },
    ),
    # a firm named "… Labs" is a body
    (
        "Redwood Labs (2022) 'Load testing checklist', Redwood Labs Blog. Available at: "
        "https://redwood.example/blog/load (Accessed: 4 May 2023).",
        {"author": [{"literal": "Redwood Labs"}], "title": "Load testing checklist"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw80_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
