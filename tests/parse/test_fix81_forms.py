"""Humanities forms read wrong in Italian art-history notes and German medieval-studies lists: a title closing
on the period it treats in brackets (``Le carte nautiche (1400–1600). In: …``) taken for the date or the pages,
and Italian lists' persons in natural order parted by spaced dashes (``Marta Bianchi - Paolo Neri (a cura di)``)
read as one name, or cut at the first dash as a producer before a title; and the imprint written town first
(``Titolo, Lecce, Milella.``) read into the title or with its two parts swapped.  The references here are written
for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference


def _families(item: dict[str, Any], var: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(var, [])]


@pytest.mark.parametrize(
    ("text", "title", "page"),
    [
        (
            "Moretti, Paolo: Venetian Maps of the Adriatic Islands (1450–1600). In: Uwe Kraus, Tobias Link (Hrsg.): "
            "Inseln in europäischer Perspektive. Texte und Bilder (= Mediaevalia. Band 9). Winter 2020, S. 77– 99.",
            "Venetian Maps of the Adriatic Islands (1450–1600)",
            "77-99",
        ),
        (
            "Lindqvist, Erik: Nordic Saints on Medieval Altarpieces (1250–1520). In: Karin Holm, Stefan Weiß "
            "(Hrsg.): Heilige im Norden. Bilder und Texte (= Studia medievalia. Band 7). Schnell 2018, S. 33– 61.",
            "Nordic Saints on Medieval Altarpieces (1250–1520)",
            "33-61",
        ),
        (
            "Ferrante, Luca: Pilgrim Routes on Italian Maps (1400–1550). In: Jörn Vogel, Sebastian Brandt (Hrsg.): "
            "Pilger in europäischer Perspektive. Texte und Bilder (= Nova historica. Band 3). V&R 2019, S. 12– 40.",
            "Pilgrim Routes on Italian Maps (1400–1550)",
            "12-40",
        ),
    ],
)
def test_a_period_in_brackets_closes_the_title(text: str, title: str, page: str) -> None:
    item = read_reference(text)
    assert item["title"] == title
    assert item.get("page") == page  # the part's pages, not the period


@pytest.mark.parametrize(
    ("text", "var", "families"),
    [
        (
            "Marta Bianchi - Paolo Neri, Il palazzo e le sue collezioni. Catalogo, Electa, Milano, 2004, p. 12.",
            "author",
            ["Bianchi", "Neri"],
        ),
        (
            "Giulia Conti - Stefano Moretti - Laura Ferri-Galli (a cura di), Suoni dipinti. Strumenti nelle "
            "collezioni fiorentine, Giunti, Firenze, 2011, pp. 20-21, n. 3.",
            "editor",
            ["Conti", "Moretti", "Ferri-Galli"],
        ),
    ],
)
def test_natural_names_parted_by_spaced_dashes_are_several_persons(text: str, var: str, families: list[str]) -> None:
    assert _families(read_reference(text), var) == families


def test_a_books_editors_parted_by_a_dash_after_in() -> None:
    item = read_reference(
        "Paul Schreiber, Der Altar der Stiftskirche, in Klaus Brenner - Maria Lehmann (Hrsg.), Kirchen am Rhein "
        "1200-1500. Beiträge der Tagung vom 3.-5. Mai 2008 in Mainz, Schnell, Regensburg, 2010, Ss. 11-29."
    )
    assert item.get("editor", [])[:2] == [
        {"family": "Brenner", "given": "Klaus"},
        {"family": "Lehmann", "given": "Maria"},
    ]


def test_the_edited_books_last_clause_before_the_town_is_its_publisher() -> None:
    item = read_reference(
        "Giulia Conti - Stefano Moretti - Laura Ferri-Galli (a cura di), Suoni dipinti. Strumenti nelle "
        "collezioni fiorentine, Giunti, Firenze, 2011, pp. 20-21, n. 3."
    )
    assert item["title"] == "Suoni dipinti. Strumenti nelle collezioni fiorentine"
    assert item.get("publisher") == "Giunti"
    assert "container-title" not in item


def test_a_title_closed_by_its_period_keeps_its_date_where_none_follows() -> None:
    item = read_reference("Weber, Karl: Die Grafen von Tirol (1140–1363). Innsbruck: Wagner.")
    assert "(1140–1363)" not in item.get("title", "") or not item.get("issued")


@pytest.mark.parametrize(
    "text",
    [
        "Ember - Yearly Electricity Data (2025). https://ember-energy.org/data/",  # a producer, then its data set
        "García M. - Beaumatin E., Title of the paper, Roma, 2001.",
    ],
)
def test_dashes_that_part_no_natural_names_are_read_as_before(text: str) -> None:
    item = read_reference(text)
    assert len(item.get("author", [])) in (1, 2)
    assert all(" - " not in (n.get("given") or "") for n in item.get("author", []))


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("Conti 1994: M. Conti, L’ombra dell’autore, Lecce, Milella.", "Lecce", "Milella"),
        ("MARINI Paolo, Les antiquaires et leurs collections : un essai, Bologne, Clueb, 2005.", "Bologne", "Clueb"),
        ("Neri 1999: P. Neri, L’arte della memoria, Lucca, Pacini.", "Lucca", "Pacini"),
        ("Bassi 1988: I. Bassi, Lezioni di poetica, Bari, Laterza.", "Bari", "Laterza"),
    ],
)
def test_a_town_before_the_publisher_is_the_place(text: str, place: str, publisher: str) -> None:
    item = read_reference(text)
    assert item.get("publisher-place") == place
    assert item.get("publisher") == publisher
