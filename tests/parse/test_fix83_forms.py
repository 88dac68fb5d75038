"""Forms typed by hand, each with the fields it must give: a web page's title in APA's author place before its site,
the site named by the address's host; two-word bodies named by their trade or a German office's compound; a piece in a
book by its own author (``in Id.,``, ``in Ead.,``); a body before the colon of a Copernicus or German reference; a
German part volume ``Band 2/1`` as written; the town in brackets after a proceedings' italic title in Chicago."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "APA: a page's title in title case before the date, the encyclopaedia its host names after it",
        "Great Circle Navigation. (n.d.). Wikipedia. https://en.wikipedia.org/wiki/Great-circle_navigation",
        {"author": None, "title": "Great Circle Navigation", "container-title": "Wikipedia"},
    ),
    (
        "APA: a one-word page title before the day's date, a university's accessibility site its host names",
        "Forms. (2019, March 4). Accessibility at Ridgeway. https://accessibility.ridgeway.edu/forms/",
        {"author": None, "title": "Forms", "container-title": "Accessibility at Ridgeway"},
    ),
    (
        "Harvard: a firm named by two words, the second its trade, before its year",
        "Brightpath Education (2022) Choosing a university abroad. Available at: https://brightpath.example/guide "
        "(Accessed: 4 June 2023).",
        {"author": [{"literal": "Brightpath Education"}], "title": "Choosing a university abroad"},
    ),
    (
        "Harvard: a city's data service, two words with no initials, before a comma and its year",
        "Leeds Datastore, 2020, Housing Market Indicators. Available at: https://datamill.example/housing "
        "(Accessed: 2 March 2021).",
        {"author": [{"literal": "Leeds Datastore"}], "title": "Housing Market Indicators"},
    ),
    (
        "Italian: a chapter in a book by the same author, the book after 'in Id.,'",
        "P. Ferri, Le mura di Lucca, in Id., Città murate della Toscana, Firenze 2001, pp. 12-30.",
        {
            "author": [{"family": "Ferri", "given": "P."}],
            "title": "Le mura di Lucca",
            "container-title": "Città murate della Toscana",
            "note": None,
        },
    ),
    (
        "Italian: the same woman's book after 'in Ead.,'",
        "L. Conti, Il viaggio di Enea, in Ead., Studi virgiliani, Bologna 2010, pp. 77-95.",
        {"title": "Il viaggio di Enea", "container-title": "Studi virgiliani", "note": None},
    ),
    (
        "Copernicus: a federal office before the colon, the title after it",
        "Bundesamt für Naturschutz: Rote Liste der Brutvögel, Bonn, 2015.",
        {"author": [{"literal": "Bundesamt für Naturschutz"}], "title": "Rote Liste der Brutvögel"},
    ),
    (
        "Copernicus: a weather service named by an adjective and its compound before the colon",
        "Deutscher Wetterdienst: Klimastatusbericht Deutschland, Offenbach, 2012.",
        {"author": [{"literal": "Deutscher Wetterdienst"}]},
    ),
    (
        "German: a chapter in a part volume of a collection, 'Band 3/2' as written",
        "Krüger, Eva: Die Zünfte der Stadt. In: Lang, Otto (Hrsg.): Geschichte der Stadt Ulm. Band 3/2. Ulm 1997, "
        "S. 41-66.",
        {"volume": "3/2", "issue": None, "container-title": "Geschichte der Stadt Ulm"},
    ),
    (
        "German: the part volume's number run into the publisher after its slash",
        "Roth, Paul: Die Mission in Gallien. In: Frank, Ute (Hrsg.): Kirchengeschichte des Westens. Band 1/2. "
        "Herder 1982.",
        {"volume": "1/2", "container-title": "Kirchengeschichte des Westens", "publisher": "Herder"},
    ),
    (
        "Chicago: a paper in proceedings, their town in brackets after the italic title, then the year",
        'Moreau, Claire. "Sparse Coding Revisited." In *Proceedings of the Workshop on Image Analysis* (Grenoble), '
        "2019.",
        {"container-title": "Proceedings of the Workshop on Image Analysis", "publisher-place": "Grenoble"},
    ),
]


# readings the rules above must leave as they were
KEPT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "APA: a firm's name is its address's host, so the element after the date is its page's title",
        "Vectorly. (2023). Embedding Store Reference. https://vectorly.dev/docs/reference",
        {"author": [{"literal": "Vectorly"}], "title": "Embedding Store Reference"},
    ),
    (
        "APA: a body's page titled in sentence case, a word of it in the host: no site's name",
        "NORDSEC Labs. (2022). Threat hunting basics. https://threat.nordsec.example/basics",
        {"author": [{"literal": "NORDSEC Labs"}], "title": "Threat hunting basics"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES + KEPT, ids=[c[0][:60] for c in CASES + KEPT])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
