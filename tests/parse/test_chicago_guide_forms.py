"""Chicago notes-bibliography forms a writing handbook prints (the guides_real2 gold set showed the
parser reading them wrong): each as a reference written for this test, and as the mend that repairs
it on a reading written by hand."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.communications import message_to_author
from biblio.parse.mends.containers import blog_word_apart
from biblio.parse.mends.dates import access_date_apart, access_in_date
from biblio.parse.mends.media import ebook_format_apart
from biblio.parse.mends.news_sections import section_apart
from biblio.parse.mends.reprints import bracketed_reprint
from biblio.parse.mends.roles import directed_by_in_title
from biblio.parse.mends.sub_verbo import entry_under_word
from biblio.parse.mends.titles import book_title
from biblio.parse.readers.chicago.parser import parse_chicago
from tests.parse.test_mends_humanities import labelled, spans_of

# --- whole references: what a user gets ------------------------------------------------------------


def test_note_for_an_edited_book_keeps_its_title() -> None:
    item = parse_reference("Maria Ortiz, ed., *Rivers of the High Plains* (Denver: Ridgeline Press, 1987), 112.")
    assert item["editor"] == [{"family": "Ortiz", "given": "Maria"}]
    assert item["title"] == "Rivers of the High Plains"
    assert "container-title" not in item
    assert item["page"] == "112"


def test_film_names_its_director_after_the_title() -> None:
    item = parse_reference(
        "Clark, Nina and Paul Reyes. *Harbor Lights*. Directed by Nina Clark. 2004. Chicago: Lakeside Films, 2006. DVD."
    )
    assert item["director"] == [{"family": "Clark", "given": "Nina"}]
    assert item["title"] == "Harbor Lights"
    assert "container-title" not in item


def test_note_reprint_keeps_the_first_printing() -> None:
    item = parse_reference("Ellen Park, *Letters from the Valley* (1952; reprint, Boston: Crane Books, 1999), 41.")
    assert item["title"] == "Letters from the Valley"
    assert item["issued"] == {"date-parts": [[1952]]}
    assert item["page"] == "41"
    assert "publisher" not in item


def test_dictionary_entry_under_the_word() -> None:
    item = parse_reference('*Oxford Dictionary of Boating*, 3rd ed., s.v. "Keel."')
    assert item["container-title"] == "Oxford Dictionary of Boating"
    assert item["title"] == "Keel"
    assert item["edition"] == "3"


def test_wikipedia_note_with_its_last_change() -> None:
    item = parse_reference(
        'Wikipedia, s.v. "Lisbon," last modified March 3, 2015, http://en.wikipedia.org/wiki/Lisbon.'
    )
    assert item["container-title"] == "Wikipedia"
    assert item["title"] == "Lisbon"
    assert item["issued"] == {"date-parts": [[2015, 3, 3]]}
    assert "author" not in item


def test_note_with_an_access_date_after_the_page() -> None:
    item = parse_reference(
        'Omar Diaz, "Counting Sheep in Wales," *Rural Review* 12, no. 3 (2011): 44, '
        "accessed May 2, 2014, http://www.ruralreview.example.org/44."
    )
    assert item["page"] == "44"
    assert item["issued"] == {"date-parts": [[2011]]}
    assert item["accessed"] == {"date-parts": [[2014, 5, 2]]}


def test_newspaper_section_is_no_page() -> None:
    item = parse_reference('"Ferry Service Resumes." *Harbor Gazette* March 3, 2009, sec. C2.')
    assert item["container-title"] == "Harbor Gazette"
    assert "page" not in item


def test_email_to_the_author_has_no_title() -> None:
    item = parse_reference("Ruth Alvarez, email message to author, June 4, 2016.")
    assert "title" not in item
    assert item["issued"] == {"date-parts": [[2016, 6, 4]]}


def test_chicago_reader_reads_a_podcast_kind_as_its_genre() -> None:
    item = parse_chicago(
        'Lane, Ada. "Cold Brews." *Kettle Talk*. Podcast audio. March 2, 2014, http://kettletalk.example.org/ep12.mp3.'
    )
    assert item is not None
    assert item["container-title"] == "Kettle Talk"
    assert item["genre"] == "Podcast audio"
    assert "publisher" not in item


# --- the mends, one form each ---------------------------------------------------------------------


def test_a_notes_imprint_and_cited_page_leave_the_one_work_its_title() -> None:
    text = "Maria Ortiz, ed., *Rivers* (Denver: Ridgeline Press, 1987), 112."
    spans = spans_of(
        text,
        [
            ("editor", "Maria Ortiz, ed.,"),
            ("container-title", "Rivers*"),
            ("location", "(Denver:"),
            ("publisher", "Ridgeline Press,"),
            ("date", "1987),"),
            ("pages", "112."),
        ],
    )
    assert ("title", "Rivers*") in labelled(book_title(spans, text))


def test_an_articles_pages_keep_its_journal() -> None:
    text = "Omar Diaz, *Rural Review* 12 (2011): 40-48."
    spans = spans_of(
        text,
        [
            ("author", "Omar Diaz,"),
            ("journal", "Rural Review*"),
            ("volume", "12"),
            ("date", "(2011):"),
            ("pages", "40-48."),
        ],
    )
    assert book_title(spans, text) == spans


def test_directed_by_in_the_title_is_the_director() -> None:
    text = "Clark, Nina. *Harbor Lights*, directed by Nina Clark (2004, Chicago: Lakeside Films, 2006)."
    spans = spans_of(
        text,
        [
            ("author", "Clark, Nina."),
            ("title", "Harbor Lights*, directed by Nina Clark"),
            ("date", "(2004,"),
            ("location", "Chicago:"),
            ("publisher", "Lakeside Films,"),
            ("date", "2006)."),
        ],
    )
    out = labelled(directed_by_in_title(spans, text))
    assert ("title", "Harbor Lights*") in out
    assert ("director", "directed by Nina Clark") in out


def test_a_title_that_opens_on_directed_stays() -> None:
    text = "Ames, Ruth. Directed by Desire. Boston: Vale, 2001."
    spans = spans_of(
        text,
        [
            ("author", "Ames, Ruth."),
            ("title", "Directed by Desire."),
            ("location", "Boston:"),
            ("publisher", "Vale,"),
            ("date", "2001."),
        ],
    )
    assert directed_by_in_title(spans, text) == spans


def test_bracketed_reprint_leaves_the_first_year() -> None:
    text = "Ellen Park, *Letters* (1952; reprint, Boston: Crane Books, 1999), 41."
    spans = spans_of(
        text,
        [
            ("author", "Ellen Park,"),
            ("title", "Letters* (1952; reprint,"),
            ("location", "Boston:"),
            ("publisher", "Crane Books,"),
            ("date", "1999),"),
            ("pages", "41."),
        ],
    )
    assert labelled(bracketed_reprint(spans, text)) == [
        ("author", "Ellen Park,"),
        ("title", "Letters*"),
        ("date", "(1952;"),
        ("note", "reprint, Boston: Crane Books, 1999"),
        ("pages", "41."),
    ]


def test_entry_under_the_word_divides_the_work_and_the_word() -> None:
    text = 'Wikipedia, s.v. "Lisbon," last modified March 3, 2015, http://x.org/Lisbon.'
    spans = spans_of(
        text,
        [
            ("author", "Wikipedia, s.v."),
            ("title", '"Lisbon,"'),
            ("note", "last modified March 3, 2015,"),
            ("url", "http://x.org/Lisbon."),
        ],
    )
    assert labelled(entry_under_word(spans, text)) == [
        ("container-title", "Wikipedia"),
        ("title", '"Lisbon,"'),
        ("date", "March 3, 2015,"),
        ("url", "http://x.org/Lisbon."),
    ]


def test_lower_case_access_note_after_a_comma() -> None:
    text = 'John Ray, "Title," *Site*, The Society, accessed October 5, 2011. http://x.org/a.'
    spans = spans_of(
        text,
        [
            ("author", "John Ray,"),
            ("title", '"Title,"'),
            ("container-title", "*Site*,"),
            ("publisher", "The Society, accessed October 5,"),
            ("date", "2011."),
            ("url", "http://x.org/a."),
        ],
    )
    out = labelled(access_date_apart(spans, text))
    assert ("accessed", "October 5, 2011.") in out
    assert ("publisher", "The Society, ") in out


def test_access_date_read_into_the_date() -> None:
    text = 'Ann Lee, "Title," *Blog* blog, February 11, 2011, accessed May 12, 2013, http://x.org/a.'
    spans = spans_of(
        text,
        [
            ("author", "Ann Lee,"),
            ("title", '"Title,"'),
            ("journal", "Blog* blog,"),
            ("date", "February 11, 2011, accessed May 12, 2013,"),
            ("url", "http://x.org/a."),
        ],
    )
    out = labelled(access_in_date(spans, text))
    assert ("date", "February 11, 2011") in out
    assert ("accessed", "May 12, 2013,") in out
    assert ("journal", "Blog*") in labelled(blog_word_apart(spans, text))


def test_newspaper_section_read_as_the_pages_is_a_note() -> None:
    text = '"Title." *Gazette* March 3, 2009, sec. C2.'
    spans = spans_of(
        text, [("title", '"Title."'), ("journal", "Gazette"), ("date", "March 3, 2009,"), ("pages", "sec. C2.")]
    )
    assert ("note", "sec. C2.") in labelled(section_apart(spans, text))
    text = '"Title." *Gazette* March 3, 2009, 4-5.'
    spans = spans_of(
        text, [("title", '"Title."'), ("journal", "Gazette"), ("date", "March 3, 2009,"), ("pages", "4-5.")]
    )
    assert section_apart(spans, text) == spans


def test_kindle_edition_after_the_imprint_is_the_medium() -> None:
    text = "Ray, Ann. *Title*. Boston: Vale, 2012. Kindle edition, chapter 3."
    spans = spans_of(
        text,
        [
            ("author", "Ray, Ann."),
            ("title", "Title*."),
            ("location", "Boston:"),
            ("publisher", "Vale,"),
            ("date", "2012."),
            ("publisher", "Kindle edition, chapter 3."),
        ],
    )
    assert ("medium", "Kindle edition, chapter 3.") in labelled(ebook_format_apart(spans, text))


def test_message_to_the_author_is_its_kind() -> None:
    text = "Ann Ray, letter to the author, June 4, 2016."
    spans = spans_of(text, [("author", "Ann Ray,"), ("title", "letter to the author,"), ("date", "June 4, 2016.")])
    assert ("genre", "letter to the author,") in labelled(message_to_author(spans, text))
