"""Forms of the labelled data's reference lists, typed by hand in their style, each with the fields it must
give: every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Harvard's 'Journal, 41: 3, 211-236': the number after the volume's colon is the issue, then the pages",
        "Okafor, B. and L. Hesse. 2011. Seed dispersal by hornbills in a lowland forest. Journal of Tropical "
        "Ecology, 41: 3, 211-236.",
        {"container-title": "Journal of Tropical Ecology", "volume": "41", "issue": "3", "page": "211-236"},
    ),
    (
        "the same form with a DOI after the pages",
        "Varga, T. 2014. Wetland birds of the Danube delta. Acta Ornithologica Hungarica, 88: 2, 145-170, DOI: "
        "10.1000/aoh.2014.88.145.",
        {"volume": "88", "issue": "2", "page": "145-170", "DOI": "10.1000/aoh.2014.88.145"},
    ),
    (
        "a chemical name's glued brackets and numbers, 'bipyridine(+)-4,4-bis(2,6-dimethyl)', stay in the title",
        "Smith A, Jones B, Brown C, Green D. Binding of the ligand bipyridine(+)-4,4-bis(2,6-dimethyl) ethane (L 12) "
        "to copper in vitro. Inorg Chem 1990; 29: 10-15.",
        {
            "title": "Binding of the ligand bipyridine(+)-4,4-bis(2,6-dimethyl) ethane (L 12) to copper in vitro",
            "volume": "29",
            "page": "10-15",
        },
    ),
    (
        "the chemists' untitled article: Spanish 'An. Fis.' (Anales) is the journal's head, not a title",
        "P. LOPEZ et R. GARCIA. An. Fis. 58, 120 (1962).",
        {"container-title": "An. Fis.", "volume": "58", "page": "120", "issued": {"date-parts": [[1962]]}},
    ),
    (
        "a numbered part's sentence after the title's full stop, 'I: Ca, Mg, and Zn.', closes the title",
        "Olsen KL, Berg T. Variability of serum markers of bone turnover. I: Ca, Mg, and Zn. Clin Chem 1995; 41: "
        "1200-1206.",
        {
            "title": "Variability of serum markers of bone turnover. I: Ca, Mg, and Zn",
            "container-title": "Clin Chem",
            "volume": "41",
        },
    ),
    (
        "ISBD's ' ; Volume III.' after an untitled work's title: the words before it are the title, not names",
        "Lettere dal carcere ; Volume III. Torino: Einaudi, 1965.",
        {"title": "Lettere dal carcere", "volume": "III", "publisher": "Einaudi", "publisher-place": "Torino"},
    ),
    (
        "the numbered part's numeral alone before an abbreviated journal, '. I. Proc. Roy. Soc.', closes the title",
        "A. Smith, On the flow past a sphere. I. Proc. Roy. Soc. London A 31 (1979), 199-207.",
        {"title": "On the flow past a sphere. I", "container-title": "Proc. Roy. Soc. London A", "volume": "31"},
    ),
    (
        "the French catalogue's 'Titre, Lieu, Année, N p.': the town between the title and the year is the place",
        "MARTIN (J.), Essai sur les monuments du Poitou, Poitiers, 1861, 120 p.",
        {"title": "Essai sur les monuments du Poitou", "publisher-place": "Poitiers"},
    ),
    (
        "a bracketed count of pages after an article number, '(3 pp.)', is the pages, not an issue",
        "Okoro, T. A.; Lindqvist, B., Thermal noise in silicon nitride membranes. Physical Review B, 045411 (3 pp.).",
        {"container-title": "Physical Review B", "volume": "045411", "page": "3", "issue": None},
    ),
    (
        "a star that names a thing after a capital or an acronym, 'A* search', 'PAUP*:', is no italic mark",
        "Hart, P. E., Nilsson, N. J. 1968. Pruning the A* search for minimum cost paths. IEEE Transactions on Systems "
        "Science 4: 100-107.",
        {"title": "Pruning the A* search for minimum cost paths", "volume": "4"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
