"""Forms of citation styles other than APA's: IOP's Harvard form without marks (a journal named in full in
another language, a book's publisher alone in brackets, a thesis's kind before the school, a chapter's book
opening on a capitalised article), the thesis's kind before the school in author-date lists (``DPhil,
University of Oxford.``), Elsevier's chapter ``in: Eds. (Eds.), Book, Firm & Partner, Town, Year: pp.``, and MHRA's
note ``Name, Title (House, Year), p. 12.`` with no place.
The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference


def _families(item: dict[str, Any], var: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(var, [])]


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "Brenner K 2004 Stadtbilder und Ratsherren im späten Mittelalter Archiv für Stadtgeschichte 31 12–40",
            "Stadtbilder und Ratsherren im späten Mittelalter",
            "Archiv für Stadtgeschichte",
        ),
        (
            "Ortega M and Ruiz P 2016 Tratamiento de la diabetes en atención primaria Anales del Instituto Médico "
            "de Valencia 18 55–61",
            "Tratamiento de la diabetes en atención primaria",
            "Anales del Instituto Médico de Valencia",
        ),
        (
            "Keller U 1999 Die Sprache der Urkunden und Briefe von Basel Zeitschrift für Deutsche Philologie 88 201–19",
            "Die Sprache der Urkunden und Briefe von Basel",
            "Zeitschrift für Deutsche Philologie",
        ),
    ],
)
def test_iop_journal_named_in_full_in_another_language(text: str, title: str, journal: str) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item["container-title"] == journal


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        ("Hartmann B 2011 Verteilte Systeme im Alltag (dpunkt.verlag)", "Verteilte Systeme im Alltag", "dpunkt.verlag"),
        ("Okafor N and Mills R 2019 Community water in practice (Practical Action)", "Community water in practice",
         "Practical Action"),
    ],
)
def test_iop_book_with_its_publisher_alone_in_brackets(text: str, title: str, publisher: str) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item["publisher"] == publisher
    assert "publisher-place" not in item


def test_iop_bracket_of_a_gloss_is_no_publisher() -> None:
    item = read_reference("Petrov A 1998 Теория упругих волн (in Russian)")
    assert item.get("publisher") != "in Russian"


@pytest.mark.parametrize(
    ("text", "title", "genre", "school"),
    [
        ("Larsen P 2014 Turbulent mixing in stratified estuaries PhD Thesis (University of Bergen)",
         "Turbulent mixing in stratified estuaries", "PhD Thesis", "University of Bergen"),
        ("Moore J 2009 Grain boundaries in ceramic oxides DPhil (University of Oxford)",
         "Grain boundaries in ceramic oxides", "DPhil", "University of Oxford"),
        ("Alvarez R 2003 Pastoral Routes of the Southern Puna PhD diss. (University of Arizona)",
         "Pastoral Routes of the Southern Puna", "PhD diss", "University of Arizona"),
    ],
)
def test_iop_thesis_kind_before_the_school(text: str, title: str, genre: str, school: str) -> None:
    item = read_reference(text)
    assert item["type"] == "thesis"
    assert (item["title"], item["genre"], item["publisher"]) == (title, genre, school)


@pytest.mark.parametrize(
    ("text", "title", "book"),
    [
        (
            "Fischer T 2001 Memory and Ritual in the Late Roman Villa The Oxford Handbook of Roman Houses ed "
            "M Grant (Oxford: Oxford University Press) pp 211–34",
            "Memory and Ritual in the Late Roman Villa",
            "The Oxford Handbook of Roman Houses",
        ),
        (
            "Weiss H 2012 Solar heating in alpine huts A practical guide to off-grid building ed K Lutz "
            "(Basel: Birkhäuser) pp 40–52",
            "Solar heating in alpine huts",
            "A practical guide to off-grid building",
        ),
    ],
)
def test_iop_chapter_book_opening_on_a_capitalised_article(text: str, title: str, book: str) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item["container-title"] == book


def test_author_date_thesis_kind_before_the_school_is_no_place() -> None:
    item = read_reference("Hughes, R.A. 2008 Folding Kinetics of Small Proteins. DPhil, University of Cambridge.")
    assert item["type"] == "thesis"
    assert item.get("publisher-place") is None
    assert item["publisher"] == "University of Cambridge"
    assert item["genre"] == "DPhil"


@pytest.mark.parametrize(
    ("text", "book", "publisher", "place"),
    [
        (
            "L. Serra, Mosaics of the Adriatic coast, in: P. Neri (Ed.), Ricerche sul Mosaico Antico Dell'Adriatico, "
            "Forni & Figli, Bologna, 1987: pp. 77–92.",
            "Ricerche sul Mosaico Antico Dell'Adriatico",
            "Forni & Figli",
            "Bologna",
        ),
        (
            "K. Dunn, Song and silence in the cloister, in: A. Ward, H. Lee (Eds.), Voices of the Medieval Convent: "
            "Essays in Honour of Mary Hale, Ashgate Publishing, Farnham, 2010: pp. 15–33.",
            "Voices of the Medieval Convent: Essays in Honour of Mary Hale",
            "Ashgate Publishing",
            "Farnham",
        ),
    ],
)
def test_elsevier_chapter_publisher_after_the_books_comma(text: str, book: str, publisher: str, place: str) -> None:
    item = read_reference(text)
    assert item["container-title"] == book
    assert item["publisher"] == publisher
    assert item["publisher-place"] == place


@pytest.mark.parametrize(
    ("text", "title", "publisher", "page"),
    [
        ("Helen Castor, Ravenscroft: A Tudor Life (Verso, 2012).", "Ravenscroft: A Tudor Life", "Verso", None),
        ("Oliver Grant, Tides: A Coastal Memoir (Granta, 2019).", "Tides: A Coastal Memoir", "Granta", None),
        ("Paul Rees, Iron Bridges (Seren, 2003), pp. 14–15.", "Iron Bridges", "Seren", "14-15"),
        ("Daniel Frost, Winterhouse (Faber and Faber, 1998), p. 112.", "Winterhouse", "Faber and Faber", "112"),
    ],
)
def test_mhra_note_publisher_and_year_in_brackets(text: str, title: str, publisher: str, page: str | None) -> None:
    item = read_reference(text)
    assert _families(item) == [text.split(",")[0].split()[-1]]
    assert (item.get("title"), item.get("publisher"), item.get("page")) == (title, publisher, page)
    assert str(item["issued"]["date-parts"][0][0]) in text


def test_iop_bracketed_short_name_of_a_body_is_no_publisher() -> None:
    item = read_reference("Brandt K 2017 Modelling heat loads in divertor plates PhD Thesis Technical University of "
                          "Munich (TUM)")
    assert item.get("publisher") != "TUM"


def test_a_state_code_before_a_society_is_no_degree() -> None:
    item = read_reference("Lee, K., 2011: Hail in the plains. Preprints, 25th Conf. on Weather Analysis, Seattle, MA, "
                          "Amer. Meteor. Soc.")
    assert item.get("genre") != "MA"
