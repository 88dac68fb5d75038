"""European humanities forms typed by hand in their style, each with the fields it must give: every case was read
wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "an author-year key before a name in its natural order: the key names the family, the word after the "
        "comma opens the title",
        "Reuss (1860) – Eduard Reuss, Alsatia. Beiträge zur elsässischen Geschichte, Mülhausen 1860.",
        {
            "author": [{"family": "Reuss", "given": "Eduard"}],
            "title": "Alsatia. Beiträge zur elsässischen Geschichte",
        },
    ),
    (
        "the same with a hyphenated given name and a title of comma parts",
        "Lin (2016) – Yu-Ting Lin, Ritter, Dame und Zwerg. Erzählmuster im ›Wigalois‹ (Hermaea 140), Berlin 2016.",
        {
            "author": [{"family": "Lin", "given": "Yu-Ting"}],
            "title": "Ritter, Dame und Zwerg. Erzählmuster im ›Wigalois‹",
        },
    ),
    (
        "Spanish chapter editors between 'en' and the italic book, joined by 'y'",
        "Gómez Moreno, Ángel. «La poesía de cancionero y sus lectores», en M. García y P. Ruiz, *Estudios de "
        "literatura medieval* (Universidad de Salamanca, 1998) 101-120.",
        {
            "editor": [{"family": "García", "given": "M."}, {"family": "Ruiz", "given": "P."}],
            "container-title": "Estudios de literatura medieval",
        },
    ),
    (
        "a Portuguese journal's town before its number: neither the journal's nor a place",
        "SILVA, Maria – «A pintura naturalista em Portugal», Revista de História da Arte, Lisboa, n.º 7, 2009, "
        "pp. 44-67.",
        {
            "container-title": "Revista de História da Arte",
            "issue": "7",
            "publisher-place": None,
            "page": "44-67",
        },
    ),
    (
        "the same with a journal's section after its name and a double number 'n.os'",
        "COSTA, Rui – «O teatro de revista», Revista da Faculdade de Letras. Línguas, Porto, n.os 11-12, 2004, "
        "pp. 12-30.",
        {
            "container-title": "Revista da Faculdade de Letras. Línguas",
            "issue": "11-12",
            "publisher-place": None,
            "note": "Porto",
        },
    ),
    (
        "a French journal's series by its ordinal before the volume: the volume is the number after 'série'",
        "Dupont, Jean, « Les cloîtres romans », Bulletin monumental, 3e série, t. 12, 1884, p. 33-58.",
        {"container-title": "Bulletin monumental", "volume": "12", "note": "3e série", "page": "33-58"},
    ),
    (
        "the same with the volume right after the series",
        "Martin, Paul, « Une charte inédite », Revue historique, 2e série 14, 1890, p. 1-20.",
        {"volume": "14", "issue": None},
    ),
    (
        "NP 405's 'Title. Subtitle, parts. Town, Publisher, Year.': the subtitle is the title's, the imprint apart",
        "MOURA, Ana – Arquitectura em Portugal. Casas, igrejas, palácios. Lisboa, Livros Horizonte, 2004.",
        {
            "title": "Arquitectura em Portugal. Casas, igrejas, palácios",
            "publisher": "Livros Horizonte",
            "publisher-place": "Lisboa",
        },
    ),
    (
        "a reissue after the first imprint's year is a note, no second publisher or date",
        "Viollet-le-Duc, Eugène, Dictionnaire du mobilier français, Paris, 1858, rééd. Paris, Gründ, 1980.",
        {
            "publisher-place": "Paris",
            "issued": {"date-parts": [[1858]]},
            "publisher": None,
            "note": "rééd. Paris, Gründ, 1980",
        },
    ),
    (
        "the same with 'réimpr.' after a full imprint",
        "Quicherat, Jules, Histoire du costume en France, Paris, Hachette, 1875, réimpr. Genève, Slatkine, 1989.",
        {"publisher": "Hachette", "note": "réimpr. Genève, Slatkine, 1989"},
    ),
    (
        "German series named after its publisher in brackets before 'Town/Town Year': the series, no publisher",
        "Bumke, Joachim: Höfische Kultur im hohen Mittelalter (De Gruyter Studium), Berlin/Boston 2008.",
        {
            "title": "Höfische Kultur im hohen Mittelalter",
            "collection-title": "De Gruyter Studium",
            "publisher": None,
            "publisher-place": "Berlin/Boston",
        },
    ),
    (
        "German 'Title, in: Journal. Subtitle 16 (1973)': the journal's first sentence is no part of the title",
        "Roth, Erna, Die Bibliothek der Grafen von Zimmern, in: Bibliotheksforum. Zeitschrift für Buchgeschichte 12 "
        "(1980), S. 7–18.",
        {
            "title": "Die Bibliothek der Grafen von Zimmern",
            "container-title": "Bibliotheksforum. Zeitschrift für Buchgeschichte",
            "volume": "12",
        },
    ),
    (
        "a Portuguese journal's number with no town: 'n.º' opens the issue, no part of the journal",
        "SILVA, Ana – «O pavilhão e a arquitectura», Revista de História da Arte, n.º 4, 2007, pp. 10-20.",
        {"container-title": "Revista de História da Arte", "issue": "4", "volume": None},
    ),
    (
        "guillemets around a title that quotes in other marks are no part of it",
        "SILVA, Ana – «O “Portugal dos Pequenitos” e a arquitectura», Revista de História da Arte, n.º 4, 2007.",
        {"title": "O “Portugal dos Pequenitos” e a arquitectura"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
