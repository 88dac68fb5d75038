"""biblio.parse.assemble: labelled spans -> one CSL record, nothing lost."""

from __future__ import annotations

from biblio.parse.assemble import assemble
from biblio.parse.spans import Span
from biblio.records.model import NO_AUTHOR, UNPARSED_REMAINDER, flags


def spans_of(text: str, labelled: list[tuple[str, str]], confidence: float = 0.9) -> list[Span]:
    """Spans for ``(label, piece)`` pairs found left to right in ``text``."""
    out, pos = [], 0
    for label, piece in labelled:
        start = text.index(piece, pos)
        out.append(Span(label, piece, start, start + len(piece), confidence))
        pos = start + len(piece)
    return out


def test_journal_article() -> None:
    text = "Smith, J. A., & Jones, B. (2020). A study of things. *Journal of Stuff*, 12(3), 45\u201367. https://doi.org/10.1000/xyz"
    item = assemble(spans_of(text, [
        ("author", "Smith, J. A., & Jones, B."), ("date", "(2020)."), ("title", "A study of things."),
        ("journal", "*Journal of Stuff*,"), ("volume", "12(3),"), ("pages", "45\u201367."),
        ("doi", "https://doi.org/10.1000/xyz"),
    ]), text)
    assert item["type"] == "article-journal"
    assert item["author"] == [{"family": "Smith", "given": "J. A."}, {"family": "Jones", "given": "B."}]
    assert item["issued"] == {"date-parts": [[2020]]}
    assert item["title"] == "A study of things"
    assert item["container-title"] == "Journal of Stuff"
    assert (item["volume"], item["issue"], item["page"]) == ("12", "3", "45-67")
    assert item["DOI"] == "10.1000/xyz" and "URL" not in item  # the DOI's link is no URL
    data = item["custom"]["biblio"]
    assert data["source"] == text
    assert "remainder" not in data and flags(item) == []


def test_field_confidence_is_the_lowest_of_its_spans() -> None:
    text = "Smith, J. Title. Publisher."
    spans = [Span("author", "Smith, J.", 0, 9, 0.95), Span("title", "Title.", 10, 16, 0.6),
             Span("publisher", "Publisher.", 17, 27, 0.8)]
    conf = assemble(spans, text)["custom"]["biblio"]["field_confidence"]
    assert conf == {"author": 0.95, "publisher": 0.8, "title": 0.6}
    two = [Span("title", "A", 0, 1, 0.9), Span("title", "B", 2, 3, 0.4)]
    assert assemble(two, "A B")["custom"]["biblio"]["field_confidence"]["title"] == 0.4


def test_several_spans_of_one_label_join() -> None:
    text = "Title part one: part two. 2001."
    item = assemble(spans_of(text, [("title", "Title part one:"), ("title", "part two."), ("date", "2001.")]), text)
    assert item["title"] == "Title part one: part two"


def test_text_in_no_field_is_kept_and_flagged() -> None:
    text = "Smith, J. 2001. Title. Some stray words."
    item = assemble(spans_of(text, [("author", "Smith, J."), ("date", "2001."), ("title", "Title."),
                                    ("other", "Some stray words.")]), text)
    assert item["custom"]["biblio"]["remainder"] == "Some stray words"
    assert UNPARSED_REMAINDER in flags(item)
    assert "Some stray words" in item["note"]


def test_connecting_words_are_no_loss() -> None:
    text = "Smith, J. 2001. Title. In Book, pp. 3-4."
    item = assemble(spans_of(text, [("author", "Smith, J."), ("date", "2001."), ("title", "Title."),
                                    ("other", "In"), ("container-title", "Book,"), ("other", "pp."),
                                    ("pages", "3-4.")]), text)
    assert "remainder" not in item["custom"]["biblio"]
    assert item["page"] == "3-4" and item["container-title"] == "Book"


def test_uncovered_text_is_remainder() -> None:
    text = "Smith, J. Leftover Words Title."
    item = assemble([Span("author", "Smith, J.", 0, 9), Span("title", "Title.", 25, 31)], text)
    assert item["custom"]["biblio"]["remainder"] == "Leftover Words"


