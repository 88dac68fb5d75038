"""Journal numbers read into the wrong field: physics references as PDFs leave them (the page in the
date, a range cut at a spaced dash, a bare arXiv number after the year) and Vancouver's volume and
issue read as the issue or the date."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.aas_numbers import comma_numbers_apart
from biblio.parse.mends.physics_numbers import arxiv_number_is_no_page, page_in_date, range_end_apart
from biblio.parse.mends.seasons import meeting_days_as_volume, months_before_year
from biblio.parse.mends.volume_page import page_in_volume, volume_in_issue
from tests.parse.span_cases import spans_of


def labelled(spans: list) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


def test_page_read_into_the_bracketed_year() -> None:
    text = "V. Balkanov et al. Applied Optics 38(33) 6818 (1999)."
    spans = spans_of(
        text,
        ("author", "V. Balkanov et al."),
        ("journal", "Applied Optics"),
        ("volume", "38"),
        ("issue", "(33)"),
        ("date", " 6818 (1999)."),
    )
    assert labelled(page_in_date(spans, text))[-2:] == [("pages", " 6818"), ("date", "(1999).")]
    item = read_reference("A. Abdesselam et al., Eur. Phys. J. C71, 1661 (2011), arXiv:1012.5412[ hep-ph].")
    assert item["issued"] == {"date-parts": [[2011]]}
    assert item["page"] == "1661" and item["volume"] == "71"


def test_a_date_with_a_page_read_keeps_its_number() -> None:
    text = "Conference on Fractional Differentiation 2014 (2014) 1- 6."
    spans = spans_of(
        text,
        ("container-title", "Conference on Fractional Differentiation"),
        ("date", "2014 (2014)"),
        ("pages", "1- 6."),
    )
    assert page_in_date(spans, text) is spans


def test_range_cut_at_a_spaced_dash() -> None:
    text = "J .Phys .A 24 ( 1991),1185 -1197."
    spans = spans_of(
        text, ("journal", "J .Phys .A"), ("volume", "24"), ("date", "( 1991),"), ("pages", "1185"), ("note", "-1197.")
    )
    assert labelled(range_end_apart(spans, text))[-1] == ("pages", "1185 -1197.")


def test_bare_arxiv_number_is_no_page() -> None:
    text = "S. Scherer, Prog. Part. Nucl. Phys. 64, 1 (2010), 0908.3425"
    spans = spans_of(text, ("volume", "64, 1"), ("date", "(2010),"), ("pages", "0908.3425"))
    assert labelled(arxiv_number_is_no_page(spans, text))[-1] == ("note", "0908.3425")
    item = read_reference(text)
    assert item["volume"] == "64" and item["page"] == "1"
    assert "issue" not in item
    # a page with a dot that no arXiv number has (month 13) stays the page
    other = spans_of("Journal 12, 1213.5678", ("pages", "1213.5678"))
    assert arxiv_number_is_no_page(other, "Journal 12, 1213.5678") is other


def test_volume_and_issue_read_whole_as_the_issue() -> None:
    text = "Bi, W., et al., Inactivation of Rai1. Hum Mol Genet, 2005. 14(8): p. 983-95."
    spans = spans_of(
        text, ("journal", "Hum Mol Genet,"), ("date", "2005."), ("issue", "14(8):"), ("pages", "p. 983-95.")
    )
    assert labelled(volume_in_issue(spans, text))[2:4] == [("volume", "14"), ("issue", "(8):")]
    item = read_reference(text)
    assert (item["volume"], item["issue"], item["page"]) == ("14", "8", "983-95")


def test_volume_read_into_the_date_before_the_issue() -> None:
    text = "Boyles RE, Flynn TW. Manipulation following block. Man Ther. May 2005 10(2) 164-171."
    spans = spans_of(text, ("journal", "Man Ther."), ("date", "May 2005 10"), ("issue", "(2)"), ("pages", "164-171."))
    assert labelled(volume_in_issue(spans, text))[1:3] == [("date", "May 2005 "), ("volume", "10")]
    item = read_reference(text)
    assert item["issued"] == {"date-parts": [[2005, 5]]}
    assert (item["volume"], item["issue"]) == ("10", "2")


def test_volume_then_comma_and_page_range_with_no_page_read() -> None:
    text = "Suntola, T. Atomic Layer Epitaxy. Thin Solid Films 216, 84-89, (1992)."
    spans = spans_of(text, ("journal", "Thin Solid Films"), ("volume", "216, 84-89,"), ("date", "(1992)."))
    assert labelled(page_in_volume(spans, text))[1:3] == [("volume", "216"), ("pages", "84-89,")]


def test_aas_journal_read_as_the_volume_and_volume_as_the_issue() -> None:
    text = "Nolte, J. L., Stancil, P. C., et al. 2012, JPhB, 45, 24"
    spans = spans_of(
        text,
        ("author", "Nolte, J. L., Stancil, P. C., et al."),
        ("date", "2012,"),
        ("volume", "JPhB"),
        ("issue", ", 45,"),
        ("pages", "24"),
    )
    assert labelled(comma_numbers_apart(spans, text))[2:4] == [("journal", "JPhB"), ("volume", ", 45,")]
    item = read_reference(text)
    assert (item["container-title"], item["volume"], item["page"]) == ("JPhB", "45", "24")


def test_month_read_into_the_pages_joins_the_date() -> None:
    text = "Nucl. Instrum. Methods A, vol. 628, no. 1, pp. 128- 132,Feb. 2011."
    spans = spans_of(text, ("journal", "Nucl. Instrum. Methods A,"), ("pages", "pp. 128- 132,Feb"), ("date", ". 2011."))
    assert labelled(months_before_year(spans, text))[1:] == [("pages", "pp. 128- 132"), ("date", "Feb. 2011.")]


def test_meeting_month_and_days_read_as_the_volume() -> None:
    text = "Proceedings of the 4th ACM Workshop on Advances in GIS, pages 77 -84, Roekville, Maryland, Nov 15-16, 1996."
    spans = spans_of(
        text,
        ("pages", "pages 77 -84,"),
        ("location", "Roekville, Maryland,"),
        ("volume", "Nov 15-16,"),
        ("date", "1996."),
    )
    assert labelled(meeting_days_as_volume(spans, text))[2] == ("note", "Nov 15-16,")
    numbered = spans_of("Journal 15, 3-4.", ("volume", "15,"))
    assert meeting_days_as_volume(numbered, "Journal 15, 3-4.") is numbered
