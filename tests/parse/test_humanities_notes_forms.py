"""Humanities notes and bibliographies: the forms the humanities_real2 gold set showed the parser
reading wrong (a letter in an archive, a work published over years, an older ordinal edition, a
thesis school with its campus, a place run past the imprint's colon, a chapter's number after its
book), each as a reference written for this test and as the mend that repairs it."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.chapters import chapter_number_closes_container
from biblio.parse.mends.colon_imprints import place_runs_past_colon
from biblio.parse.mends.edition_title import edition_after_italic_title
from biblio.parse.mends.letters import letter_opening
from biblio.parse.mends.multivolume import publication_years_as_pages, years_after_issue
from biblio.parse.mends.theses import school_after_degree
from tests.parse.test_mends_humanities import labelled, spans_of

# --- whole references: what a user gets ------------------------------------------------------------


def test_letter_in_an_archive_names_its_writer_and_date() -> None:
    item = parse_reference(
        "Marsh to Seward, March 3, 1863, NARA, RG 59, M90, Despatches from U.S. Ministers to Italy, Roll 11."
    )
    assert item["author"] == [{"family": "Marsh"}]
    assert item["issued"] == {"date-parts": [[1863, 3, 3]]}
    for field in ("title", "container-title", "volume", "page", "publisher"):
        assert field not in item


def test_letter_with_full_names_and_a_lead_in() -> None:
    item = parse_reference(
        "See Eleanor M. Hale to Thomas Reed, 12 May 1921, Hale Papers, Box 4, Folder 7, Library of Congress."
    )
    assert item["author"] == [{"family": "Hale", "given": "Eleanor M."}]
    assert item["issued"] == {"date-parts": [[1921, 5, 12]]}
    assert "title" not in item


def test_multivolume_work_published_over_years() -> None:
    item = parse_reference(
        "Ruth Carver, *Papers of the Eastern Boundary Commission, 1794–1810*, 4 vols. "
        "(Boston: Historical Society of New England, 1931–1937)."
    )
    assert item["issued"]["date-parts"][0] == [1931]
    assert "page" not in item
    assert item["publisher"] == "Historical Society of New England"


def test_journal_volume_spanning_two_years() -> None:
    item = parse_reference(
        'Amy Stone, "Ledgers of the River Trade," *Southern Archives Review* 12, no. 2 (1987–1988): pp. 41–66.'
    )
    assert item["issued"]["date-parts"][0] == [1987]
    assert item["issue"] == "2"
    assert item["page"] == "41-66"


def test_older_ordinal_edition_after_the_title() -> None:
    item = parse_reference(
        "Harold Pine, *Manual of Federal Printing*, 2d ed., revised (Washington: Public Affairs Press, 1952), p. 14."
    )
    assert item["edition"] == "2"
    assert item["title"] == "Manual of Federal Printing"
    assert "container-title" not in item


# --- the mends, on the readings they repair --------------------------------------------------------


def test_letter_opening_relabels_writer_date_and_archive() -> None:
    text = "Noble to Winnacker, March 6, 1956, NARA, RG 59, CDF 1955–1959, 023.1/3–656."
    spans = spans_of(
        text,
        [
            ("author", "Noble to Winnacker,"),
            ("date", "March 6, 1956,"),
            ("journal", "NARA, RG"),
            ("volume", "59, CDF 1955–1959, 023.1/"),
            ("pages", "3–656."),
        ],
    )
    assert labelled(letter_opening(spans, text)) == [
        ("author", "Noble"),
        ("note", " to Winnacker, "),
        ("date", "March 6, 1956"),
        ("note", "NARA, RG 59, CDF 1955–1959, 023.1/3–656."),
    ]


def test_letter_opening_leaves_a_title_with_to_alone() -> None:
    text = "Smith, John. Letters to a Young Poet, March 4, 1999. New York: Norton."
    spans = spans_of(text, [("author", "Smith, John."), ("title", "Letters to a Young Poet, March 4, 1999.")])
    assert letter_opening(spans, text) is spans


def test_publication_years_read_as_pages_are_the_date() -> None:
    text = "*Index*, 3 vols. (Washington: Carnegie Institution, 1914–1921)."
    spans = spans_of(
        text,
        [
            ("title", "*Index*, 3 vols."),
            ("location", "(Washington:"),
            ("publisher", "Carnegie Institution,"),
            ("pages", "1914–1921)."),
        ],
    )
    assert labelled(publication_years_as_pages(spans, text))[-1] == ("date", "1914–1921).")


def test_a_page_range_after_the_publisher_stays_pages() -> None:
    text = "*Book* (London: Verso, 2001), 1902–1911."
    spans = spans_of(
        text,
        [
            ("title", "*Book*"),
            ("location", "(London:"),
            ("publisher", "Verso,"),
            ("date", "2001),"),
            ("pages", "1902–1911."),
        ],
    )
    assert publication_years_as_pages(spans, text) is spans


def test_years_after_issue_are_the_date() -> None:
    text = "*Review* 8, no. 3 (1999–2000): pp. 583–629."
    spans = spans_of(
        text, [("journal", "*Review*"), ("volume", "8,"), ("issue", "no. 3 (1999–2000):"), ("pages", "pp. 583–629.")]
    )
    assert labelled(years_after_issue(spans, text))[2:4] == [("issue", "no. 3"), ("date", "(1999–2000):")]


def test_edition_after_italic_title() -> None:
    text = "Rips, *Government Publications*, 3d ed., revised (New York: Wilson, 1949)."
    spans = spans_of(text, [("author", "Rips,"), ("title", "*Government Publications*, 3d ed., revised")])
    assert labelled(edition_after_italic_title(spans, text))[1:] == [
        ("title", "*Government Publications*"),
        ("edition", "3d ed., revised"),
    ]


def test_school_after_degree_takes_the_campus() -> None:
    text = "(master’s thesis, California State College, Fullerton, 1967)"
    spans = spans_of(
        text,
        [
            ("genre", "(master’s thesis,"),
            ("location", "California State College, Fullerton,"),
            ("date", "1967)"),
        ],
    )
    assert labelled(school_after_degree(spans, text)) == [
        ("genre", "(master’s thesis,"),
        ("publisher", "California State College, Fullerton,"),
        ("date", "1967)"),
    ]


def test_place_run_past_the_colon() -> None:
    text = "Santa Fe, NM: Santa Fe Institute. pp. 1–9."
    spans = spans_of(text, [("location", "Santa Fe, NM: Santa"), ("publisher", "Fe Institute."), ("pages", "pp. 1–9.")])
    assert labelled(place_runs_past_colon(spans, text))[:2] == [
        ("location", "Santa Fe, NM"),
        ("publisher", "Santa Fe Institute."),
    ]


def test_chapter_number_after_the_book_title() -> None:
    text = "In: Ortiz, M (ed.), The Shape of Towns, Chap. 4. London: Verso. pp. 9–40."
    spans = spans_of(
        text,
        [
            ("editor", "In: Ortiz, M (ed.),"),
            ("container-title", "The Shape of Towns, Chap. 4."),
            ("location", "London:"),
            ("publisher", "Verso."),
            ("pages", "pp. 9–40."),
        ],
    )
    assert labelled(chapter_number_closes_container(spans, text))[1:3] == [
        ("container-title", "The Shape of Towns"),
        ("note", " Chap. 4."),
    ]


def test_chicago_note_thesis_brackets_read_as_genre_and_note() -> None:
    item = parse_reference('7. Yuhuan Xu, "Shared Histories" (PhD diss., University of Chicago, 2017), 45.')
    assert item["publisher"] == "University of Chicago"
    assert item["issued"]["date-parts"] == [[2017]]
    assert item["page"] == "45"


def test_chicago_note_web_page_read_as_one_name_span() -> None:
    item = parse_reference(
        'Martin Fowler, "Microservices," martinfowler.com, March 25, 2014, '
        "https://martinfowler.com/articles/microservices.html."
    )
    assert item["author"] == [{"family": "Fowler", "given": "Martin"}]
    assert item["title"] == "Microservices"
    assert item["container-title"] == "martinfowler.com"


def test_chicago_press_release_is_a_genre_not_a_periodical() -> None:
    item = parse_reference(
        'Gartner. 2022. "Gartner Forecasts Worldwide IT Spending to Grow 5.1% in 2023." Press release, '
        "October 19, 2022. https://www.gartner.com/en/newsroom"
    )
    assert "container-title" not in item
    assert item["genre"] == "Press release"


def test_mla_interview_by_keeps_the_paper_as_container() -> None:
    item = parse_reference(
        "Gaiman, Neil. \"Evil Wouldn't Have Been This Boring.\" Interview by Andrew Purcell. The Guardian, "
        "29 Sept. 2007, www.theguardian.com/books/2007/sep/29/neilgaiman."
    )
    assert item["container-title"] == "The Guardian"


def test_mla_book_read_in_a_database() -> None:
    item = parse_reference(
        "Darwin, Charles. On the Origin of Species. John Murray, 1859. Google Books, books.google.com/books?id=abc."
    )
    assert item["title"] == "On the Origin of Species"
    assert item["publisher"] == "John Murray"
    assert item["issued"]["date-parts"] == [[1859]]
    other = parse_reference(
        "Quintilian. Institutio Oratoria. Translated by H. E. Butler, Loeb-Harvard UP, 1920. Perseus Digital "
        "Library, www.perseus.tufts.edu/hopper/text?doc=Perseus%3Atext%3A2007.01.0063."
    )
    assert other["publisher"] == "Loeb-Harvard UP"