def test_nd_and_accessed() -> None:
    text = "World Health Organization. (n.d.). Fact sheet. Retrieved March 3, 2020, from https://who.int/x"
    item = assemble(spans_of(text, [
        ("author", "World Health Organization."), ("date", "(n.d.)."), ("title", "Fact sheet."),
        ("date", "Retrieved March 3, 2020, from"), ("url", "https://who.int/x"),
    ]), text)
    assert "issued" not in item
    assert item["accessed"] == {"date-parts": [[2020, 3, 3]]}
    assert item["author"] == [{"literal": "World Health Organization"}]
    assert item["URL"] == "https://who.int/x" and item["type"] == "webpage"


def test_month_day_span_completes_the_year() -> None:
    text = "Doe, J. Title. The Times, 4 October 2010."
    item = assemble(spans_of(text, [("author", "Doe, J."), ("title", "Title."), ("journal", "The Times,"),
                                    ("date", "4 October"), ("date", "2010.")]), text)
    assert item["issued"] == {"date-parts": [[2010, 10, 4]]}
    assert item["type"] == "article-newspaper"


def test_markdown_links_give_url_and_doi() -> None:
    text = "Doe, J. (2020). [A page](https://example.org/page). [doi](https://doi.org/10.1000/abc)"
    item = assemble(spans_of(text, [("author", "Doe, J."), ("date", "(2020)."),
                                    ("title", "[A page](https://example.org/page)."),
                                    ("other", "[doi](https://doi.org/10.1000/abc)")]), text)
    assert item["title"] == "A page"
    assert item["URL"] == "https://example.org/page"
    assert item["DOI"] == "10.1000/abc"


def test_second_value_is_never_dropped() -> None:
    text = "doi:10.1000/a doi:10.2000/b"
    item = assemble([Span("doi", "doi:10.1000/a", 0, 13), Span("doi", "doi:10.2000/b", 14, 27)], text)
    assert item["DOI"] == "10.1000/a" and "10.2000/b" in item["custom"]["biblio"]["remainder"]


def test_empty_reading() -> None:
    item = assemble([], "")
    assert item["type"] == "document" and NO_AUTHOR in flags(item)


def test_month_day_and_season_spans_complete_the_date() -> None:
    text = "Title. Dec. 2011; Dec 10"
    spans = [Span("title", "Title.", 0, 6), Span("date", "Dec. 2011;", 7, 17), Span("date", "Dec 10", 18, 24)]
    assert assemble(spans, text)["issued"] == {"date-parts": [[2011, 12, 10]]}
    text = "Title. 2019, Spring"
    spans = [Span("title", "Title.", 0, 6), Span("date", "2019,", 7, 12), Span("date", "Spring", 13, 19)]
    assert assemble(spans, text)["issued"] == {"date-parts": [[2019]], "season": 1}
    text = "Title. Jan. 2011 Dec 10"
    spans = [Span("title", "Title.", 0, 6), Span("date", "Jan. 2011", 7, 16), Span("date", "Dec 10", 17, 23)]
    item = assemble(spans, text)
    assert item["issued"] == {"date-parts": [[2011, 1]]} and item["custom"]["biblio"]["remainder"] == "Dec 10"


def test_place_in_the_publisher_span() -> None:
    text = "Smith, J. (2001). *Book*. New York, NY: Penguin Books."
    item = assemble(spans_of(text, [("author", "Smith, J."), ("date", "(2001)."), ("title", "*Book*."),
                                    ("publisher", "New York, NY: Penguin Books.")]), text)
    assert (item["publisher"], item["publisher-place"], item["type"]) == ("Penguin Books", "New York, NY", "book")


def test_an_access_date_labelled_as_note_is_accessed() -> None:
    text = "Page. Accessed August 9, 2013."
    item = assemble([Span("title", "Page.", 0, 5), Span("note", "Accessed August 9, 2013.", 6, 30)], text)
    assert item["accessed"] == {"date-parts": [[2013, 8, 9]]} and "note" not in item


def test_a_list_number_is_the_label_not_a_loss() -> None:
    text = "[4] Smith, J. Title."
    item = assemble([Span("other", "[4]", 0, 3), Span("author", "Smith, J.", 4, 13), Span("title", "Title.", 14, 20)],
                    text)
    assert item["custom"]["biblio"]["label"] == "4" and "remainder" not in item["custom"]["biblio"]


def test_section_letter_glued_to_the_volume() -> None:
    text = "A. Smith, Phys. Rev. D70, 1234 (2004)."
    item = assemble(spans_of(text, [("author", "A. Smith,"), ("journal", "Phys. Rev. D70,"), ("pages", "1234"),
                                    ("date", "(2004).")]), text)
    assert (item["container-title"], item["volume"], item["page"]) == ("Phys. Rev. D", "70", "1234")


