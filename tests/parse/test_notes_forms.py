"""Chicago notes and British humanities bibliographies: the forms the notes_real gold set showed the
parser reading wrong, each as a reference written for this test and as the mend that repairs it."""

from __future__ import annotations

from biblio.parse import parse_reference, read_reference
from biblio.parse.mends.colon_pages import pages_after_colon
from biblio.parse.mends.containers import blog_word_apart, pages_close_container
from biblio.parse.mends.dates import bracketed_date_is_issued
from biblio.parse.mends.edition_title import edition_closing_publisher, edition_word_apart
from biblio.parse.mends.numbers import year_closing_number
from biblio.parse.mends.quotes import quote_closes_title, quoted_title_in_container
from biblio.parse.mends.seasons import months_before_year
from biblio.parse.mends.venue_year import bracketed_venue_year
from biblio.parse.readers.cs_common import initialled_names
from tests.parse.test_mends_humanities import labelled, spans_of  # the same helpers, written once

# --- whole references: what a user gets ------------------------------------------------------------


def test_note_with_a_bracketed_month_and_the_cited_page() -> None:
    item = parse_reference(
        'Maria Lopes and Tom Hart, "Reading Ledgers at Scale," *Association for Archival Studies* '
        "(June 2021): 14, https://doi.org/10.1234/aas.2021.14."
    )
    assert item["issued"] == {"date-parts": [[2021, 6]]}
    assert "accessed" not in item
    assert item["page"] == "14"
    assert item["DOI"] == "10.1234/aas.2021.14"


def test_note_with_the_page_read_apart_from_the_date() -> None:
    item = parse_reference(
        'Ana Ruiz et al., "Maps of the Parish Poor," *Historical Methods*, (March 2018): 7, '
        "https://example.org/maps-of-the-parish-poor.pdf."
    )
    assert item["page"] == "7"
    assert "volume" not in item
    assert item["URL"] == "https://example.org/maps-of-the-parish-poor.pdf"


def test_quoted_title_holding_a_quotation() -> None:
    item = parse_reference(
        'Paul Grant, "Taking the “New” out of New Towns: Planning and Memory in Postwar Britain," '
        "*Urban History* 41, no. 2 (2014): 201-223."
    )
    assert item["title"] == "Taking the “New” out of New Towns: Planning and Memory in Postwar Britain"
    assert item["container-title"] == "Urban History"
    assert "note" not in item


def test_british_blog_entry_names_the_blog_without_its_kind() -> None:
    item = parse_reference(
        "Baker, Lucy, 'Counting the cost of the census', Past Figures blog (4 March 2016) "
        "http://pastfigures.example.org/2016/03/04/counting-the-cost/"
    )
    assert item["container-title"] == "Past Figures"
    assert item["issued"] == {"date-parts": [[2016, 3, 4]]}


def test_names_joined_by_and_are_no_organisation() -> None:
    assert initialled_names("Jan van Berkel and Ruth Ames,", inverted=False) is None
    assert initialled_names("Centre for Data and Society,", inverted=False) == (
        "author",
        [{"literal": "Centre for Data and Society"}],
    )


# --- the mends, one form each ---------------------------------------------------------------------


def test_bracketed_date_after_a_journal_is_the_date_of_publication() -> None:
    text = 'A. Berg, "Title," *Journal of Things* (June 2019): 1, https://doi.org/10.1/x.'
    spans = spans_of(
        text,
        [
            ("author", "A. Berg,"),
            ("title", '"Title,"'),
            ("journal", "Journal of Things"),
            ("accessed", "(June 2019):"),
            ("url", "1, https://doi.org/10.1/x."),
        ],
    )
    out = labelled(bracketed_date_is_issued(spans, text))
    assert ("date", "(June 2019):") in out


def test_an_announced_access_date_stays_one() -> None:
    text = 'A. Berg, "Title," *Site*, accessed (June 2019), https://x.org/a.'
    spans = spans_of(
        text,
        [
            ("author", "A. Berg,"),
            ("title", '"Title,"'),
            ("container-title", "Site"),
            ("note", "accessed"),
            ("accessed", "(June 2019),"),
            ("url", "https://x.org/a."),
        ],
    )
    assert bracketed_date_is_issued(spans, text) == spans


