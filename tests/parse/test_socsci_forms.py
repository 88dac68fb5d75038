"""Forms of social-science author-date references (ASA, APSA, Chicago author-date, economics) the parser
reads (tests/data/parse/socsci_real.jsonl): a magazine's month before its pages, a quoted title with no
full stop before the italic journal, nested quotes in a curly-quoted title, ASA's ``Pp. … in *Book*,
edited by …``, a middle initial closing the names, an access note after the publisher, ``Forthcoming``
in the year's place, an original year in brackets before the edition's, an organisation before the year."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.dates import access_date_apart
from biblio.parse.mends.journal_heads import journal_head_in_names
from biblio.parse.mends.opening_dates import names_before_bare_year, original_year_apart, status_opens_title
from biblio.parse.mends.pages_in_book import pages_in_book
from biblio.parse.mends.quotes import quoted_title_before_italics
from biblio.parse.mends.seasons import months_before_pages
from biblio.parse.readers.chicago.parser import parse_chicago
from tests.parse.test_mends_confusions import fields, spans_of


def test_magazine_month_before_pages_leaves_the_journal() -> None:
    text = "Okonkwo, Ada. 2015. “Why Cities Grow.” *Atlantic Monthly* October:44–51."
    spans = spans_of(
        text,
        [
            ("author", "Okonkwo, Ada."),
            ("date", "2015."),
            ("title", "“Why Cities Grow.”"),
            ("journal", "Atlantic Monthly* October:"),
            ("pages", "44–51."),
        ],
    )
    assert fields(months_before_pages(spans, text), text)[3:] == [
        ("journal", "Atlantic Monthly"),
        ("date", "October:"),
        ("pages", "44–51."),
    ]


def test_month_range_read_as_a_place_is_the_date() -> None:
    text = "Lindahl, Bo. 2012. “Small Towns.” *Dissent* May–June:12–19."
    spans = spans_of(
        text,
        [
            ("author", "Lindahl, Bo."),
            ("date", "2012."),
            ("title", "“Small Towns.”"),
            ("journal", "Dissent"),
            ("location", "May–June:"),
            ("pages", "12–19."),
        ],
    )
    assert fields(months_before_pages(spans, text), text)[4] == ("date", "May–June:")


def test_months_before_pages_needs_a_calendar_word() -> None:
    text = "Lindahl, Bo. 2012. “Small Towns.” *Dissent* Quarterly:12–19."
    spans = spans_of(text, [("title", "“Small Towns.”"), ("journal", "Dissent* Quarterly:"), ("pages", "12–19.")])
    assert months_before_pages(spans, text) == spans


def test_magazine_month_in_a_whole_reference() -> None:
    item = read_reference("Okonkwo, Ada. 2015. “Why Cities Grow.” *Atlantic Monthly* October:44–51.")
    assert item["container-title"] == "Atlantic Monthly"
    assert item["issued"]["date-parts"][0][:2] == [2015, 10]
    assert "publisher-place" not in item


def test_quoted_title_without_full_stop_before_italic_journal() -> None:
    text = "Marsh, Ida. 1984. “Street Corners” *Urban Life: A Journal of Ethnography* 13:101–9."
    spans = spans_of(
        text,
        [
            ("author", "Marsh, Ida."),
            ("date", "1984."),
            ("title", "“Street Corners” *Urban Life:"),
            ("journal", "A Journal of Ethnography"),
            ("volume", "13:"),
        ],
    )
    assert fields(quoted_title_before_italics(spans, text), text)[2:4] == [
        ("title", "“Street Corners”"),
        ("journal", "*Urban Life: A Journal of Ethnography"),
    ]


def test_italics_inside_the_quoted_title_stay_in_it() -> None:
    text = "Marsh, Ida. 1984. “Reading *Hamlet* Today.” *Urban Life* 13:101–9."
    spans = spans_of(text, [("title", "“Reading *Hamlet* Today.”"), ("journal", "Urban Life*")])
    assert quoted_title_before_italics(spans, text) == spans


def test_straight_quotes_nested_in_a_curly_quoted_title() -> None:
    item = parse_chicago(
        'Fund for Justice. 2010. “Sentencing and the "War on Drugs" Era.” Retrieved March 2, 2011 '
        "(http://www.example.org/sentencing.html)."
    )
    assert item is not None
    assert item["title"] == 'Sentencing and the "War on Drugs" Era'
    assert "container-title" not in item


def test_asa_chapter_pages_book_and_editors() -> None:
    text = (
        "Tilly, Rosa. 1998. “Networks.” Pp. 21–40 in *Social Ties*, edited by A. B. Lund and C. Oyelaran. "
        "Boston: Beacon."
    )
    spans = spans_of(
        text,
        [
            ("author", "Tilly, Rosa."),
            ("date", "1998."),
            ("title", "“Networks.”"),
            ("pages", "Pp. 21–40"),
            ("date", "in"),
            ("title", "Social Ties*,"),
            ("editor", "edited by A. B. Lund and C."),
            ("publisher", "Oyelaran."),
            ("location", "Boston:"),
            ("publisher", "Beacon."),
        ],
    )
    assert fields(pages_in_book(spans, text), text)[3:] == [
        ("pages", "Pp. 21–40"),
        ("container-title", "Social Ties"),
        ("editor", "edited by A. B. Lund and C. Oyelaran."),
        ("location", "Boston:"),
        ("publisher", "Beacon."),
    ]


def test_asa_chapter_in_a_whole_reference() -> None:
    item = read_reference(
        "Ferreira, Paulo, and Grace L. Mbeki. 2004. “Trust and Markets.” Pp. 113–38 in *The Sociology of "
        "Exchange*, edited by R. T. Hale and S. M. Ortiz. New York: Russell Sage Foundation."
    )
    assert [a["family"] for a in item["author"]] == ["Ferreira", "Mbeki"]
    assert [e["family"] for e in item["editor"]] == ["Hale", "Ortiz"]
    assert item["title"] == "Trust and Markets"
    assert item["container-title"] == "The Sociology of Exchange"
    assert item["page"].replace("-", "–") == "113–38"
    assert item["publisher"] == "Russell Sage Foundation"
    assert item["publisher-place"] == "New York"


def test_magazine_pages_before_italics_are_no_chapter() -> None:
    # "Pp. 120 in *The New Yorker*, November 27." names no editors: the date after it keeps its field
    text = "Osei, Kofi. 2001. “Desk Life.” Pp. 88 in *The New Yorker*, March 5."
    spans = spans_of(
        text,
        [
            ("author", "Osei, Kofi."),
            ("date", "2001."),
            ("title", "“Desk Life.”"),
            ("pages", "Pp. 88"),
            ("date", "in"),
            ("title", "The New Yorker*,"),
            ("date", "March 5."),
        ],
    )
    assert fields(pages_in_book(spans, text), text)[3:] == [
        ("pages", "Pp. 88"),
        ("container-title", "The New Yorker"),
        ("date", "March 5."),
    ]


def test_middle_initial_and_family_name_close_the_names() -> None:
    text = "Rossi, Ana, and Walter K. Brandt. 1991. “Fields.” *Sociological Forum* 6:1–20."
    spans = spans_of(text, [("author", "Rossi, Ana, and Walter K. Brandt."), ("date", "1991."), ("title", "“Fields.”")])
    assert journal_head_in_names(spans, text) == spans


def test_access_note_after_the_publisher() -> None:
    text = "Urban Institute. 2018. “Rents.” Washington, DC: Urban Institute. Retrieved May 2, 2019 (https://x.org/r)."
    spans = spans_of(
        text,
        [
            ("author", "Urban Institute."),
            ("date", "2018."),
            ("title", "“Rents.”"),
            ("location", "Washington, DC:"),
            ("publisher", "Urban Institute. Retrieved May 2,"),
            ("date", "2019 ("),
            ("url", "https://x.org/r)."),
        ],
    )
    assert fields(access_date_apart(spans, text), text)[4:6] == [
        ("publisher", "Urban Institute. "),
        ("accessed", "May 2, 2019 ("),
    ]


def test_access_note_and_imprint_in_a_whole_reference() -> None:
    item = read_reference(
        "Urban Institute. 2018. “Rents and Wages in American Cities.” Washington, DC: Urban Institute. "
        "Retrieved May 2, 2019 (https://www.urban.org/research/rents)."
    )
    assert item["publisher"] == "Urban Institute"
    assert item["publisher-place"] == "Washington, DC"
    assert item["accessed"]["date-parts"] == [[2019, 5, 2]]
    assert item["issued"]["date-parts"][0][0] == 2018
    assert "container-title" not in item


def test_forthcoming_in_the_year_place() -> None:
    text = "Baptiste, Marie. Forthcoming. “Wages and Care.” *Journal of Labor Economics*."
    spans = spans_of(
        text,
        [("author", "Baptiste, Marie."), ("title", "Forthcoming. “Wages and Care.”"), ("journal", "Journal of")],
    )
    assert fields(status_opens_title(spans, text), text)[1:3] == [
        ("date", "Forthcoming."),
        ("title", "“Wages and Care.”"),
    ]
    item = read_reference(text)
    assert item["title"] == "Wages and Care"
    assert item.get("status") == "forthcoming"
    assert "issued" not in item


def test_original_year_in_brackets_before_the_edition_year() -> None:
    text = "Simmel, Georg. [1908] 1971. *On Individuality*. Chicago: University of Chicago Press."
    spans = spans_of(text, [("author", "Simmel, Georg. ["), ("date", "1908] 1971."), ("title", "On Individuality*.")])
    assert fields(original_year_apart(spans, text), text)[:3] == [
        ("author", "Simmel, Georg."),
        ("note", "[1908]"),
        ("date", "1971."),
    ]
    item = read_reference(text)
    assert item["author"] == [{"family": "Simmel", "given": "Georg"}]
    assert item["issued"]["date-parts"][0][0] == 1971
    assert item["title"] == "On Individuality"


def test_year_before_its_bracket_is_left_alone() -> None:
    text = "Merton, Robert. 1968 [1949]. *Social Theory*. New York: Free Press."
    spans = spans_of(text, [("author", "Merton, Robert."), ("date", "1968 [1949].")])
    assert original_year_apart(spans, text) == spans


def test_organisation_before_the_bare_year_is_the_author() -> None:
    text = "The Urban Coalition. 2012. “Housing Costs.” *Coalition Reports*. Retrieved May 1, 2013 (http://u.org/h)."
    spans = spans_of(
        text,
        [
            ("title", "The Urban Coalition."),
            ("date", "2012."),
            ("title", "“Housing Costs.”"),
            ("container-title", "Coalition Reports*. Retrieved"),
            ("date", "May 1, 2013 ("),
            ("url", "http://u.org/h)."),
        ],
    )
    assert fields(names_before_bare_year(spans, text), text)[:2] == [
        ("author", "The Urban Coalition."),
        ("date", "2012."),
    ]
    # the access word closing the container's span: the date in the next span is the access date
    assert fields(access_date_apart(spans, text), text)[3:5] == [
        ("container-title", "Coalition Reports*. "),
        ("accessed", "May 1, 2013 ("),
    ]
    item = read_reference(text)
    assert item["author"] == [{"literal": "The Urban Coalition"}]
    assert item["title"] == "Housing Costs"
    assert item["accessed"]["date-parts"] == [[2013, 5, 1]]


def test_a_title_opening_a_reference_without_names_stays_the_title() -> None:
    # the year is followed by no quoted or italic title: nothing says the opening is a name
    text = "Annual Survey of Housing. 2012. Washington, DC: Census Bureau."
    spans = spans_of(text, [("title", "Annual Survey of Housing."), ("date", "2012."), ("location", "Washington, DC:")])
    assert names_before_bare_year(spans, text) == spans


def test_access_word_alone_read_as_a_publisher_opens_the_access_date() -> None:
    # an earlier mend cut "Retrieved" off the italic container as a publisher of its own
    text = "Pew Research Center. 2014. “Religious Landscape.” *Pew Reports*. Retrieved June 3, 2015 (http://p.org/r)."
    spans = spans_of(
        text,
        [
            ("author", "Pew Research Center."),
            ("date", "2014."),
            ("title", "“Religious Landscape.”"),
            ("container-title", "Pew Reports*."),
            ("publisher", "Retrieved"),
            ("date", "June 3, 2015 ("),
            ("url", "http://p.org/r)."),
        ],
    )
    assert fields(access_date_apart(spans, text), text)[3:5] == [
        ("container-title", "Pew Reports*."),
        ("accessed", "June 3, 2015 ("),
    ]
    item = read_reference(text)
    assert "publisher" not in item
    assert item["accessed"]["date-parts"] == [[2015, 6, 3]]
    assert item["container-title"] == "Pew Reports"
