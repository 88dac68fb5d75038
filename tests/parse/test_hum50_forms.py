"""Humanities bibliography forms of Dutch, German, French, Italian and Portuguese lists, typed by hand in their
style, each with the fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a Dutch book's town and year in a closing bracket, no publisher: the town is the place",
        "Vries, Anna de, De geschiedenis van het schaatsen in Friesland (Leeuwarden 1987).",
        {
            "title": "De geschiedenis van het schaatsen in Friesland",
            "publisher-place": "Leeuwarden",
            "issued": {"date-parts": [[1987]]},
        },
    ),
    (
        "a town of several words in square brackets: 'Bergen op Zoom' is one place",
        "Jansen, Pieter, Honderd jaar turnen in West-Brabant [Bergen op Zoom 1962].",
        {
            "title": "Honderd jaar turnen in West-Brabant",
            "publisher-place": "Bergen op Zoom",
            "issued": {"date-parts": [[1962]]},
        },
    ),
    (
        "'z.p.' (no place) before the year: no place, and the bracket is no part of the title",
        "Visser, Klaas, Vijftig jaar korfbal in Groningen (z.p. 1975).",
        {"title": "Vijftig jaar korfbal in Groningen", "issued": {"date-parts": [[1975]]}, "publisher-place": None},
    ),
    (
        "German notes' '(Hannover/Leipzig 1902)' after a title: two towns, one place",
        "Müller, Karl, Die Stadtrechte der Mark Brandenburg (Hannover/Leipzig 1902).",
        {"title": "Die Stadtrechte der Mark Brandenburg", "publisher-place": "Hannover/Leipzig"},
    ),
    (
        "a chapter's town and year in brackets before its pages",
        "Bakker, Jan, ‘De eerste voetbalclubs’, in: Piet de Groot (red.), Sport in Nederland (Utrecht 1999), p. 13-68.",
        {"publisher-place": "Utrecht", "page": "13-68", "issued": {"date-parts": [[1999]]}},
    ),
    (
        "French lists' 'FAMILY Given,' opening a book: the title's first capitalised words are no given names",
        "MOREAU Jacques, Charles Perrault et la querelle des Anciens, Paris, Vrin, 1998.",
        {
            "author": [{"family": "MOREAU", "given": "Jacques"}],
            "title": "Charles Perrault et la querelle des Anciens",
            "publisher-place": "Paris",
        },
    ),
    (
        "'FAMILY Given,' before a title with a colon: the colon is the title's, not the names' end",
        "SCHULZ Werner, Goethe: Leben und Werk, Stuttgart, Reclam, 1985.",
        {"author": [{"family": "SCHULZ", "given": "Werner"}], "title": "Goethe: Leben und Werk"},
    ),
    (
        "Chicago's edition: a numbered series after the editors, before the imprint, is no journal and volume",
        "Alberti, Leone Battista. *I libri della famiglia*. Edited by Ruggiero Romano and Alberto Tenenti. Nuova "
        "universale Einaudi 102. Torino: Giulio Einaudi, 1969.",
        {
            "type": "book",
            "title": "I libri della famiglia",
            "container-title": None,
            "volume": None,
            "publisher": "Giulio Einaudi",
            "publisher-place": "Torino",
        },
    ),
    (
        "MLA's older chapter, the book's editors after it with 'Eds.' and the imprint after them",
        "Silva, Ana (2014). “O arquivo e a edição.” Estudos de Literatura Digital. Eds. João Pedro Costa and "
        "Maria Luísa Ramos. Coimbra: Almedina. 101-119.",
        {
            "container-title": "Estudos de Literatura Digital",
            "editor": [{"family": "Costa", "given": "João Pedro"}, {"family": "Ramos", "given": "Maria Luísa"}],
            "publisher-place": "Coimbra",
            "publisher": "Almedina",
            "page": "101-119",
        },
    ),
    (
        "'Ed.' and one editor of four words, a Spanish family of two",
        "Ruiz, Pedro (2012). “La biblioteca digital.” Bibliotecas y humanidades. Ed. José María Pérez Gómez. "
        "Sevilla: Universidad de Sevilla. 45-60.",
        {
            "container-title": "Bibliotecas y humanidades",
            "editor": [{"family": "Pérez Gómez", "given": "José María"}],
            "publisher-place": "Sevilla",
            "publisher": "Universidad de Sevilla",
        },
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_hum50_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


NAME_CASES: list[tuple[str, list[dict[str, str]]]] = [
    (
        "ARBEID Barbara, BRUNI Stefano et IOZZO Mario",
        [
            {"family": "ARBEID", "given": "Barbara"},
            {"family": "BRUNI", "given": "Stefano"},
            {"family": "IOZZO", "given": "Mario"},
        ],
    ),
    (
        "BECK Herbert et BOL Peter Cornelis",
        [{"family": "BECK", "given": "Herbert"}, {"family": "BOL", "given": "Peter Cornelis"}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_caps_first_names(text: str, expected: list[dict[str, str]]) -> None:
    """The family in capitals before the given names, names joined by commas and 'et'."""
    assert names_from_span(text) == expected


FLAGGED: list[tuple[str, str]] = [
    (
        "a container opening on the French 'dans', the entry's 'in' word, is a wrong reading to review",
        "MÜLLER Hans, « Vogel, Karl », dans Neue Deutsche Biographie, vol. 26, 2016, [En ligne].",
    ),
    (
        "a link's label 'URI' read as the publisher is a wrong reading to review",
        "Costa, Rui (2017). “O arquivo digital.” Colóquio Letras 195: 12-30. URI: https://estudogeral.uc.pt/handle/1",
    ),
]


@pytest.mark.parametrize(("why", "text"), FLAGGED, ids=[c[0][:60] for c in FLAGGED])
def test_hum50_flagged(why: str, text: str) -> None:
    from biblio.records.model import NEEDS_REVIEW

    item = parse_reference(text)
    container, publisher = str(item.get("container-title", "")), str(item.get("publisher", ""))
    if container.startswith("dans ") or publisher == "URI":
        assert NEEDS_REVIEW in item["custom"]["biblio"].get("flags", []), why
