"""Humanities bibliography forms in Portuguese, Spanish, French and Italian lists, typed by hand in their style,
each with the fields it must give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span
from biblio.parse.review.held_forms import held_form_signals
from biblio.parse.review.marks import mark_signals
from biblio.parse.review.score import FORCED_BY_HELD_FORM

from .test_review_flag20 import _reading

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
        "a French count of pages, '413 p.,' before the imprint, is the book's length: its page, without the word",
        "Paul Ricœur, La Métaphore vive, 413 p., Éditions du Seuil, Paris, 1975.",
        {"title": "La Métaphore vive", "page": "413", "number-of-pages": None, "publisher": "Éditions du Seuil"},
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
    (
        "a note's topic before the reference it points to, 'Sur …, voir :', is no part of the title",
        "Sur les salines de l'Est, leur histoire, voir : Dupuy, Marc, La saline royale de Claude Nicolas Ledoux : "
        "histoire d'un chantier, Paris, Éditions du Patrimoine, 2010.",
        {"author": [{"family": "Dupuy", "given": "Marc"}],
         "title": "La saline royale de Claude Nicolas Ledoux : histoire d'un chantier"},
    ),
    (
        "a French title of comma parts with a word in small letters, 'Théorie, goût, manière :', is no list of names",
        "Jacques Thuillier, Théorie, goût, manière : la peinture française à l’âge classique (1600-1700), Paris, "
        "Picard, 1992.",
        {"author": [{"family": "Thuillier", "given": "Jacques"}],
         "title": "Théorie, goût, manière : la peinture française à l’âge classique (1600-1700)"},
    ),
    (
        "the French 'Town, Publisher' closing the title before the year: the town is the place",
        "Morel, Anne, Jacques-Germain Soufflot (1713-1780), Lyon, Presses universitaires de Lyon et de la ville, 2004.",
        {"title": "Jacques-Germain Soufflot (1713-1780)", "publisher-place": "Lyon",
         "publisher": "Presses universitaires de Lyon et de la ville"},
    ),
    (
        "a French list's 'Given Family, Title, Town, Publisher, Year' read as four names: the title and the imprint",
        "Johann Georg Sulzer, Allgemeine Theorie der schönen Künste, Leipzig, M. G. Weidmann, 1771.",
        {"author": [{"family": "Sulzer", "given": "Johann Georg"}], "title": "Allgemeine Theorie der schönen Künste",
         "publisher": "M. G. Weidmann", "publisher-place": "Leipzig"},
    ),
    (
        "a German edition's 'Title, hrsg. von Name, in: Journal' read as one run of editors: the title, the editor",
        "Das Urkundenbuch der Abtei Sankt Gallen, hrsg. von Hermann Wartmann, in: Mitteilungen zur vaterländischen "
        "Geschichte 13 (1872), S. 1–40.",
        {"title": "Das Urkundenbuch der Abtei Sankt Gallen", "editor": [{"family": "Wartmann", "given": "Hermann"}],
         "container-title": "Mitteilungen zur vaterländischen Geschichte"},
    ),
    (
        "a German ordinal's full stop inside a title, 'des 14. und 15. Jahrhunderts', does not end it",
        "Schmidt, Karl: Gelehrte Räte im Spätmittelalter. Die Karrieren einer gelehrten Elite des 14. und 15. "
        "Jahrhunderts (Education and Society in the Middle Ages and Renaissance, 21), Leiden/Boston 2004.",
        {"title": "Gelehrte Räte im Spätmittelalter. Die Karrieren einer gelehrten Elite des 14. und 15. Jahrhunderts",
         "container-title": None},
    ),
    (
        "a French publisher and its quoted series, 'PUF, \"Que sais-je ?\"', are no edition (the series its own)",
        "Paul Veyne, Le pain et le cirque, PUF, \"Que sais-je ?\", 1976.",
        {"publisher": "PUF", "collection-title": "Que sais-je ?", "edition": None},
    ),
    (
        "a dash inside a title after names closed by a full stop is the title's own, no stop of the names",
        "Weber, Anna/Krüger, Paul. Die Stichprobe – ein Verfahren der Statistik. In: Zeitschrift für Statistik. "
        "Ausgabe 2/2019, Seite 5 ff.",
        {"title": "Die Stichprobe – ein Verfahren der Statistik"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


@pytest.mark.parametrize(
    ("span", "names"),
    [
        ("Zum ersten Male hrsg. von Karl Schorbach", [{"family": "Schorbach", "given": "Karl"}]),
        # an Italian list's spaced dash between two names written "Family I."
        (
            "Rossi M. - Bianchi L. (a cura di)",
            [{"family": "Rossi", "given": "M."}, {"family": "Bianchi", "given": "L."}],
        ),
        (
            "eingeleitet und ediert von Lisa Röthinger und Gabriela Signori",
            [{"family": "Röthinger", "given": "Lisa"}, {"family": "Signori", "given": "Gabriela"}],
        ),
    ],
)
def test_names_apart_from_role_words_and_dashes(span: str, names: list[dict[str, str]]) -> None:
    """An edition's editors after German's role phrase and the words that lead into it, and names a dash parts: the
    names alone."""
    assert names_from_span(span) == names


@pytest.mark.parametrize(
    ("text", "labels", "odd"),
    [
        # German's low opening quote typed as a comma, glued to its word, inside a title
        ("Erkenntnisse zum ,Nuwen Parzifal’", ["title"] * 6, False),
        # a German ordinal's full stop after a word of its phrase; a year's full stop inside a title stays odd
        ("Dichtung des 14. Jahrhunderts", ["title"] * 5, False),
        ("Katalog Der XI. Jahres-Ausstellung", ["title"] * 5, False),
        ("Dichtung des 1998. Jahrhunderts", ["title"] * 5, True),
        # a title's sentence end inside its own quotes; outside them it stays odd
        ("«Les Guides-Joanne. Ancêtres des Guides Bleus»", ["title"] * 9, False),
        ("Les Guides-Joanne. Ancêtres des Guides Bleus", ["title"] * 7, True),
    ],
)
def test_a_titles_own_marks_are_no_odd_mark(text: str, labels: list[str], odd: bool) -> None:
    assert (mark_signals(_reading(text, labels))["marks:odd-inside"] > 0.3) is odd


@pytest.mark.parametrize(
    ("item", "source", "signal"),
    [
        (
            {"title": "Die Karrieren einer Elite des 14. und 15", "container-title": "Jahrhunderts"},
            "Schmidt, Karl: Die Karrieren einer Elite des 14. und 15. Jahrhunderts (Reihe, 21), Leiden 2004.",
            "title:closes-on-ordinal",
        ),
        ({"title": "Le pain et le cirque", "edition": 'PUF, "Que sais-je ?"'}, "", "edition:holds-imprint"),
    ],
)
def test_a_held_humanities_form_is_forced(item: dict[str, Any], source: str, signal: str) -> None:
    assert held_form_signals(item, source) == {signal: 1.0}
    assert signal in FORCED_BY_HELD_FORM


def test_an_edition_or_a_volume_article_is_no_held_form() -> None:
    """A named edition (``Rev``, ``Fall 2018``) and a journal's part cut at its number stay unforced."""
    assert held_form_signals({"title": "Handbook", "edition": "Revised, enlarged"}, "") == {}
    source = "Sequencing of chromosome 2. Nature 402, 761."
    assert held_form_signals({"title": "Sequencing of chromosome 2", "container-title": "Nature", "volume": "402"},
                             source) == {}
