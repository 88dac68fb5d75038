"""Forms of economics and finance reference lists: working papers in an institution's numbered series,
and chapters whose book comes before its editors."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.normalisers.paper_series import paper_series
from biblio.parse.normalisers.publisher import publisher_value
from biblio.parse.readers.apa.source import _book_before_editors


def test_numbered_working_paper_is_a_report_in_its_series() -> None:
    item = parse_reference(
        'Lee, Jin, and Anna Park. "Credit Cycles and Small Firms," NBER Working Paper No. 31234 (2023).'
    )
    assert item["title"] == "Credit Cycles and Small Firms"
    assert item["collection-title"] == "NBER Working Paper"
    assert item["number"] == "31234"
    assert item["type"] == "report"
    assert not {"container-title", "volume", "issue"} & set(item)


def test_series_read_whole_with_its_number_keeps_the_number_apart() -> None:
    item = parse_reference(
        'Ng, K., L. Ortiz. 2015. "Informal Credit in Rural Markets". Policy Research Working Paper 7321. '
        "World Bank, Washington, DC."
    )
    assert item["collection-title"] == "Policy Research Working Paper"
    assert item["number"] == "7321"
    assert item["publisher"] == "World Bank"
    assert item["publisher-place"] == "Washington, DC"


def test_series_number_read_as_the_issue() -> None:
    item: dict[str, Any] = {
        "type": "article-journal",
        "title": "Tests",
        "container-title": "CESifo Discussion Paper",
        "issue": "DP-812",
    }
    paper_series(item)
    assert item == {
        "type": "report",
        "title": "Tests",
        "collection-title": "CESifo Discussion Paper",
        "number": "DP-812",
    }


def test_series_named_as_the_publisher() -> None:
    item: dict[str, Any] = {"type": "book", "title": "Tests", "publisher": "KU Leuven discussion paper"}
    paper_series(item)
    assert item["collection-title"] == "KU Leuven discussion paper"
    assert "publisher" not in item and item["type"] == "report"


def test_journal_with_pages_or_other_names_is_left() -> None:
    journal = {"type": "article-journal", "container-title": "Working Papers in Economics", "page": "1-20"}
    paper_series(journal)
    assert journal["container-title"] == "Working Papers in Economics"
    review: dict[str, Any] = {"type": "article-journal", "container-title": "Journal of Finance", "volume": "54"}
    paper_series(review)
    assert review == {"type": "article-journal", "container-title": "Journal of Finance", "volume": "54"}


def test_book_then_editors_with_initials_first() -> None:
    item = parse_reference(
        "A. Rossi and B. Klein (2015) Forecasting tail risk. In Handbook of Volatility Models, C. Meyer and "
        "D. Hahn (Eds.), pp. 45–67."
    )
    assert item["type"] == "chapter"
    assert item["container-title"] == "Handbook of Volatility Models"
    assert [e["family"] for e in item["editor"]] == ["Meyer", "Hahn"]
    assert item["page"] == "45-67"


def test_names_alone_before_the_role_are_no_book() -> None:
    assert _book_before_editors("J. Doe and R. Roe ") is None
    assert _book_before_editors("Doe, J., & Roe, R. ") is None
    assert _book_before_editors("Risk Management: Value at Risk and Beyond, M.A.H. Dempster ") == (
        "Risk Management: Value at Risk and Beyond",
        "M.A.H. Dempster ",
    )


def test_publisher_value_drops_a_leading_full_stop_and_a_copy_s_host() -> None:
    assert publisher_value(". World Bank,") == "World Bank"
    assert publisher_value("Available at SSRN") is None
    assert publisher_value("Available from Cambridge University Press") == ("Available from Cambridge University Press")
