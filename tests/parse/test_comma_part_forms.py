"""Forms whose parts are set apart by commas alone (humanities styles), Chicago's quoted part before its book,
Korean journal numbers with their marks, AAS's journal with no article title, a bracketed imprint, and the month
closing a report after its publisher."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.aas_titles import journal_read_as_title
from biblio.parse.mends.bracket_imprints import publisher_in_bracket
from biblio.parse.mends.comma_parts import container_closing_title, publisher_closing_title
from biblio.parse.mends.numbers import marked_numbers
from biblio.parse.mends.quotes import quoted_title_in_container
from biblio.parse.mends.report_months import month_closing_publisher
from biblio.parse.spans import Span
from tests.parse import span_cases


def fields(spans: list[Span], text: str) -> list[tuple[str, str]]:
    assert all(text[s.start : s.end] == s.text for s in spans)
    return [(s.label, s.text) for s in spans]


def test_journal_after_the_title_comma_before_its_numbers() -> None:
    text = "DUPONT M., Les foires de Champagne et le commerce lointain, Revue du Nord, no. 12, 1998, p. 33-58"
    spans = span_cases.spans_of(
        text,
        ("author", "DUPONT M.,"),
        ("title", "Les foires de Champagne et le commerce lointain, Revue du Nord,"),
        ("issue", "no. 12,"),
        ("date", "1998,"),
        ("pages", "p. 33-58"),
    )
    assert fields(container_closing_title(spans, text), text) == [
        ("author", "DUPONT M.,"),
        ("title", "Les foires de Champagne et le commerce lointain"),
        ("journal", "Revue du Nord,"),
        ("issue", "no. 12,"),
        ("date", "1998,"),
        ("pages", "p. 33-58"),
    ]


def test_book_after_the_title_comma_before_place_year_and_page_range() -> None:
    text = "Anna Rossi, Il mercato delle lane. Fonti e metodi, Studi di storia economica, Firenze, 2004, 211-240."
    spans = span_cases.spans_of(
        text,
        ("author", "Anna Rossi,"),
        ("title", "Il mercato delle lane. Fonti e metodi, Studi di storia economica,"),
        ("location", "Firenze,"),
        ("date", "2004,"),
        ("pages", "211-240."),
    )
    out = fields(container_closing_title(spans, text), text)
    assert out[1:3] == [
        ("title", "Il mercato delle lane. Fonti e metodi"),
        ("container-title", "Studi di storia economica,"),
    ]


def test_title_with_commas_is_left_whole_where_nothing_shows_a_work() -> None:
    # a book: its closing pages are a count, not a range, so no journal or book holds it
    text = "Marie Leroy, Villes, marchés, échanges, Les Belles Lettres, Paris, 1999, 312 p."
    spans = span_cases.spans_of(
        text,
        ("author", "Marie Leroy,"),
        ("title", "Villes, marchés, échanges, Les Belles Lettres,"),
        ("location", "Paris,"),
        ("date", "1999,"),
        ("pages", "312 p."),
    )
    assert container_closing_title(spans, text) is spans


def test_no_cut_inside_a_quoted_title_or_before_a_lower_case_part() -> None:
    quoted = "Jean Petit, « Le droit, la loi, Les usages anciens », no. 4, 2001, p. 5-9"
    spans = span_cases.spans_of(
        quoted,
        ("author", "Jean Petit,"),
        ("title", "« Le droit, la loi, Les usages anciens »,"),
        ("issue", "no. 4,"),
        ("date", "2001,"),
        ("pages", "p. 5-9"),
    )
    assert container_closing_title(spans, quoted) is spans
    lower = "A. Brown, Law, Sex, and Christian Society in Medieval Europe, vol. 2, 1987, 1-20"
    spans = span_cases.spans_of(
        lower,
        ("author", "A. Brown,"),
        ("title", "Law, Sex, and Christian Society in Medieval Europe,"),
        ("volume", "vol. 2,"),
        ("date", "1987,"),
        ("pages", "1-20"),
    )
    assert container_closing_title(spans, lower) is spans


def test_publisher_named_as_one_closing_the_title() -> None:
    text = "BERNARD, Paul, Souvenirs de voyage, lettres et carnets, Librairie Hachette, Paris, 1885"
    spans = span_cases.spans_of(
        text,
        ("author", "BERNARD, Paul,"),
        ("title", "Souvenirs de voyage, lettres et carnets, Librairie Hachette,"),
        ("location", "Paris,"),
        ("date", "1885"),
    )
    assert fields(publisher_closing_title(spans, text), text) == [
        ("author", "BERNARD, Paul,"),
        ("title", "Souvenirs de voyage, lettres et carnets"),
        ("publisher", "Librairie Hachette,"),
        ("location", "Paris,"),
        ("date", "1885"),
    ]


def test_last_part_with_no_publisher_word_stays_in_the_title() -> None:
    text = "BERNARD, Paul, Souvenirs de voyage, Lettres et carnets, Paris, 1885"
    spans = span_cases.spans_of(
        text,
        ("author", "BERNARD, Paul,"),
        ("title", "Souvenirs de voyage, Lettres et carnets,"),
        ("location", "Paris,"),
        ("date", "1885"),
    )
    assert publisher_closing_title(spans, text) is spans


def test_quoted_part_then_its_book_with_the_comma_inside_the_quotes() -> None:
    text = "Hale, Ruth. “Walls and Gardens,” Medieval Towns Revisited, edited by Tom Ash, Leeds, 2011, pp. 3-19."
    spans = span_cases.spans_of(
        text,
        ("author", "Hale, Ruth."),
        ("title", "“Walls and Gardens,” Medieval Towns Revisited,"),
        ("editor", "edited by Tom Ash,"),
        ("location", "Leeds,"),
        ("date", "2011,"),
        ("pages", "pp. 3-19."),
    )
    out = fields(quoted_title_in_container(spans, text), text)
    assert out[1:3] == [("title", "“Walls and Gardens,”"), ("container-title", "Medieval Towns Revisited,")]


def test_quoted_title_that_runs_on_past_its_quote_is_left() -> None:
    # a quoted phrase opening a title, with no mark ending it inside the quotes, is the title's own
    text = "Kim, Jo. “Bring the War Home” and Other Essays, Chicago, 2018."
    spans = span_cases.spans_of(
        text,
        ("author", "Kim, Jo."),
        ("title", "“Bring the War Home” and Other Essays,"),
        ("location", "Chicago,"),
        ("date", "2018."),
    )
    assert quoted_title_in_container(spans, text) is spans


def test_korean_marks_go_with_their_numbers() -> None:
    text = "김민수, '도시 재생과 공동체,' 지역연구, 제21권, 제4호, pp.55-78, 2019."
    spans = span_cases.spans_of(
        text,
        ("author", "김민수,"),
        ("title", "'도시 재생과 공동체,'"),
        ("journal", "지역연구,"),
        ("pages", "제21권, 제4호, pp.55-78,"),
        ("date", "2019."),
    )
    out = fields(marked_numbers(spans, text), text)
    assert ("volume", "21") in out and ("issue", "4") in out
    assert [p for label, p in out if label == "pages"] == [", pp.55-78,"]


def test_parse_comma_style_chapter_and_book() -> None:
    chapter = parse_reference(
        "Hans Vogel, Die Zünfte der Stadt. Ordnung und Alltag, Städtische Gesellschaft im Mittelalter, Berlin, "
        "2003, 77-98."
    )
    assert chapter["title"] == "Die Zünfte der Stadt. Ordnung und Alltag"
    assert chapter["container-title"] == "Städtische Gesellschaft im Mittelalter"
    assert chapter["publisher-place"] == "Berlin" and chapter["page"] == "77-98"
    book = parse_reference("DURAND, Louise, Au fil des saisons, récits et souvenirs, Librairie Plon, Paris, 1902")
    assert book["title"] == "Au fil des saisons, récits et souvenirs"
    assert book["publisher"] == "Librairie Plon"
    assert book["publisher-place"] == "Paris"


def test_parse_chicago_chapter_with_comma_inside_the_quotes() -> None:
    item = parse_reference(
        "Lowe, Helen. “Rivers and Roads in the Early Modern Atlantic,” Connected Worlds, edited by Mark Hill "
        "and Ann Reed, Berghahn Books, Oxford, 2014, pp. 88-104."
    )
    assert item["title"] == "Rivers and Roads in the Early Modern Atlantic"
    assert item["container-title"] == "Connected Worlds"
    assert [e["family"] for e in item["editor"]] == ["Hill", "Reed"]
    assert item["page"] == "88-104"


def test_parse_korean_article_numbers() -> None:
    item = parse_reference("김민수, '도시 재생과 공동체의 변화,' 지역연구, 제21권, 제4호, pp.55-78, 2019.")
    assert item["volume"] == "21" and item["issue"] == "4"
    assert item["page"] == "55-78"


def test_aas_journal_between_year_and_numbers() -> None:
    text = "Lindqvist, P., 2011, Dark Matter Reviews, 14, 221"
    spans = span_cases.spans_of(
        text,
        ("author", "Lindqvist, P.,"),
        ("date", "2011,"),
        ("title", "Dark Matter Reviews,"),
        ("volume", "14,"),
        ("pages", "221"),
    )
    out = fields(journal_read_as_title(spans, text), text)
    assert out[2] == ("journal", "Dark Matter Reviews,")


def test_article_title_before_journal_numbers_is_left() -> None:
    # a title that is a sentence, or one with a journal read after it, is no journal
    text = "Lindqvist, P., 2011, Halo shapes. A survey of the local group, 14, 221"
    spans = span_cases.spans_of(
        text,
        ("author", "Lindqvist, P.,"),
        ("date", "2011,"),
        ("title", "Halo shapes. A survey of the local group,"),
        ("volume", "14,"),
        ("pages", "221"),
    )
    assert journal_read_as_title(spans, text) is spans


def test_publisher_short_name_in_the_bracketed_imprint() -> None:
    text = "Ruth Hale, The Law of Easements (OUP, 2010)."
    spans = span_cases.spans_of(
        text, ("author", "Ruth Hale,"), ("title", "The Law of Easements (OUP,"), ("date", "2010).")
    )
    assert fields(publisher_in_bracket(spans, text), text) == [
        ("author", "Ruth Hale,"),
        ("title", "The Law of Easements"),
        ("publisher", "OUP"),
        ("date", "2010)."),
    ]


def test_venue_and_year_in_brackets_is_no_imprint() -> None:
    text = "Proceedings of the 9th Workshop on Data (DataW 2015), 11-15."
    spans = span_cases.spans_of(
        text,
        ("container-title", "Proceedings of the 9th Workshop on Data (DataW"),
        ("date", "2015),"),
        ("pages", "11-15."),
    )
    assert publisher_in_bracket(spans, text) is spans


def test_parse_aas_reference_and_bracketed_imprint() -> None:
    aas = parse_reference("2004 ,Nature ,431 ,120")
    assert aas["container-title"] == "Nature" and aas["volume"] == "431" and aas["page"] == "120"
    assert "title" not in aas
    book = parse_reference("Ruth Hale, The Law of Easements (OUP, 2010).")
    assert book["title"] == "The Law of Easements" and book["publisher"] == "OUP"


def test_month_after_the_report_publisher_is_the_date() -> None:
    text = "Army Corps of Engineers (USACE). 2006. Sediment Survey of Lake Ames. Omaha, NE: Omaha District. October."
    spans = span_cases.spans_of(
        text,
        ("author", "Army Corps of Engineers (USACE)."),
        ("date", "2006."),
        ("title", "Sediment Survey of Lake Ames."),
        ("location", "Omaha, NE:"),
        ("publisher", "Omaha District. October."),
    )
    out = fields(month_closing_publisher(spans, text), text)
    assert out[-2:] == [("publisher", "Omaha District."), ("date", "October.")]


def test_month_with_no_year_read_stays() -> None:
    text = "Army Corps of Engineers. Sediment Survey of Lake Ames. Omaha, NE: Omaha District. October."
    spans = span_cases.spans_of(
        text,
        ("author", "Army Corps of Engineers."),
        ("title", "Sediment Survey of Lake Ames."),
        ("location", "Omaha, NE:"),
        ("publisher", "Omaha District. October."),
    )
    assert month_closing_publisher(spans, text) is spans


def test_parse_report_with_closing_month() -> None:
    item = parse_reference(
        "Department of the Navy (DON). 2003. Final Base Realignment Plan, Naval Station Guam. Pearl Harbor, HI: "
        "Pacific Division, Naval Facilities Engineering Command. March."
    )
    assert item["publisher"] == "Pacific Division, Naval Facilities Engineering Command"
    assert item["issued"]["date-parts"] == [[2003, 3]]
