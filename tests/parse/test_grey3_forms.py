"""Forms of web pages, software and grey literature as real reference lists print them."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.web_sites import site_before_address
from biblio.parse.spans import Span


def test_site_between_title_and_address_is_the_container() -> None:
    item = parse_reference('"Our Guidelines", Example Handbook, https://handbook.example.org/guidelines')
    assert item["title"] == "Our Guidelines"
    assert item["container-title"] == "Example Handbook"
    assert "publisher" not in item
    assert item["URL"] == "https://handbook.example.org/guidelines"


def test_unquoted_page_title_then_site_then_address() -> None:
    item = parse_reference("Publishing your data set, Research Data Guides, https://guides.example.edu/publishing/")
    assert item["title"] == "Publishing your data set"
    assert item["container-title"] == "Research Data Guides"
    assert "publisher" not in item


def test_dated_imprint_keeps_its_publisher() -> None:
    text = "Annual survey, Research Software Trust, 2019, https://example.org/r"
    spans = [
        Span("title", "Annual survey,", 0, 14),
        Span("publisher", "Research Software Trust,", 15, 39),
        Span("date", "2019,", 40, 45),
        Span("url", "https://example.org/r", 46, 67),
    ]
    assert site_before_address(spans, text) == spans
