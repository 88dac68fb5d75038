"""Brazilian imprints: two publishers after one place (``Rio de Janeiro: Relume Dumará: FAPERJ``, ``São Paulo:
Pioneira : Ed. da Universidade``) and a house named by a number (``São Paulo: Ed. 34, 1997.``); a series with a
Roman number after the title (``Arquitectura popular portuguesa. Sistemas de construção, XV. Lisboa:``); a family
name joined by its particles opening the entry (``Morales de los Rios Filho, Adolfo. Title.``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

TWO_PUBLISHERS: list[tuple[str, dict[str, Any]]] = [
    (
        "SILVA, Ana Paula. A canção de protesto. Rio de Janeiro: Relume Dumará: FAPERJ, 2001.",
        {"publisher-place": "Rio de Janeiro", "publisher": "Relume Dumará: FAPERJ"},
    ),
    (
        "Lima, Rui. O bairro e a cidade. Belo Horizonte: Autêntica: FAPEMIG, 1997.",
        {"publisher-place": "Belo Horizonte", "publisher": "Autêntica: FAPEMIG"},
    ),
    (
        "Lima, Rui. O bairro e a cidade. Recife: Massangana : Fundação Joaquim Nabuco, 1997.",
        {"publisher-place": "Recife", "publisher": "Massangana : Fundação Joaquim Nabuco"},
    ),
    (
        "Lima, Rui. O bairro e a cidade. Porto Alegre: Sulina: Ed. da UFRGS, 1997.",
        {"publisher-place": "Porto Alegre", "publisher": "Sulina: Ed. da UFRGS"},
    ),
    (
        "Telles, Augusto Carlos da Silva. Atlas dos monumentos históricos. Brasília: unesco : Ministério da "
        "Cultura, 2004.",
        {"publisher-place": "Brasília", "publisher": "unesco : Ministério da Cultura"},
    ),
]

HOUSE_NUMBERS: list[tuple[str, dict[str, Any]]] = [
    (
        "SOUZA, Tárik de. Tem mais samba: das raízes à eletrônica. São Paulo: Ed. 34, 2003.",
        {"publisher": "Ed. 34", "publisher-place": "São Paulo", "volume": None},
    ),
    (
        "MORAES, José Geraldo Vinci de. Metrópole em sinfonia. Rio de Janeiro: Ed. 34, 2000.",
        {"publisher": "Ed. 34", "publisher-place": "Rio de Janeiro", "volume": None},
    ),
    (
        "MORAES, José Geraldo Vinci de. Metrópole em sinfonia. São Paulo: Estação Liberdade, Ed. 34, 2000.",
        {"publisher": "Estação Liberdade, Ed. 34", "publisher-place": "São Paulo", "volume": None},
    ),
]

ROMAN_SERIES: list[tuple[str, dict[str, Any]]] = [
    (
        "Mascarenhas, Jorge. Materiais de construção. Sistemas de construção, XV. Lisboa: Horizonte, 2015.",
        {"title": "Materiais de construção", "collection-title": "Sistemas de construção, XV"},
    ),
    (
        "Costa, Ana Maria. Taipa e adobe no Alentejo. Cadernos de arquitectura, VI. Évora: Colibri, 2011.",
        {"title": "Taipa e adobe no Alentejo", "collection-title": "Cadernos de arquitectura, VI"},
    ),
]

PARTICLE_FAMILIES: list[tuple[str, dict[str, Any]]] = [
    (
        "Morales de los Rios, Adolfo. História da arquitetura no Brasil. Rio de Janeiro: Imprensa Nacional, 1940.",
        {
            "author": [{"family": "Morales de los Rios", "given": "Adolfo"}],
            "title": "História da arquitetura no Brasil",
        },
    ),
    (
        "Morales de los Rios Filho, Adolfo. O Rio de Janeiro imperial. Rio de Janeiro: A Noite, 1946.",
        {
            "author": [{"family": "Morales de los Rios Filho", "given": "Adolfo"}],
            "title": "O Rio de Janeiro imperial",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_PUBLISHERS + HOUSE_NUMBERS + ROMAN_SERIES + PARTICLE_FAMILIES)
def test_brazilian_imprints(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
