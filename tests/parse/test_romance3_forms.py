"""Spanish and Portuguese name lists with family names of two words, every name inverted
(``normalisers.names``): ``Allés Torrent, Susanna; del Rio Riande, Gimena, y Calarco, Gabriel``."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import names_from_span


def _families(names: list[dict[str, str]]) -> list[str]:
    return [
        " ".join(filter(None, (n.get("non-dropping-particle"), n.get("family") or n.get("literal")))) for n in names
    ]


def test_semicolons_part_inverted_compound_names() -> None:
    names = names_from_span("Allés Torrent, Susanna; del Rio Riande, Gimena, y Calarco, Gabriel")
    assert _families(names) == ["Allés Torrent", "del Rio Riande", "Calarco"]
    assert [n["given"] for n in names] == ["Susanna", "Gimena", "Gabriel"]


def test_commas_part_inverted_compound_names_before_the_last_conjunct() -> None:
    names = names_from_span("Cadena López, Aydé, Ramos Luna, Lorena Litai, & Rivera González, Gibrán")
    assert _families(names) == ["Cadena López", "Ramos Luna", "Rivera González"]
    assert names[1]["given"] == "Lorena Litai"


def test_natural_order_list_stays_natural() -> None:
    names = names_from_span("Carl Boettiger, Alan Hastings, & Bob Lee")
    assert _families(names) == ["Boettiger", "Hastings", "Lee"]


def test_one_person_with_two_given_names() -> None:
    names = names_from_span("Rodríguez Aldape, Fernando Manuel")
    assert names == [{"family": "Rodríguez Aldape", "given": "Fernando Manuel"}]


def test_two_natural_names_are_two_persons() -> None:
    assert _families(names_from_span("Pritam Deka, Anna Jurek-Loughrey")) == ["Deka", "Jurek-Loughrey"]


def test_compound_names_in_a_whole_reference() -> None:
    text = (
        "Herrera Cáceres, Julia; Rosillo Peña, Marta, y Gil, Pedro. 2019. *Confort y eficiencia energética en "
        "edificaciones*. Cali: Universidad del Valle."
    )
    record = parse_reference(text)
    assert _families(record["author"]) == ["Herrera Cáceres", "Rosillo Peña", "Gil"]
