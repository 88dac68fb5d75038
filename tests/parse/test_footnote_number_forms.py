"""Forms of footnote references and of Romance and German journal numbering the parser reads: a footnote's
pointing words (``Vgl.``, ``Cf.``, ``See also``) before the reference, German ``Zeitschrift 4/2005`` (the issue
and its year), French ``Revue, n°11, 1895,`` (the year after the issue's comma), French legal reviews named by
dotted initials (``R.D.P., 1930,``) and a Chicago chapter's pages after its editors (``edited by Jane Doe,
pp. 45-67``) and a book's series as the sentence before its imprint (``Title. The International Critical
Commentary. T&T Clark, 1914.``), and French lists' ``FAMILY (I.)`` names. The references here are written for
the tests."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.input_text import tidy_input
from biblio.parse.mends.book_series import series_sentence_closing_title
from biblio.parse.mends.dotted_journals import initials_journal
from biblio.parse.mends.heft import issue_slash_year
from biblio.parse.mends.issue_years import year_after_number
from biblio.parse.normalisers.names import names_from_span
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


def test_french_family_then_bracketed_initials() -> None:
    assert names_from_span("DUPONT (J.-F.), MARTIN (A. M.) et LE GOFF (R.),") == [
        {"family": "DUPONT", "given": "J.-F."},
        {"family": "MARTIN", "given": "A. M."},
        {"family": "LE GOFF", "given": "R."},
    ]
    assert names_from_span("World Health Organization (WHO)") == [{"literal": "World Health Organization (WHO)"}]
    item = read_reference("Durand de Villiers (H.), Les foires de Champagne, Paris, 1953.")
    assert item["author"] == [{"family": "Durand de Villiers", "given": "H."}]
