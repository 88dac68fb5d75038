"""Forms of Spanish editions and of volumes numbered with a full stop: an editor named ``Ed. Juan María Gutiérrez``
after the title (``María`` a second given name, not a first surname); a reprint's count after an italic title
(``_Title_, 1a. reimp.``), a note on the printing; a work in a tome of its author's collected works (``En Obras
completas, t. 3.``); a journal's volume and double issue before the bracketed year (``*Journal*, 5.3–4 (1943).``);
a book's volume numbered within a set (``Vol. 4.3 of *Series*``); ISO 690's item of no author and no date, its title
alone before ``Dostupné online:`` and the address."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a Spanish editor after the title: "María" a given name, so the family is the last word
    (
        "Ortiz Ruiz, Pedro. La canción del Paraná. Ed. Juan María Gutiérrez. Buenos Aires: Peuser, 1908.",
        {"editor": [{"family": "Gutiérrez", "given": "Juan María"}], "publisher": "Peuser"},
    ),
    (
        "Salas, Luis. Coplas del río. Ed. Ana María Gómez. Córdoba: Alción, 1985.",
        {"editor": [{"family": "Gómez", "given": "Ana María"}]},
    ),
    # a reprint's count after an italic title is no container and no part of the title
    (
        "——. _Memorias de un pintor en Puebla_, 2a. reimp., edición y notas de Rosa López. México: Fondo de Cultura "
        "Económica, 1981.",
        {"title": "Memorias de un pintor en Puebla", "container-title": None, "publisher": "Fondo de Cultura Económica",
         "editor": [{"family": "López", "given": "Rosa"}]},
    ),
    (
        "Páez, Pedro. _Una historia de la música_, 3a. reimp. Madrid: Aguilar, 1979.",
        {"title": "Una historia de la música", "container-title": None, "publisher": "Aguilar"},
    ),
    # a work in a tome of its author's collected works
    (
        "Páez, Pedro. _Una historia de la música_. En Obras completas, t. 3. Madrid: Aguilar, 1950.",
        {"title": "Una historia de la música", "container-title": "Obras completas", "volume": "3"},
    ),
    (
        "Couto, José. _Diálogo sobre la pintura_. En Obras del Doctor D. José Couto, tomo 13. México: V. Agüeros, "
        "1898.",
        {"title": "Diálogo sobre la pintura", "container-title": "Obras del Doctor D. José Couto", "volume": "13"},
    ),
    # a journal's volume, a full stop and a double issue, then the bracketed year
    (
        "Zhou, Y. “Song chao caizheng,” *Shixue yuekan*, 5.3–4 (1936).",
        {"volume": "5", "issue": "3-4", "page": None},
    ),
    (
        "Chen, Z. “Lun zhi licai” [On Finance], *Junshi yu zhengzhi*, 5.3–4 (1943).",
        {"volume": "5", "issue": "3-4", "page": None},
    ),
    # a book's volume numbered within a set: one volume, no issue
    (
        "Smith, A. 1950. *The Coins*. Vol. 6.2 of *Excavations at Olynthus*. Baltimore.",
        {"volume": "6.2", "issue": None},
    ),
    (
        "Baur, P. 1947. *The Glass*. Vol. 4.5 of *The Excavations at Dura: Final Report*, pp. 1–60. New Haven, CT.",
        {"volume": "4.5", "issue": None, "page": "1-60"},
    ),
    # ISO 690: a title alone before the words announcing its address is no author's name
    (
        "Statistická ročenka kraje. Dostupné online: https://www.czso.cz/rocenka",
        {"title": "Statistická ročenka kraje", "author": None, "URL": "https://www.czso.cz/rocenka"},
    ),
    (
        "Dějiny obce Lhota. Dostupné online: https://www.lhota.cz/obec/historie",
        {"title": "Dějiny obce Lhota", "author": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix104_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
