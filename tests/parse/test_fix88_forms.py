"""Forms typed by hand, each with the fields it must give: an Italian two-word family name written after the given
name (``Lorenza Mochi Onori``), a lone name in natural order before a one-word title and the imprint, read as
``Family, Given`` with no title, a family word in ``-sson`` after an initial, Italian ``Title, Publisher, Place,
Year`` with the house or a subtitle misplaced, a French town of hyphen-linked words after the publisher, and an
author and title read as editors before ``ed. it. a cura di``."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Italian catalogue: given name, then a family name of two words, the first in -i",
        "Carla Bruni Ferretti, Le stampe del Seicento. Catalogo della collezione, Olschki, Firenze, 1994.",
        {"author": [{"family": "Bruni Ferretti", "given": "Carla"}]},
    ),
    (
        "Italian editor with two given names and a two-word family name, 'a cura di' after it",
        "Anna Lucia Baldini Serri (a cura di), Disegni della raccolta Corsini, Electa, Milano, 2003.",
        {"editor": [{"family": "Baldini Serri", "given": "Anna Lucia"}]},
    ),
    (
        "Natural-order name, a one-word title, the town and the house: the name is no 'Family, Given'",
        "Giulia Conti, Pirandello, Roma, Carocci.",
        {"author": [{"family": "Conti", "given": "Giulia"}], "title": "Pirandello", "publisher": "Carocci"},
    ),
    (
        "The same with a known given name first and a house of one word",
        "Marta Ferri, Leopardi, Torino, Einaudi.",
        {"author": [{"family": "Ferri", "given": "Marta"}], "title": "Leopardi", "publisher-place": "Torino"},
    ),
    (
        "A lone initial, then a Swedish family name in -sson opening a two-word family name",
        "[7] K. Zarembo and P. Karlsson Berg, \u201cStrings on curved backgrounds,\u201d Nucl. Phys. B 512 (2009) 45.",
        {"author": [{"family": "Zarembo", "given": "K."}, {"family": "Karlsson Berg", "given": "P."}]},
    ),
    (
        "Italian 'Title, Publisher, Place, Year': a house of capitalised words with no house's word closes the title",
        "Marco Pellegrini, Le ville medicee. Guida storica, L’Airone di Giunti, Firenze, 2011.",
        {"title": "Le ville medicee. Guida storica", "publisher": "L’Airone di Giunti", "publisher-place": "Firenze"},
    ),
    (
        "Italian subtitle after the title's full stop, then the house: the subtitle is the title's, not the house's",
        "Giulio Bora (a cura di), Inventario 4. Dipinti restaurati, Olschki, Firenze, 1990, pp. 10-12.",
        {"title": "Inventario 4. Dipinti restaurati", "publisher": "Olschki", "publisher-place": "Firenze"},
    ),
    (
        "APA book: a body, then a French or Belgian town of hyphen-linked words after its comma: the place",
        "Moreau, L. (1952). Le chant grégorien. Abbaye de Maredsous, Denée-lez-Namur.",
        {"publisher": "Abbaye de Maredsous", "publisher-place": "Denée-lez-Namur"},
    ),
    (
        "APA book: a printer, then a town 'sur Mer' after its comma: the place",
        "Durand, P. (1931). Histoire de la ville. Imprimerie Lemaire, Boulogne-sur-Mer.",
        {"publisher": "Imprimerie Lemaire", "publisher-place": "Boulogne-sur-Mer"},
    ),
    (
        "Italian edition's editor after the title: the name before the title is the author, not an editor",
        "Roland Barthes, Saggi brevi, ed. it. a cura di M. Rossi, Torino, Einaudi.",
        {
            "author": [{"family": "Barthes", "given": "Roland"}],
            "title": "Saggi brevi",
            "editor": [{"family": "Rossi", "given": "M."}],
        },
    ),
]

# readings the rules above must leave as they were
KEPT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A middle name in -i in an English reference stays the given name's",
        "Nima Shiri Harzevili, Mining security patches, in Proceedings of the Conference on Software, ACM, 2023.",
        {"author": [{"family": "Harzevili", "given": "Nima Shiri"}]},
    ),
    (
        "An Italian middle name the lists know stays the given name's",
        "Maria Teresa Guerrini, La musica a Bologna, Bologna, Pàtron, 2001.",
        {"author": [{"family": "Guerrini", "given": "Maria Teresa"}]},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES + KEPT, ids=[c[0][:60] for c in CASES + KEPT])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
