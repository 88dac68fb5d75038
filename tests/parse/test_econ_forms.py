"""Forms of economics and finance reference lists: working papers in an institution's numbered series,
and chapters whose book comes before its editors."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.mends.mimeo import mimeo_apart
from biblio.parse.mends.name_tails import initials_name_before_year
from biblio.parse.mends.paper_series import series_number_apart
from biblio.parse.mends.report_numbers import number_and_institution
from biblio.parse.normalisers.paper_series import paper_series
from biblio.parse.normalisers.publisher import publisher_value
from biblio.parse.readers.apa.source import _book_before_editors
from biblio.parse.spans import Span


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


def test_series_across_a_journal_and_a_note_is_the_collection() -> None:
    text = '"Title", Policy Research Working Paper; No. 9629. World Bank, Washington, DC.'
    spans = [
        Span("title", '"Title",', 0, 8),
        Span("journal", "Policy Research Working", 9, 32),
        Span("note", "Paper; No. 9629. World Bank,", 33, 61),
        Span("location", "Washington, DC.", 62, 77),
    ]
    assert [(s.label, s.text) for s in series_number_apart(spans, text)] == [
        ("title", '"Title",'),
        ("collection-title", "Policy Research Working Paper; No. 9629"),
        ("publisher", "World Bank"),
        ("location", "Washington, DC."),
    ]


def test_working_paper_words_in_a_title_are_left() -> None:
    text = "Doe, J. 2020. Working Paper 12 of the Lab. Journal of Labs 3: 1-2."
    spans = [
        Span("author", "Doe, J.", 0, 7),
        Span("date", "2020.", 8, 13),
        Span("title", "Working Paper 12 of the Lab.", 14, 42),
        Span("journal", "Journal of Labs", 43, 58),
    ]
    assert series_number_apart(spans, text) == spans


def test_last_name_with_initials_first_before_the_year() -> None:
    text = 'D. Mora, E. B. Quist. 2019. "Title".'
    spans = [
        Span("author", "D. Mora", 0, 7),
        Span("journal", "E. B. Quist.", 9, 21),
        Span("date", "2019.", 22, 27),
        Span("title", '"Title".', 28, 36),
    ]
    assert [(s.label, s.text) for s in initials_name_before_year(spans, text)] == [
        ("author", "D. Mora, E. B. Quist."),
        ("date", "2019."),
        ("title", '"Title".'),
    ]
    item = parse_reference(text + " Policy Research Working Paper 8111. World Bank, Washington, DC.")
    assert [a["family"] for a in item["author"]] == ["Mora", "Quist"]
    assert "container-title" not in item


def test_a_journal_after_names_in_another_form_stays() -> None:
    text = "Mora, D. Quist Review. 2019."
    spans = [Span("author", "Mora, D.", 0, 8), Span("journal", "Quist Review.", 9, 22), Span("date", "2019.", 23, 28)]
    assert initials_name_before_year(spans, text) == spans


def test_elsevier_working_paper_with_its_body_after_a_comma() -> None:
    item = parse_reference(
        "Rey, H., 2013. Dilemma not trilemma: the global financial cycle. Working Paper 21162, "
        "National Bureau of Economic Research."
    )
    assert item["collection-title"] == "Working Paper"
    assert item["number"] == "21162"
    assert item["publisher"] == "National Bureau of Economic Research"
    assert "container-title" not in item


def test_central_bank_staff_report() -> None:
    item = parse_reference(
        "Adrian, T., Shin, H.S., 2008. Liquidity and contagion. Staff Report No. 331, Federal Reserve Bank of New York."
    )
    assert item["collection-title"] == "Staff Report"
    assert item["number"] == "331"
    assert item["publisher"] == "Federal Reserve Bank of New York"


def test_body_of_several_parts_ends_at_a_place() -> None:
    text = '"Title", Working Paper 77, Department of Economics, Some College, London.'
    spans = [
        Span("title", '"Title",', 0, 8),
        Span("note", "Working Paper 77, Department of Economics, Some College,", 9, 65),
        Span("location", "London.", 66, 73),
    ]
    assert [(s.label, s.text) for s in series_number_apart(spans, text)] == [
        ("title", '"Title",'),
        ("collection-title", "Working Paper 77"),
        ("publisher", "Department of Economics, Some College"),
        ("location", "London."),
    ]


def test_a_year_after_the_series_is_no_number() -> None:
    text = '"Title", Working Paper 2014, Department of Economics.'
    spans = [Span("title", '"Title",', 0, 8), Span("note", "Working Paper 2014, Department of Economics.", 9, 53)]
    assert series_number_apart(spans, text) == spans
    item: dict[str, Any] = {"type": "report", "collection-title": "Working Paper 2014"}
    paper_series(item)
    assert item == {"type": "report", "collection-title": "Working Paper 2014"}


def test_mimeo_is_the_genre_and_the_body_the_publisher() -> None:
    item = parse_reference('Smith, Adam. 2020. "Trade and Growth." Mimeo, Harvard University.')
    assert item["genre"] == "Mimeo"
    assert item["publisher"] == "Harvard University"
    assert item["type"] == "manuscript"
    text = "Stein, J., 2019. Trade and growth. Mimeo, Princeton University."
    spans = [
        Span("author", "Stein, J.,", 0, 10),
        Span("date", "2019.", 11, 16),
        Span("title", "Trade and growth.", 17, 34),
        Span("location", "Mimeo,", 35, 41),
        Span("publisher", "Princeton University.", 42, 63),
    ]
    assert [(s.label, s.text) for s in mimeo_apart(spans, text)][3:] == [
        ("genre", "Mimeo"),
        ("publisher", "Princeton University"),
    ]


def test_report_number_after_no_then_the_institution() -> None:
    text = "Title. Staff Report No. 331, Federal Reserve Bank."
    spans = [
        Span("title", "Title.", 0, 6),
        Span("genre", "Staff Report", 7, 19),
        Span("note", "No. 331, Federal Reserve Bank.", 20, 50),
    ]
    assert [(s.label, s.text) for s in number_and_institution(spans, text)][1:] == [
        ("genre", "Staff Report No. 331"),
        ("publisher", "Federal Reserve Bank."),
    ]
