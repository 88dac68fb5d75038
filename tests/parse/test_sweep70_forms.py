"""Forms of citation styles other than APA's: a report's number and its series after the title, as Chicago prints
them (``Title. No. 12. Harbour Authority Working Papers. Publisher.``) and AAA with the bare number (``Title. 12.
Name Discussion Paper Series. Place: Publisher.``); ISO 690's kind of a work in brackets after its title (``Title
[software]. Online.``). The references here are written for the tests."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference


@pytest.mark.parametrize(
    ("text", "title", "series", "publisher", "place"),
    [
        (
            "Okonjo, T. 2019. Port Fees and Coastal Shipping in West Africa. No. 41. Gulf Transport Working Papers. "
            "Gulf Institute for Trade.",
            "Port Fees and Coastal Shipping in West Africa",
            "Gulf Transport Working Papers",
            "Gulf Institute for Trade",
            None,
        ),
        (
            "Larsen, B., and H. Moe. 2015. Household Debt after the Boom: Evidence from Ten Towns. 15/118. "
            "Nordic Discussion Paper Series. Nordic Fiscal Council.",
            "Household Debt after the Boom: Evidence from Ten Towns",
            "Nordic Discussion Paper Series",
            "Nordic Fiscal Council",
            None,
        ),
        (
            "Duarte, P. 2021 Rural Clinics and the Cost of Distance. 7. Andean Health Policy Papers. Lima: Andean "
            "Health Observatory.",
            "Rural Clinics and the Cost of Distance",
            "Andean Health Policy Papers",
            "Andean Health Observatory",
            "Lima",
        ),
        (
            "Osei, Ama. Water Tariffs and the Urban Poor: Lessons from Three Cities. No. 22. SADC Discussion Paper "
            "Series. Harare Policy Trust, 2012.",
            "Water Tariffs and the Urban Poor: Lessons from Three Cities",
            "SADC Discussion Paper Series",
            "Harare Policy Trust",
            None,
        ),
    ],
)
def test_report_number_and_series_after_title(
    text: str, title: str, series: str, publisher: str, place: str | None
) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item.get("collection-title") == series
    assert item.get("publisher") == publisher
    assert item.get("publisher-place") == place
    assert "volume" not in item and "issue" not in item


@pytest.mark.parametrize(
    ("text", "title", "medium"),
    [
        (
            "NAKAMURA, Aiko, 2022. Tide tables for small harbours [software]. Online. 2022. Available from: "
            "https://example.org/tides",
            "Tide tables for small harbours",
            "software",
        ),
        (
            "BERGER, L. and KOCH, M., 2018. Alpine snow depth 1950-2015 [dataset]. 2018. Swiss Snow Service.",
            "Alpine snow depth 1950-2015",
            "dataset",
        ),
    ],
)
def test_iso690_kind_after_title(text: str, title: str, medium: str) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item.get("medium") == medium