def test_numbers_after_the_date_and_its_colon_are_the_pages() -> None:
    text = 'A. Berg, "Title," *Site*, (February 2019): 7, https://x.org/a.pdf.'
    spans = spans_of(
        text,
        [
            ("author", "A. Berg,"),
            ("title", '"Title,"'),
            ("journal", "Site"),
            ("date", "(February 2019):"),
            ("volume", "7,"),
            ("url", "https://x.org/a.pdf."),
        ],
    )
    assert ("pages", "7") in labelled(pages_after_colon(spans, text))
    text = 'A. Berg, "Title," *Site* (June 2019): 12-13, https://doi.org/10.1/x.'
    spans = spans_of(
        text,
        [
            ("author", "A. Berg,"),
            ("title", '"Title,"'),
            ("journal", "Site"),
            ("date", "(June 2019):"),
            ("url", "12-13, https://doi.org/10.1/x."),
        ],
    )
    out = labelled(pages_after_colon(spans, text))
    assert ("pages", "12-13") in out
    assert out[-1][0] == "url" and "doi.org" in out[-1][1]


def test_month_opening_a_bracket_is_part_of_the_date() -> None:
    text = 'A. Berg, "Title," *Findings of the Society* (January 2020): 3362.'
    spans = spans_of(
        text,
        [
            ("author", "A. Berg,"),
            ("title", '"Title,"'),
            ("container-title", "Findings of the Society* (January"),
            ("date", "2020):"),
            ("pages", "3362."),
        ],
    )
    assert bracketed_venue_year(spans, text) == spans  # a month is no venue's name
    out = labelled(months_before_year(spans, text))
    assert out[2] == ("container-title", "Findings of the Society")
    assert out[3] == ("date", "January 2020):")


def test_straight_quotes_close_a_title_cut_at_an_inner_quotation() -> None:
    text = 'P. Grant, "Taking the “New” out of New Towns," *Urban History* 41 (2014).'
    spans = spans_of(
        text,
        [
            ("author", "P. Grant,"),
            ("title", '"Taking the “New”'),
            ("container-title", "out of New"),
            ("title", 'Towns,"'),
            ("journal", "Urban History*"),
            ("volume", "41"),
            ("date", "(2014)."),
        ],
    )
    out = labelled(quote_closes_title(spans, text))
    assert out[1] == ("title", '"Taking the “New” out of New Towns,"')
    assert out[2] == ("journal", "Urban History*")


def test_quoted_title_then_in_and_the_book() -> None:
    text = 'K. Faber (2005) "Counting Households" in *Methods in Social History* eds. J. Roe and A. Lee.'
    spans = spans_of(
        text,
        [
            ("author", "K. Faber"),
            ("date", "(2005)"),
            ("title", '"Counting Households" in *Methods in Social History'),
            ("editor", "eds. J. Roe and A. Lee."),
        ],
    )
    out = labelled(quoted_title_in_container(spans, text))
    assert out[2] == ("title", '"Counting Households"')
    assert out[3] == ("container-title", "*Methods in Social History")


def test_page_range_closing_a_container() -> None:
    text = "Roe, Jo. ‘Title’. In Proceedings of the Annual Meeting on Archives, 306–316. AMA ’20. Boston: Pub, 2020."
    spans = spans_of(
        text,
        [
            ("author", "Roe, Jo."),
            ("title", "‘Title’."),
            ("container-title", "In Proceedings of the Annual Meeting on Archives, 306–316. AMA ’20."),
            ("location", "Boston:"),
            ("publisher", "Pub,"),
            ("date", "2020."),
        ],
    )
    out = labelled(pages_close_container(spans, text))
    assert out[2] == ("container-title", "In Proceedings of the Annual Meeting on Archives")
    assert out[3] == ("pages", "306–316")
    assert out[4] == ("note", " AMA ’20.")