def test_identifier_left_inside_the_pages() -> None:
    text = "Title. pp. 45-67, https://doi.org/10.1000/abc123."
    item = assemble([Span("title", "Title.", 0, 6), Span("pages", "pp. 45-67, https://doi.org/10.1000/abc123.", 7, 49)],
                    text)
    assert item["page"] == "45-67" and item["DOI"] == "10.1000/abc123" and "URL" not in item


def test_address_run_into_a_title_is_the_url() -> None:
    text = '"sphinx: Python Documentation Generator" http://www.sphinx-doc.org/ [Online; accessed 2016-05-27].'
    item = assemble(spans_of(text, [
        ("title", '"sphinx: Python Documentation Generator" http://www.sphinx-doc.org/'),
        ("note", "[Online; accessed 2016-05-27]."),
    ]), text)
    assert item["URL"] == "http://www.sphinx-doc.org/"
    assert "sphinx-doc" not in item["title"]
    assert UNPARSED_REMAINDER not in flags(item)


def test_words_announcing_an_address_go_into_no_field() -> None:
    text = "Travis Oliphant. *Guide to Numpy*. Viewable online at: http://www.tramy.us/, 2010."
    item = assemble(spans_of(text, [
        ("author", "Travis Oliphant."), ("title", "*Guide to Numpy*."),
        ("container-title", "Viewable online at: http://www.tramy.us/,"), ("date", "2010."),
    ]), text)
    assert item["URL"] == "http://www.tramy.us/"
    assert "container-title" not in item
    assert item["title"] == "Guide to Numpy"


def test_a_markdown_link_target_is_not_split_from_its_title() -> None:
    text = "Smith, J. (2020). [A page](https://example.org/page). Example Site."
    item = assemble(spans_of(text, [
        ("author", "Smith, J."), ("date", "(2020)."), ("title", "[A page](https://example.org/page)."),
        ("container-title", "Example Site."),
    ]), text)
    assert item["title"] == "A page"
    assert item["URL"] == "https://example.org/page"


def test_an_italic_title_is_one_field() -> None:
    text = "Braudel, Fernand. *La Méditerranée à l'époque de Philippe II*. 2e éd. Paris : Armand Colin, 1966."
    item = assemble(spans_of(text, [
        ("author", "Braudel, Fernand."), ("title", "La Méditerranée à l'époque de Philippe"),
        ("edition", "II*. 2e éd."), ("location", "Paris :"), ("publisher", "Armand Colin,"), ("date", "1966."),
    ]), text)
    assert item["title"] == "La Méditerranée à l'époque de Philippe II"
    assert item["edition"] == "2"


def test_bracketed_number_after_the_volume_is_the_issue() -> None:
    text = "G. E. Moore, *Cramming more components onto integrated circuits*, Electronics, 38(8), 19 April 1965"
    item = assemble(spans_of(text, [
        ("author", "G. E. Moore,"), ("title", "Cramming more components onto integrated circuits"),
        ("journal", "Electronics,"), ("volume", "38"), ("date", "(8), 19 April 1965"),
    ]), text)
    assert (item["volume"], item["issue"]) == ("38", "8")
    assert item["issued"] == {"date-parts": [[1965, 4, 19]]}


def test_pages_run_on_from_the_issue_with_a_tex_dash() -> None:
    text = "A. Stefik. *Syntax*, Trans. Comput. Educ., 13(4):1---19, November 2013."
    item = assemble(spans_of(text, [
        ("author", "A. Stefik."), ("title", "Syntax"), ("journal", "Trans. Comput. Educ.,"),
        ("volume", "13"), ("issue", "(4):1---19,"), ("date", "November 2013."),
    ]), text)
    assert (item["issue"], item["page"]) == ("4", "1-19")
    assert "note" not in item


def test_day_before_a_semicolon_completes_the_date() -> None:
    text = "Halpern SD. Solid-organ transplantation. N Engl J Med. 2002 Jul 25;347(4):284-7."
    item = assemble(spans_of(text, [
        ("author", "Halpern SD."), ("title", "Solid-organ transplantation."), ("journal", "N Engl J Med."),
        ("date", "2002 Jul"), ("volume", "25;347"), ("issue", "(4):"), ("pages", "284-7."),
    ]), text)
    assert item["issued"] == {"date-parts": [[2002, 7, 25]]}
    assert (item["volume"], item["issue"], item["page"]) == ("347", "4", "284-7")


