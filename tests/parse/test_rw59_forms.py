"""Forms of students' software and project reports (realworld38): a software's documentation cited by its name
alone, its version after a comma and the body that publishes it before ``Available at`` (``Node.js Documentation,
v18 LTS. OpenJS Foundation. Available at: …``), and a body's own initials after a Harvard title before the address's
lead-in (``South African Police Service. (2024). *Title*. SAPS. Available at: …``), the body as its publisher; a
video's kind in brackets closing its APA title (``*Docker in 100 Seconds (Course)*``), no publisher; a standard's
designation, a dash, its title and the issuing body (``IEEE 830-1998 - Title. IEEE Standards Association.``); an
undated page headed by a software's name, a spaced dash and its description (``Recharts – A composable …``), all
the title; a product's name whose words are each a label of the address's host (``Google Fonts. 2023.`` on
``fonts.google.com``), its author, not a person."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "4. Django Documentation, v5.0. Django Software Foundation. Available at: "
        "https://docs.djangoproject.com/en/5.0/ [Accessed: 2024]",
        {
            "author": None,
            "title": "Django Documentation",
            "publisher": "Django Software Foundation",
            "URL": "https://docs.djangoproject.com/en/5.0/",
        },
    ),
    (
        "Flask API Reference, v3.x. Pallets Project. Available at: https://flask.palletsprojects.com/en/3.0.x/api/ "
        "[Accessed: 12 May 2024]",
        {"author": None, "title": "Flask API Reference", "publisher": "Pallets Project"},
    ),
    (
        "Kotlin Handbook. JetBrains Ltd. Available at: https://kotlinlang.org/docs/home.html [Accessed: 2023]",
        {"author": None, "title": "Kotlin Handbook", "publisher": "JetBrains Ltd", "container-title": None},
    ),
    (
        "12. Tailwind CSS Documentation, v3.4. Available at: https://tailwindcss.com/docs [Accessed: 2025]",
        {"author": None, "title": "Tailwind CSS Documentation", "URL": "https://tailwindcss.com/docs"},
    ),
    (
        "Kenya National Bureau of Statistics. (2023). *Economic Survey 2023*. KNBS. Available at: "
        "https://www.knbs.or.ke [Accessed: 4 June 2024].",
        {"author": [{"literal": "Kenya National Bureau of Statistics"}], "publisher": "KNBS", "container-title": None},
    ),
    (
        "Road Traffic Management Corporation (2022) *State of road safety report*. RTMC. Available at: "
        "https://www.rtmc.co.za [Accessed 2 March 2023].",
        {"publisher": "RTMC", "container-title": None},
    ),
    (
        "Fireship. (2022). *Docker in 100 Seconds (Course)*. https://www.youtube.com/watch?v=Gjnup-PuquQ",
        {"title": "Docker in 100 Seconds (Course)", "container-title": None, "publisher": None},
    ),
    (
        "ISO 9241-210 - Ergonomics of human-system interaction. International Organization for Standardization.",
        {
            "title": "Ergonomics of human-system interaction",
            "publisher": "International Organization for Standardization",
        },
    ),
    (
        "Pandas - A fast, powerful data analysis tool. Available at: https://pandas.pydata.org [Accessed: 3 May 2024]",
        {"author": None, "title": "Pandas - A fast, powerful data analysis tool"},
    ),
    (
        "Google Fonts. 2023. *Roboto font family.* [Online]. Available at: https://fonts.google.com/specimen/Roboto "
        "[Accessed: 2 March 2024].",
        {"author": [{"literal": "Google Fonts"}], "title": "Roboto font family"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw59_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
