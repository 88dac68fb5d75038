"""Forms of hand-typed reference lists citing reports and programs on the web: APA's work with no author whose
issuing body stands between the date and the link (``Title. (2018). Elia Group. https://…``, ``[Key] Title.
(2012). IBM Corporation. https://…``): a firm's or an agency's name is the publisher, no site."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Grid flexibility in a low-carbon market. (2019). Northern Power Group. https://www.example-power.eu/flex.pdf",
        {"title": "Grid flexibility in a low-carbon market", "publisher": "Northern Power Group",
         "container-title": None},
    ),
    (
        "[Acme2015] Storing sensor data at scale. (2015). Acme Analytics Corporation. "
        "https://www.acme-analytics.example.com/whitepaper/sensors",
        {"title": "Storing sensor data at scale", "publisher": "Acme Analytics Corporation", "container-title": None},
    ),
    (
        "Water Outlook 2030. (2021). International Water Agency. https://www.iwa-example.org/reports/outlook-2030",
        {"title": "Water Outlook 2030", "publisher": "International Water Agency", "container-title": None},
    ),
]

# a page's site stays its container: a name that closes in no firm's or agency's word, a day's date, an access
# date
KEPT: list[tuple[str, dict[str, Any]]] = [
    (
        "Lee, P. (2023). Writing good objectives. Riverside University Center for Teaching. https://ct.example.edu/obj",
        {"container-title": "Riverside University Center for Teaching", "publisher": None},
    ),
    (
        "Rivera, A. (2020, March 4). A short history of tram lines. Metro Heritage Group. https://metro.example.org/t",
        {"container-title": "Metro Heritage Group", "publisher": None},
    ),
    (
        "Santos, R. (2023). Flood warnings issued for coastal towns. Coastal News Agency. https://cna.example.ph/a/17",
        {"container-title": "Coastal News Agency", "publisher": None},
    ),
    (
        "*Guide to the city archive*. (n.d.). Civic Records Foundation. Retrieved May 2, 2024, from "
        "https://records.example.org/guide",
        {"container-title": "Civic Records Foundation", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_issuing_body_before_link(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