def test_mla_university_press_is_one_publisher() -> None:
    text = "Bazin, Patrick. *The Future*, edited by Geoffrey Nunberg, U of California P, 1996."
    item = assemble(spans_of(text, [
        ("author", "Bazin, Patrick."), ("title", "*The Future*,"), ("editor", "edited by Geoffrey Nunberg,"),
        ("location", "U of California"), ("publisher", "P,"), ("date", "1996."),
    ]), text)
    assert item["publisher"] == "U of California P"
    assert "publisher-place" not in item


def test_journal_run_into_the_title_is_split_off() -> None:
    text = "Matus A, Wagner U. Actin dynamics in dendritic spines. Hippocampus (2000) 10:555-560."
    item = assemble(spans_of(text, [
        ("author", "Matus A, Wagner U."), ("title", "Actin dynamics in dendritic spines. Hippocampus"),
        ("date", "(2000)"), ("volume", "10:"), ("pages", "555-560."),
    ]), text)
    assert item["title"] == "Actin dynamics in dendritic spines"
    assert item["container-title"] == "Hippocampus"
    # a book's title with a second sentence and no journal numbers stays whole
    text = "Smith, J. (2001). Rivers. A history. London: Press."
    item = assemble(spans_of(text, [
        ("author", "Smith, J."), ("date", "(2001)."), ("title", "Rivers. A history."),
        ("location", "London:"), ("publisher", "Press."),
    ]), text)
    assert item["title"] == "Rivers. A history"


def test_journal_after_a_comma_in_a_korean_title() -> None:
    text = ("정연환, QFD를 활용한 함정 요구조건 관리 방안 연구, 한국시스템엔지니어링학회, "
            "Vol. 15, No. 2, pp 57-65, 2019.")
    item = assemble(spans_of(text, [
        ("author", "정연환,"), ("title", "QFD를 활용한 함정 요구조건 관리 방안 연구, 한국시스템엔지니어링학회,"),
        ("volume", "Vol. 15,"), ("issue", "No. 2,"), ("pages", "pp 57-65,"), ("date", "2019."),
    ]), text)
    assert item["title"] == "QFD를 활용한 함정 요구조건 관리 방안 연구"
    assert item["container-title"] == "한국시스템엔지니어링학회"


def test_place_and_publisher_read_as_one_place() -> None:
    text = "KAZAZIAN, T. Haverá a idade das coisas leves. São Paulo: Senac, 2005."
    item = assemble(spans_of(text, [
        ("author", "KAZAZIAN, T."), ("title", "Haverá a idade das coisas leves."),
        ("location", "São Paulo: Senac,"), ("date", "2005."),
    ]), text)
    assert (item["publisher-place"], item["publisher"]) == ("São Paulo", "Senac")


def test_number_after_the_volume_is_the_page_when_no_page_was_read() -> None:
    text = "Hosokawa T., Omukai K., Yorke H. W., 2012, ApJ, 756, 1093"
    item = assemble(spans_of(text, [
        ("author", "Hosokawa T., Omukai K., Yorke H. W.,"), ("date", "2012,"), ("journal", "ApJ,"),
        ("volume", "756, 1093"),
    ]), text)
    assert (item["volume"], item["page"]) == ("756", "1093")
    assert "issue" not in item


def test_korean_volume_issue_and_page_marks() -> None:
    text = "김지원 (2013), 4대강 개발과 전문성의 정치, 환경사회학연구 ECO, 제17권 제1호, 163-232쪽."
    item = assemble(spans_of(text, [
        ("author", "김지원"), ("date", "(2013),"), ("title", "4대강 개발과 전문성의 정치,"),
        ("journal", "환경사회학연구 ECO,"), ("pages", "제17권 제1호, 163-232쪽."),
    ]), text)
    assert (item["volume"], item["issue"], item["page"]) == ("17", "1", "163-232")
    assert "note" not in item