def test_edition_word_read_apart_from_its_number() -> None:
    text = "Dean Ames, *Semantic Archives*, 2nd edn, Elsevier, 2011"
    spans = spans_of(
        text,
        [
            ("author", "Dean Ames,"),
            ("title", "Semantic Archives*,"),
            ("edition", "2nd"),
            ("location", "edn,"),
            ("publisher", "Elsevier,"),
            ("date", "2011"),
        ],
    )
    out = labelled(edition_word_apart(spans, text))
    assert out[2] == ("edition", "2nd edn,")
    assert ("location", "edn,") not in out


def test_blog_word_apart_only_in_lower_case() -> None:
    text = "Baker, Lucy, 'Title', Past Figures blog (4 March 2016) http://x.org/a"
    spans = spans_of(
        text,
        [
            ("author", "Baker, Lucy,"),
            ("title", "'Title',"),
            ("journal", "Past Figures blog"),
            ("date", "(4 March 2016)"),
            ("url", "http://x.org/a"),
        ],
    )
    out = labelled(blog_word_apart(spans, text))
    assert out[2:4] == [("journal", "Past Figures"), ("genre", " blog")]
    text = "Musk, E. (2016). Title. Tesla Blog. https://x.org/a"
    spans = spans_of(
        text,
        [
            ("author", "Musk, E."),
            ("date", "(2016)."),
            ("title", "Title."),
            ("container-title", "Tesla Blog."),
            ("url", "https://x.org/a"),
        ],
    )
    assert blog_word_apart(spans, text) == spans


def test_bracketed_year_after_the_journals_number_is_the_date() -> None:
    item = parse_reference(
        'R. Cole, "Parish Registers as Data," *Journal of Historical Demography* 14.3 (2011), 201-219.'
    )
    assert item["issued"] == {"date-parts": [[2011]]}
    assert (item["volume"], item["issue"], item["page"]) == ("14", "3", "201-219")
    text = 'J. Hale, "Title," *Journal of Things* 22.10 (2008), 1109-1127.'
    spans = spans_of(
        text,
        [
            ("author", "J. Hale,"),
            ("title", '"Title,"'),
            ("journal", "Journal of Things"),
            ("volume", "22."),
            ("issue", "10 (2008),"),
            ("pages", "1109-1127."),
        ],
    )
    out = labelled(year_closing_number(spans, text))
    assert out[4:6] == [("issue", "10"), ("date", "(2008),")]


def test_edition_statement_closing_the_publisher() -> None:
    text = "Yi Tan, *Space and Time* (Minneapolis: University Press, Reprint Edition, 2001)."
    spans = spans_of(
        text,
        [
            ("author", "Yi Tan,"),
            ("title", "Space and Time"),
            ("location", "(Minneapolis:"),
            ("publisher", "University Press, Reprint Edition,"),
            ("date", "2001)."),
        ],
    )
    out = labelled(edition_closing_publisher(spans, text))
    assert out[3:5] == [("publisher", "University Press"), ("edition", "Reprint Edition,")]
    text = "Doe, J. *Title*. New York: Penguin, Random House, 2001."
    spans = spans_of(
        text,
        [
            ("author", "Doe, J."),
            ("title", "Title*."),
            ("location", "New York:"),
            ("publisher", "Penguin, Random House,"),
            ("date", "2001."),
        ],
    )
    assert edition_closing_publisher(spans, text) == spans


def test_note_book_read_as_a_container_is_the_title() -> None:
    item = read_reference(
        "1. Michel Foucault, Discipline and Punish: The Birth of the Prison, trans. Alan Sheridan (New York: "
        "Vintage Books, 1977), 27."
    )
    assert item["title"] == "Discipline and Punish: The Birth of the Prison"
    assert "container-title" not in item
    assert item["type"] == "book"
    assert item["translator"] == [{"family": "Sheridan", "given": "Alan"}]


def test_lone_container_with_a_parts_pages_stays_a_container() -> None:
    from biblio.parse.mends.titles import book_title
    from biblio.parse.spans import Span

    text = "A. Author, Book Title, ACS Publications, 2022, pp. 1-32."
    spans = [
        Span("author", "A. Author,", 0, 10),
        Span("container-title", "Book Title,", 11, 22),
        Span("publisher", "ACS Publications,", 23, 40),
        Span("date", "2022,", 41, 46),
        Span("pages", "pp. 1-32.", 47, 56),
    ]
    assert book_title(spans, text) is spans
