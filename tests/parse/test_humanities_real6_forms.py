"""Mends and readers for the forms of humanities notes and reading lists that `humanities_real6.jsonl` found read
wrong, where the model reads other references of the form right (its whole-record cases are rows of
`test_typed_forms_expected.py`)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.role_sentences import publisher_after_role_sentence
from biblio.parse.mends.title_first import edition_after_title_in_author_place
from biblio.parse.mends.titles import by_closing_title, italic_title_opens_imprint
from biblio.parse.normalisers.names import parse_names
from biblio.parse.normalisers.volume import volume_issue
from biblio.parse.readers.apa.parser import parse_apa

from .test_mends_humanities import spans_of


def test_italic_title_opening_the_place_is_the_title() -> None:
    text = "Pedretti, Carlo. 2005. *Leonardo*. Firenze: Giunti."
    spans = spans_of(text, [("author", "Pedretti, Carlo."), ("date", "2005."), ("location", "Leonardo*. Firenze:"),
                          ("publisher", "Giunti.")])
    mended = italic_title_opens_imprint(spans, text)
    assert [(s.label, s.text) for s in mended[2:]] == [("title", "Leonardo*"), ("location", "Firenze:"),
                                                      ("publisher", "Giunti.")]


def test_by_before_the_author_closes_no_title() -> None:
    text = "The Age of Chaucer, Lectures Delivered at Oxford, by W. P. Ker, Clarendon Press 1904"
    spans = spans_of(text, [("title", "The Age of Chaucer, Lectures Delivered at Oxford, by"), ("author", "W. P. Ker,"),
                          ("publisher", "Clarendon Press"), ("date", "1904")])
    assert by_closing_title(spans, text)[0].text == "The Age of Chaucer, Lectures Delivered at Oxford"


@pytest.mark.parametrize(
    ("text", "page"),
    [("Pedretti, Carlo. 2005. *Leonardo*. Firenze: Giunti. p. 9. .", "9"),
     ("Semler, *Abhandlung von freier Untersuchung des Canon* Halle 1771", None)],
)
def test_closing_imprint_parts(text: str, page: str | None) -> None:
    item = parse_reference(text)
    assert item.get("page") == page
    assert "p." not in str(item.get("publisher", "")) and "1771" not in str(item.get("title"))


def test_publisher_after_translators_sentence() -> None:
    text = "Bloch, Marc. *Feudal Society* (1939). Translated by L.A. Manyon. Routledge Kegan (1961), pp. 3–9."
    spans = spans_of(text, [("author", "Bloch, Marc."), ("title", "Feudal Society*"), ("date", "(1939)."),
                          ("translator", "Translated by L.A. Manyon. Routledge Kegan"), ("date", "(1961),"),
                          ("pages", "pp. 3–9.")])
    mended = publisher_after_role_sentence(spans, text)
    assert [(s.label, s.text) for s in mended[3:5]] == [("translator", "Translated by L.A. Manyon."),
                                                       ("publisher", "Routledge Kegan")]


def test_gaelic_family_in_natural_order_is_a_person() -> None:
    assert parse_names("Seamus MacMathuna") == [{"family": "MacMathuna", "given": "Seamus"}]
    assert parse_names("Mozilla Foundation") == [{"literal": "Mozilla Foundation"}]


def test_pg_cites_the_page() -> None:
    item = parse_reference("Eamon Duffy (1992). *The Stripping of the Altars*. pg. 12")
    assert item.get("page") == "12" and "publisher" not in item


def test_apa_reader_takes_no_locator_for_a_title() -> None:
    assert parse_apa("Stubbs (1880); Vol. II, pp. 14–16.") is None
    assert (parse_apa("Smith, J. (2020). Title of work. Publisher.") or {}).get("title") == "Title of work"


def test_edition_after_a_title_in_the_author_place() -> None:
    text = "Guide to Medieval Studies, 2nd ed., Oxford UP, 1985"
    spans = spans_of(text, [("author", "Guide to Medieval Studies,"), ("edition", "2nd ed.,"),
                          ("publisher", "Oxford UP,"), ("date", "1985")])
    assert edition_after_title_in_author_place(spans, text)[0].label == "title"
    names = "Banister Fletcher, 17th ed. p. 719"
    spans = spans_of(names, [("author", "Banister Fletcher,"), ("edition", "17th ed."), ("pages", "p. 719")])
    assert edition_after_title_in_author_place(spans, names)[0].label == "author"


def test_two_volumes_cited_together() -> None:
    assert volume_issue("vols. 1 and 2,")[:2] == ("1 and 2", None)
    assert volume_issue("vols. I & II")[:2] == ("I & II", None)
    assert volume_issue("vol. 3, no. 2")[:2] == ("3", "2")