def test_publisher_read_with_the_place_or_the_title() -> None:
    text = "Caughley, G. 1996. Conservation biology. Blackwell Science, Cambridge, Massachusetts, USA."
    item = assemble(spans_of(text, [
        ("author", "Caughley, G."), ("date", "1996."), ("title", "Conservation biology."),
        ("location", "Blackwell Science, Cambridge, Massachusetts, USA."),
    ]), text)
    assert (item["publisher"], item["publisher-place"]) == ("Blackwell Science", "Cambridge, Massachusetts, USA")
    text = "Dimitris Bertsimas. Optimization over integers. Athena Scientific, 2005."
    item = assemble(spans_of(text, [
        ("author", "Dimitris Bertsimas."), ("title", "Optimization over integers. Athena Scientific,"),
        ("date", "2005."),
    ]), text)
    assert (item["title"], item["publisher"]) == ("Optimization over integers", "Athena Scientific")


def test_editors_named_inside_the_container() -> None:
    text = ("Puchner, Walter. “Acting.” In Greek and Roman Actors. Edited by Pat Easterling and Edith Hall, "
            "304-327. Cambridge: Cambridge University Press, 2002.")
    item = assemble(spans_of(text, [
        ("author", "Puchner, Walter."), ("title", "“Acting.”"),
        ("container-title", "In Greek and Roman Actors. Edited by Pat Easterling and Edith Hall,"),
        ("pages", "304-327."), ("location", "Cambridge:"), ("publisher", "Cambridge University Press,"),
        ("date", "2002."),
    ]), text)
    assert item["container-title"] == "Greek and Roman Actors"
    assert item["editor"] == [{"family": "Easterling", "given": "Pat"}, {"family": "Hall", "given": "Edith"}]


def test_the_one_work_named_is_the_title() -> None:
    text = "Davies, W.D., Torah in the Messianic Age (Philadelphia: Fortress, 1952)."
    item = assemble(spans_of(text, [
        ("author", "Davies, W.D.,"), ("container-title", "Torah in the Messianic Age"),
        ("location", "(Philadelphia:"), ("publisher", "Fortress,"), ("date", "1952)."),
    ]), text)
    assert item["title"] == "Torah in the Messianic Age"
    assert "container-title" not in item
    assert (item["publisher-place"], item["publisher"]) == ("Philadelphia", "Fortress")
    # a journal named without a title (physics) stays the container
    text = "A. Abdesselam et al., Eur. Phys. J. C71, 1661 (2011)."
    item = assemble(spans_of(text, [
        ("author", "A. Abdesselam et al.,"), ("journal", "Eur. Phys. J. C71,"), ("date", "1661 (2011)."),
    ]), text)
    assert "title" not in item


def test_vancouver_names_end_at_the_period_after_the_last_initials() -> None:
    text = "Li J, Yen C, Liaw D. PTEN, a putative protein tyrosine phosphatase gene. Science 1997; 275:1943-1947."
    item = assemble(spans_of(text, [
        ("author", "Li J, Yen C, Liaw D. PTEN,"), ("title", "a putative protein tyrosine phosphatase gene."),
        ("journal", "Science"), ("date", "1997;"), ("volume", "275:"), ("pages", "1943-1947."),
    ]), text)
    assert [n["family"] for n in item["author"]] == ["Li", "Yen", "Liaw"]
    assert item["title"] == "PTEN, a putative protein tyrosine phosphatase gene"


def test_online_access_note_is_the_access_date() -> None:
    text = '"pylint: Python Code Static Checker" https://www.pylint.org/ [Online; accessed 2016-05-27].'
    item = assemble(spans_of(text, [
        ("title", '"pylint: Python Code Static Checker"'), ("url", "https://www.pylint.org/"),
        ("note", "[Online; accessed 2016-05-27]."),
    ]), text)
    assert item["accessed"] == {"date-parts": [[2016, 5, 27]]}
    assert "note" not in item


def test_place_read_into_the_publisher() -> None:
    text = "B. Rozdestvenskii, Systems of Quasilinear Equations ( AMS,Providence ,1983 )."
    item = assemble(spans_of(text, [
        ("author", "B. Rozdestvenskii,"), ("title", "Systems of Quasilinear Equations"),
        ("publisher", "( AMS,Providence ,"), ("date", "1983 )."),
    ]), text)
    assert (item["publisher"], item["publisher-place"]) == ("AMS", "Providence")
    # "Longmans, Green, and Co." is one publisher
    text = "James, W. (1912) Essays in Radical Empiricism. Longmans, Green, and Co."
    item = assemble(spans_of(text, [
        ("author", "James, W."), ("date", "(1912)"), ("title", "Essays in Radical Empiricism."),
        ("publisher", "Longmans, Green, and Co."),
    ]), text)
    assert item["publisher"] == "Longmans, Green, and Co." and "publisher-place" not in item


