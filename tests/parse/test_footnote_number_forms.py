"""Forms the parser reads from a round on the calibration split's wrong references: a footnote's pointing
words (``Vgl.``, ``Cf.``, ``See also``) before the reference, German ``Zeitschrift 4/2005`` (the issue and its
year), French ``Revue, n°11, 1895,`` (the year after the issue's comma), French legal reviews named by dotted
initials (``R.D.P., 1930,``), a Chicago chapter's pages after its editors (``edited by Jane Doe, pp. 45-67``),
a book's series as the sentence before its imprint (``Title. The International Critical Commentary. T&T Clark,
1914.``), APA's dated chapter with Chicago's ``In Book, ed. Name, pp.``,
MLA 9's ``Container, edited by Name, Publisher, Date``, Korean ``제26권 2호`` and ``제32집``, a year closing the
opening names (``Heidegger, Martin 1963.``), a title's first sentence after ``T. Gantz,`` and a school as the
publisher (``…, Universitatea din Craiova, 1984.``). The references here are written for the tests."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.book_series import series_sentence_closing_title
from biblio.parse.mends.comma_parts import publisher_closing_title
from biblio.parse.mends.dotted_journals import initials_journal
from biblio.parse.mends.heft import issue_slash_year
from biblio.parse.mends.issue_years import year_after_number
from biblio.parse.mends.mla_imprints import publisher_after_contributors
from tests.parse.span_cases import spans_of
from tests.parse.test_mends_humanities import labelled


def test_pointing_words_of_a_footnote_are_no_part_of_the_reference() -> None:
    assert tidy_input("Vgl. Anna Keller, Lesen im Exil, Bonn 2004.") == "Anna Keller, Lesen im Exil, Bonn 2004."
    assert tidy_input("Cf. Smith, J. (2001). A title.").startswith("Smith, J.")
    assert tidy_input("See also Phys. Rev. 12, 3 (1990).") == "Phys. Rev. 12, 3 (1990)."
    assert tidy_input("See, John. 2001. A title.") == "See, John. 2001. A title."  # a family name


def test_german_issue_and_year_after_a_slash() -> None:
    text = "Keller, Anna: Lesen im Exil. In: Zeitschrift für Pädagogik 4/2005, S. 12-30."
    spans = spans_of(
        text,
        ("author", "Keller, Anna:"),
        ("title", "Lesen im Exil."),
        ("journal", "In: Zeitschrift für Pädagogik"),
        ("volume", "4/2005,"),
        ("pages", "S. 12-30."),
    )
    assert labelled(issue_slash_year(spans, text))[2:5] == [
        ("journal", "In: Zeitschrift für Pädagogik"),
        ("issue", "4"),
        ("date", "2005"),
    ]
    item = read_reference("Vgl. Bruno Hof, Die Schule im Wandel, in: Zeitschrift für Pädagogik 1/1993, S. 36-41.")
    assert item["author"] == [{"family": "Hof", "given": "Bruno"}]
    assert item["container-title"] == "Zeitschrift für Pädagogik"
    assert (item["issue"], item["issued"]) == ("1", {"date-parts": [[1993]]})
    double = spans_of("Heft 34/35, S. 2.", ("issue", "Heft 34/35,"), ("pages", "S. 2."))
    assert issue_slash_year(double, "Heft 34/35, S. 2.") == double  # a double issue, no year


def test_year_after_the_issue_comma() -> None:
    text = "DUPONT J., « Une église bretonne », Revue de Bretagne, n°7, 1902, pp. 11-19."
    spans = spans_of(
        text,
        ("author", "DUPONT J.,"),
        ("title", "« Une église bretonne »,"),
        ("journal", "Revue de Bretagne,"),
        ("issue", "n°7, 1902,"),
        ("pages", "pp. 11-19."),
    )
    assert labelled(year_after_number(spans, text))[3:5] == [("issue", "n°7"), ("date", "1902,")]
    item = read_reference(text)
    assert (item.get("issue"), item.get("issued")) == ("7", {"date-parts": [[1902]]})


def test_french_review_named_by_its_dotted_initials() -> None:
    text = "M. Durand, « Le pouvoir de police », R.D.P., 1930, p. 197-223."
    spans = spans_of(
        text,
        ("author", "M. Durand,"),
        ("title", "« Le pouvoir de police »,"),
        ("author", "R.D.P.,"),
        ("date", "1930,"),
        ("pages", "p. 197-223."),
    )
    assert labelled(initials_journal(spans, text))[2] == ("journal", "R.D.P.,")
    item = read_reference(text)
    assert item["author"] == [{"family": "Durand", "given": "M."}]
    assert item["container-title"].rstrip(".") == "R.D.P"


def test_chicago_chapter_pages_after_the_editors() -> None:
    item = read_reference(
        "Smith, John. 2001. “A Chapter.” In The Big Book, edited by Jane Doe, pp. 45-67. "
        "Chicago: University of Chicago Press."
    )
    assert item["editor"] == [{"family": "Doe", "given": "Jane"}]
    assert item["page"] == "45-67"
    assert item["container-title"] == "The Big Book"


def test_series_sentence_between_title_and_imprint() -> None:
    text = "Miller, Anne. A Grammar of the Valley Dialects. The Cambridge Linguistic Series. Brill, 1998."
    spans = spans_of(
        text,
        ("author", "Miller, Anne."),
        ("title", "A Grammar of the Valley Dialects. The Cambridge Linguistic Series."),
        ("publisher", "Brill,"),
        ("date", "1998."),
    )
    assert labelled(series_sentence_closing_title(spans, text))[1:3] == [
        ("title", "A Grammar of the Valley Dialects."),
        ("collection-title", "The Cambridge Linguistic Series."),
    ]
    plain = "Title. A study of series. Brill, 1990."
    subtitle = spans_of(plain, ("title", "Title. A study of series."), ("publisher", "Brill,"))
    assert series_sentence_closing_title(subtitle, plain) == subtitle  # a subtitle in sentence case



def test_mla_publisher_after_the_containers_editor() -> None:
    text = "“Spring Floods.” River Videos, edited by Ana Ruiz, Valley Water Board, 2 May 2019, www.example.org/v."
    spans = spans_of(
        text,
        ("title", "“Spring Floods.”"),
        ("title", "River Videos,"),
        ("editor", "edited by Ana Ruiz,"),
        ("container-title", "Valley Water Board,"),
        ("date", "2 May 2019,"),
        ("url", "www.example.org/v."),
    )
    assert labelled(publisher_after_contributors(spans, text))[1:4] == [
        ("container-title", "River Videos,"),
        ("editor", "edited by Ana Ruiz,"),
        ("publisher", "Valley Water Board,"),
    ]


def test_apa_dated_chapter_with_the_role_before_its_editor() -> None:
    item = read_reference(
        "Ross, P. E. (1998). “Naming the elements.” In Chemical Names, ed. Kevin Hall, pp. 27-66. Dordrecht: Kluwer."
    )
    assert item["container-title"] == "Chemical Names"
    assert item["editor"] == [{"family": "Hall", "given": "Kevin"}]
    assert item["page"] == "27-66"


def test_korean_issue_without_its_je_and_a_series_jip() -> None:
    item = read_reference("김민수, 도시 공원의 이용 특성 연구, 한국조경학회지 제12권 3호, 2015.")
    assert (item.get("volume"), item.get("issue")) == ("12", "3")
    item = read_reference("박서연, '지역 축제의 경제적 효과 분석,' 관광연구, 제41집, 제2호, pp.11-29, 2019.")
    assert (item.get("volume"), item.get("issue"), item.get("page")) == ("41", "2", "11-29")


def test_year_closing_the_opening_names() -> None:
    item = read_reference("Keller, Anna 1998. Lesen im Exil. Bonn: Dietz.")
    assert item["author"] == [{"family": "Keller", "given": "Anna"}]
    assert item["issued"] == {"date-parts": [[1998]]}
    assert item["title"] == "Lesen im Exil"


def test_title_sentence_after_an_initials_name() -> None:
    item = read_reference("R. Holt, Roman Coin Hoards. A Survey of the Finds in Gaul, Paris 1990.")
    assert item["author"] == [{"family": "Holt", "given": "R."}]
    assert item["title"].startswith("Roman Coin Hoards. A Survey")


def test_school_publishing_its_course_closes_the_title() -> None:
    text = "Popescu I., Ionescu C., Lucrări de laborator de fizică, Universitatea din Craiova, 1984."
    spans = spans_of(
        text,
        ("author", "Popescu I., Ionescu C.,"),
        ("title", "Lucrări de laborator de fizică, Universitatea din Craiova,"),
        ("date", "1984."),
    )
    assert labelled(publisher_closing_title(spans, text))[1:3] == [
        ("title", "Lucrări de laborator de fizică"),
        ("publisher", "Universitatea din Craiova,"),
    ]
