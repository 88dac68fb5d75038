"""Humanities bibliography forms in Portuguese, Spanish, French and Italian lists, typed by hand in their style,
each with the fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "NP 405's 'FAMILY, Given – Title.': the dash closes the names, the given names are no part of the title",
        "SARAIVA, António José – História da Cultura em Portugal. Lisboa, Jornal do Foro, 1950.",
        {
            "author": [{"family": "SARAIVA", "given": "António José"}],
            "title": "História da Cultura em Portugal",
            "publisher": "Jornal do Foro",
            "publisher-place": "Lisboa",
        },
    ),
    (
        "NP 405's editors with their role before the dash, '(dir.) –': the dash is no part of the title",
        "MARQUES, A. H. de Oliveira; SERRÃO, Joel (dir.) – Nova História de Portugal. Lisboa, Presença, 1987.",
        {"title": "Nova História de Portugal", "editor": [{"family": "MARQUES", "given": "A. H. de Oliveira"},
                                                         {"family": "SERRÃO", "given": "Joel"}]},
    ),
    (
        "UNE 50-104's compound family name before a spaced hyphen",
        "GARCÍA DE CORTÁZAR, Fernando - Historia de España. Madrid, Alianza, 1994.",
        {"author": [{"family": "GARCÍA DE CORTÁZAR", "given": "Fernando"}], "title": "Historia de España"},
    ),
    (
        "the Romance 'Town, Publisher' imprint read as one publisher: the known town is the place",
        "HOBSBAWM, Eric – A Era dos Impérios. Rio de Janeiro, Paz e Terra, 1988.",
        {"publisher": "Paz e Terra", "publisher-place": "Rio de Janeiro"},
    ),
    (
        "a French list's 'Given Family, Title, Publisher, Collection, Year' read as four names: the title, then "
        "the publisher",
        "Louis Marin, Utopiques, Minuit, Critique, 1973.",
        {"author": [{"family": "Marin", "given": "Louis"}], "title": "Utopiques", "publisher": "Minuit"},
    ),
    (
        "a town named the French way ('Francfort') before the publisher is the place",
        "Hans Blumenberg, Die Legitimität der Neuzeit, Francfort, Suhrkamp, 1966.",
        {"title": "Die Legitimität der Neuzeit", "publisher": "Suhrkamp", "publisher-place": "Francfort"},
    ),
    (
        "the same with 'éd.' before the publisher's name: the word is no part of it",
        "Jean Calvin, Institution, éd. Labor et Fides, 1955.",
        {"title": "Institution", "publisher": "Labor et Fides"},
    ),
    (
        "a French count of pages, '413 p.,' before the imprint, is the book's length, not a page cited",
        "Paul Ricœur, La Métaphore vive, 413 p., Éditions du Seuil, Paris, 1975.",
        {"title": "La Métaphore vive", "page": None, "publisher": "Éditions du Seuil"},
    ),
    (
        "a series named by its word after the publisher, 'Collection Points', is no part of the publisher",
        "Tzvetan Todorov, Poétique de la prose, Éditions du Seuil, Collection Points, Paris, 1971.",
        {"publisher": "Éditions du Seuil", "collection-title": "Points", "publisher-place": "Paris"},
    ),
    (
        "a Spanish journal's Roman volume after its italic name, '*Revista*, VII (1905)': the volume, no publisher",
        "Morales, Elena. «Las crónicas», *Revue Hispanique*, VII (1900) 1-40.",
        {"container-title": "Revue Hispanique", "volume": "VII", "publisher": None},
    ),
    (
        "the volume 'V' alone is no word for a volume: it is the volume",
        "Ruiz, Teófilo. «La ciudad y el rey», *Journal of Medieval History*, V (1979) 201-230.",
        {"volume": "V", "page": "201-230"},
    ),
    (
        "an Italian journal's Roman volume after its quoted name, 'in «Lettere Italiane», XXVI,'",
        "Bianchi A., *La polemica antiumanistica*, in «Lettere Italiane», XXXI, n. 2, 1979, pp. 101-120.",
        {"container-title": "Lettere Italiane", "volume": "XXXI", "issue": "2"},
    ),
    (
        "a Spanish family name joined by 'y' before the comma: one person, 'Paz y Melia, Antonio.'",
        "Ortega y Gasset, José. *La rebelión de las masas* (Madrid: Revista de Occidente, 1930).",
        {"author": [{"family": "Ortega y Gasset", "given": "José"}]},
    ),
    (
        "a Spanish family name of four words with its particles, 'Amador de los Ríos, José.'",
        "Lasso de la Vega, José. *Historia de la filología* (Madrid: Gredos, 1962) 10-20.",
        {"author": [{"family": "Lasso de la Vega", "given": "José"}], "title": "Historia de la filología"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