def test_an_italic_title_read_among_the_names() -> None:
    text = "Doug Rohde. *SVDLIBC*. Viewable online at: http://tedlab.mit.edu/~dr/SVDLIBC/, 2010."
    item = assemble(spans_of(text, [
        ("author", "Doug Rohde. *SVDLIBC*."), ("title", "Viewable online at: http://tedlab.mit.edu/~dr/SVDLIBC/,"),
        ("date", "2010."),
    ]), text)
    assert item["author"] == [{"family": "Rohde", "given": "Doug"}]
    assert (item["title"], item["URL"]) == ("SVDLIBC", "http://tedlab.mit.edu/~dr/SVDLIBC/")


def test_a_title_opening_an_italic_run_ends_with_it() -> None:
    text = "A. Stefik. *An Investigation into Syntax,* Trans. Comput. Educ., 13(4), 2013."
    item = assemble(spans_of(text, [
        ("author", "A. Stefik."), ("title", "*An Investigation into Syntax,* Trans."), ("journal", "Comput. Educ.,"),
        ("volume", "13(4),"), ("date", "2013."),
    ]), text)
    assert (item["title"], item["container-title"]) == ("An Investigation into Syntax", "Trans. Comput. Educ.")


def test_the_one_work_in_italics_is_the_title() -> None:
    text = "Brian McFee, Dan Ellis, et al. *Librosa: v0.4.0.* Zenodo, 2015. doi:10.5281/zenodo.18369."
    item = assemble(spans_of(text, [
        ("author", "Brian McFee, Dan Ellis, et al."), ("source", "Librosa: v0.4.0."), ("publisher", "Zenodo,"),
        ("date", "2015."), ("doi", "doi:10.5281/zenodo.18369."),
    ]), text)
    assert item["title"] == "Librosa: v0.4.0" and "source" not in item
    text = "Young, Steve. *The HTK book.* Vol. 2. Cambridge: Entropic Cambridge Research Laboratory, 1997."
    item = assemble(spans_of(text, [
        ("author", "Young, Steve."), ("journal", "The HTK book."), ("volume", "Vol. 2."), ("location", "Cambridge:"),
        ("publisher", "Entropic Cambridge Research Laboratory,"), ("date", "1997."),
    ]), text)
    assert item["title"] == "The HTK book" and "container-title" not in item


def test_pages_read_into_the_date() -> None:
    text = "A. Stefik. *Syntax*, Trans. Comput. Educ., 13(4):1---19, November 2013."
    spans = spans_of(text, [
        ("author", "A. Stefik."), ("title", "*Syntax*,"), ("journal", "Trans. Comput. Educ.,"), ("volume", "13"),
        ("issue", "(4):"), ("date", "1---19, November 2013."),
    ])
    item = assemble(spans, text)
    assert (item["page"], item["issued"]) == ("1-19", {"date-parts": [[2013, 11]]})
    # a span of years is no page range
    text = "Smith, J. Annual report. Journal, 1995-1996, 12."
    item = assemble(spans_of(text, [("author", "Smith, J."), ("title", "Annual report."), ("journal", "Journal,"),
                                     ("date", "1995-1996, 12.")]), text)
    assert "page" not in item


def test_an_italic_title_and_its_publisher_read_among_the_names() -> None:
    text = "Morrison, Toni. *Beloved*. Alfred A. Knopf, 1987."
    spans = spans_of(text, [("author", "Morrison, Toni. *Beloved*. Alfred A. Knopf,"), ("date", "1987.")])
    item = assemble(spans, text)
    assert item["author"] == [{"family": "Morrison", "given": "Toni"}]
    assert (item["title"], item["publisher"]) == ("Beloved", "Alfred A. Knopf")


def test_editors_before_a_bracketed_role_open_the_container() -> None:
    text = "Nora, Pierre, « Entre mémoire et histoire », dans Pierre Nora (dir.), *Les Lieux de mémoire*, Paris, 1984."
    spans = spans_of(text, [
        ("author", "Nora, Pierre,"), ("title", "« Entre mémoire et histoire »,"),
        ("container-title", "dans Pierre Nora (dir.), *Les Lieux de mémoire*,"), ("location", "Paris,"),
        ("date", "1984."),
    ])
    item = assemble(spans, text)
    assert item["editor"] == [{"family": "Nora", "given": "Pierre"}]
    assert item["container-title"] == "Les Lieux de mémoire"
