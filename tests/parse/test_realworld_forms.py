"""Forms of the reference lists people write outside journals (``realworld4.jsonl``): the web and news notes of
open textbooks (``Name, “Title,” Pew Research Center, October 9, 2014. https://…``), Wikipedia's rendered
citations with their index identifiers and closing access dates (``Bibcode:…``, ``S2CID …``, ``Retrieved 6 April
2023.``), and the hand-typed names of software documentation (``A Rotnitzky and NP Jewell (1990).``). The examples
are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.access_notes import closing_access_note
from biblio.parse.mends.names import inverted_name_before_date
from biblio.parse.mends.web_sites import site_before_posted_date
from biblio.parse.normalisers.names import parse_names

from .test_assemble import spans_of
from .test_mends_humanities import labelled

# ---- Wikipedia's index identifiers after the work


def test_index_identifiers_are_no_field() -> None:
    text = (
        'Okafor, Chidi (2019). "Sparse coding of natural images". *Signal Processing*. **158** (2): 10–22. '
        "Bibcode:2019SigPr.158...10O. CiteSeerX 10.1.1.77.1234. doi:10.1016/j.sigpro.2019.01.002. S2CID 12345678."
    )
    tidy = tidy_input(text)
    assert "Bibcode" not in tidy and "S2CID" not in tidy and "CiteSeerX" not in tidy
    assert tidy.endswith("doi:10.1016/j.sigpro.2019.01.002.")
    item = parse_reference(text)
    assert item["container-title"] == "Signal Processing"
    assert (item["volume"], item["issue"], item["page"]) == ("158", "2", "10-22")
    assert "publisher-place" not in item


def test_identifiers_of_citation_style_2_close_on_commas() -> None:
    text = (
        'Ruth Ellery (June 1961), "Coding by runs", *Proceedings of the Radio Society*, vol. 9, no. 3, '
        "pp. 201–208, Bibcode:1961PRSoc...9..201E, doi:10.1000/prs.1961.0042"
    )
    assert tidy_input(text).endswith("pp. 201–208, doi:10.1000/prs.1961.0042")


def test_a_word_like_an_identifier_inside_a_title_stays() -> None:
    text = '"OCLC and the library catalogue". Library Notes. Retrieved 3 May 2020.'
    assert tidy_input(text) == text


# ---- Wikipedia's closing access date


def test_access_date_read_in_pieces_is_the_access_date() -> None:
    text = '"Release notes for version 4.2". Retrieved 14 March 2024.'
    spans = spans_of(
        text, [("title", '"Release notes for version 4.2".'), ("note", "Retrieved 14"), ("date", "March 2024.")]
    )
    assert labelled(closing_access_note(spans, text)) == [
        ("title", '"Release notes for version 4.2".'),
        ("accessed", "Retrieved 14 March 2024."),
    ]


def test_access_word_read_into_the_site() -> None:
    text = '"Installing the toolkit". Example Docs Portal. Retrieved June 2, 2022.'
    item = parse_reference(text)
    assert item["accessed"] == {"date-parts": [[2022, 6, 2]]}
    assert "issued" not in item
    assert "Retrieved" not in item.get("container-title", "")


def test_access_note_before_a_via_note_is_left() -> None:
    text = '"Weekly chart". Music Board. Retrieved 2 May 2021 – via Facebook.'
    spans = spans_of(
        text,
        [("title", '"Weekly chart".'), ("source", "Music Board."), ("note", "Retrieved 2 May 2021 – via Facebook.")],
    )
    assert closing_access_note(spans, text) == spans


# ---- a note's web page: quoted title, site, posting date, address


def test_site_between_title_and_date_is_the_container() -> None:
    text = (
        "Maria Lopez, “Why Cities Are Planting Micro-Forests,” Brookings Institution, March 3, 2021. "
        "https://www.example.org/micro-forests/."
    )
    item = parse_reference(text)
    assert item["container-title"] == "Brookings Institution"
    assert "publisher" not in item
    assert item["issued"] == {"date-parts": [[2021, 3, 3]]}
    assert item["title"] == "Why Cities Are Planting Micro-Forests"


def test_title_first_with_full_stops() -> None:
    text = "“Regional Grants Announced for 2022.” Business Wire. February 8, 2022. https://www.example.com/news/grants"
    spans = spans_of(
        text,
        [
            ("title", "“Regional Grants Announced for 2022.” Business"),
            ("publisher", "Wire. February 8,"),
            ("date", "2022."),
            ("url", "https://www.example.com/news/grants"),
        ],
    )
    assert labelled(site_before_posted_date(spans, text)) == [
        ("title", "“Regional Grants Announced for 2022.”"),
        ("container-title", "Business Wire"),
        ("date", "February 8, 2022"),
        ("url", "https://www.example.com/news/grants"),
    ]


def test_site_with_a_month_before_an_access_note() -> None:
    text = (
        "Tom Hale, “The Cost of Commuting,” Urban Policy Lab, June 2016. https://urbanpolicylab.example/commuting "
        "(accessed May 5, 2020)."
    )
    item = parse_reference(text)
    assert item["container-title"] == "Urban Policy Lab"
    assert "publisher" not in item
    assert item["issued"] == {"date-parts": [[2016, 6]]}
    assert item["accessed"] == {"date-parts": [[2020, 5, 5]]}


def test_an_undated_page_names_the_owner() -> None:
    text = "“Campus Facts.” Westfield University. Accessed May 1, 2019. https://www.example.edu/facts."
    item = parse_reference(text)
    assert item.get("publisher") == "Westfield University"
    assert "container-title" not in item


def test_a_dated_page_names_the_site_that_posted_it() -> None:
    text = "“Library Hours Extended.” Campus News Network. October 2, 2019. https://www.example.edu/news/hours."
    item = parse_reference(text)
    assert item["container-title"] == "Campus News Network"
    assert "publisher" not in item


def test_a_chapter_in_a_book_is_not_a_site() -> None:
    text = "Ann Bright, “On Rivers,” in Collected Essays, May 2019. https://www.example.net/rivers"
    spans = spans_of(
        text,
        [
            ("author", "Ann Bright,"),
            ("title", "“On Rivers,”"),
            ("container-title", "in Collected Essays,"),
            ("date", "May 2019."),
            ("url", "https://www.example.net/rivers"),
        ],
    )
    assert site_before_posted_date(spans, text) == spans


def test_a_place_and_publisher_are_not_a_site() -> None:
    text = "Lee Park, “Field Notes,” (Boston: Harbor Press, 2018). https://www.example.org/notes"
    spans = spans_of(
        text,
        [
            ("author", "Lee Park,"),
            ("title", "“Field Notes,”"),
            ("location", "(Boston:"),
            ("publisher", "Harbor Press,"),
            ("date", "2018)."),
            ("url", "https://www.example.org/notes"),
        ],
    )
    assert site_before_posted_date(spans, text) == spans


# ---- given names first, initials without full stops


def test_initials_without_stops_before_the_family_name() -> None:
    assert parse_names("R Okonkwo and TJ Banner") == [
        {"family": "Okonkwo", "given": "R"},
        {"family": "Banner", "given": "TJ"},
    ]
    assert parse_names("P Lindqvist") == [{"family": "Lindqvist", "given": "P"}]
    assert parse_names("MJ Lindgren, DM Batey") == [
        {"family": "Lindgren", "given": "MJ"},
        {"family": "Batey", "given": "DM"},
    ]


def test_bodies_with_short_capitals_stay_whole() -> None:
    assert parse_names("US Navy") == [{"literal": "US Navy"}]
    assert parse_names("BBC News") == [{"literal": "BBC News"}]


def test_natural_names_with_a_common_given_name() -> None:
    assert parse_names("Sarah Whitfield") == [{"family": "Whitfield", "given": "Sarah"}]
    assert parse_names("Lin Zhao and Michael Brandt") == [
        {"family": "Zhao", "given": "Lin"},
        {"family": "Brandt", "given": "Michael"},
    ]
    # a family name that is also a given name may be the inverted "Family Given": left as it was read
    assert parse_names("Marks and Spencer") == [{"literal": "Marks and Spencer"}]


def test_hand_typed_reference_with_bare_initials() -> None:
    text = 'R Okonkwo and TJ Banner (2015). "A note on robust variance estimation". Statistics Letters, 12, 101-110.'
    item = parse_reference(text)
    assert item["author"] == [{"family": "Okonkwo", "given": "R"}, {"family": "Banner", "given": "TJ"}]
    assert item["container-title"] == "Statistics Letters"


def test_a_firm_closing_on_its_company_word_is_one_body() -> None:
    assert parse_names("Harlow & Co.") == [{"literal": "Harlow & Co"}]
    assert parse_names("Pryce & Sons") == [{"literal": "Pryce & Sons"}]
    assert parse_names("Bennet & Lowe Associates") == [{"literal": "Bennet & Lowe Associates"}]


# ---- a note's web page: the site, then its owner


def test_blog_and_owner_before_an_updated_date() -> None:
    text = (
        "Nadia Brooks, “How We Moved Our Newsletter to Plain Text,” *The Inkwell Blog*, Inkwell Labs, "
        "updated March 3, 2023, https://blog.inkwell.example/plain-text."
    )
    item = parse_reference(text)
    assert item["container-title"] == "The Inkwell Blog"
    assert item["publisher"] == "Inkwell Labs"
    assert item["issued"] == {"date-parts": [[2023, 3, 3]]}


def test_site_and_owner_before_an_access_date() -> None:
    text = "“Getting Started,” Harbor Help Center, Harbor Maps, accessed June 9, 2021, https://help.harbor.example/start."
    spans = spans_of(
        text,
        [
            ("title", "“Getting Started,”"),
            ("journal", "Harbor Help Center, Harbor Maps, accessed"),
            ("date", "June 9, 2021,"),
            ("url", "https://help.harbor.example/start."),
        ],
    )
    assert labelled(site_before_posted_date(spans, text)) == [
        ("title", "“Getting Started,”"),
        ("container-title", "Harbor Help Center"),
        ("publisher", "Harbor Maps"),
        ("accessed", "accessed June 9, 2021"),
        ("url", "https://help.harbor.example/start."),
    ]


def test_a_lone_site_with_only_an_access_date_is_left() -> None:
    text = "“Team,” Westfield Observatory, accessed June 9, 2021, https://www.example.org/team."
    spans = spans_of(
        text,
        [
            ("title", "“Team,”"),
            ("publisher", "Westfield Observatory,"),
            ("accessed", "accessed June 9, 2021,"),
            ("url", "https://www.example.org/team."),
        ],
    )
    assert site_before_posted_date(spans, text) == spans


def test_the_chicago_reader_reads_a_site_and_its_owner_before_the_date() -> None:
    text = (
        "Lena Ortiz, “Why Small Shops Are Returning to Print,” Retail Weekly, Harbor Media Group, "
        "May 4, 2022, https://www.example.com/print-returns/."
    )
    item = parse_reference(text)
    assert item["container-title"] == "Retail Weekly"
    assert item["publisher"] == "Harbor Media Group"
    assert item["issued"] == {"date-parts": [[2022, 5, 4]]}


def test_an_inverted_name_read_as_a_note_before_the_date_is_the_author() -> None:
    text = 'Okoro, Ifeoma (March 2004). "Notes on run-length coding". *Signal Letters*. **3** (2): 7–9.'
    spans = spans_of(
        text,
        [
            ("note", "Okoro, Ifeoma ("),
            ("date", "March 2004)."),
            ("title", '"Notes on run-length coding".'),
            ("journal", "*Signal Letters*."),
        ],
    )
    mended = labelled(inverted_name_before_date(spans, text))
    assert mended[0] == ("author", "Okoro, Ifeoma")
    assert mended[1:] == labelled(spans)[1:]


def test_the_chicago_reader_reads_a_site_and_its_owner_before_the_access_date() -> None:
    text = "“Printing Labels,” Label Help, Harbor Office, accessed May 2, 2022, https://help.example.com/labels."
    item = parse_reference(text)
    assert item["container-title"] == "Label Help"
    assert item["publisher"] == "Harbor Office"
    assert item["accessed"] == {"date-parts": [[2022, 5, 2]]}


def test_a_part_of_a_site_read_on_a_day_is_a_web_page() -> None:
    item = parse_reference('"Configuring the print queue". Example Docs Portal. Example Corp. Retrieved June 2, 2022.')
    assert item["type"] == "webpage"
