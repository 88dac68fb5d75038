"""The OECD's, the World Bank's and others' ``Organisation (Year), Title, Publisher, Place`` form."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_organisation_before_its_bracketed_year_is_the_author() -> None:
    item = parse_reference(
        "OECD (2021), The State of Global Education: 18 Months into the Pandemic, OECD Publishing, Paris, "
        "https://doi.org/10.1787/1a23bb23-en."
    )
    assert item["author"] == [{"literal": "OECD"}]
    assert item["title"] == "The State of Global Education: 18 Months into the Pandemic"
    assert (item["publisher"], item["publisher-place"]) == ("OECD Publishing", "Paris")
    assert item["DOI"] == "10.1787/1a23bb23-en"


def test_organisation_publishing_its_own_work_closes_the_title() -> None:
    item = parse_reference(
        "World Bank (2018), World Development Report 2018: Learning to Realize Education's Promise, World Bank, "
        "Washington, DC."
    )
    assert item["author"] == [{"literal": "World Bank"}]
    assert item["title"] == "World Development Report 2018: Learning to Realize Education's Promise"
    assert (item["publisher"], item["publisher-place"]) == ("World Bank", "Washington, DC")
