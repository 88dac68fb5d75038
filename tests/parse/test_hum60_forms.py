"""Humanities forms of Portuguese-language lists, typed by hand in their style, each with the fields it must give:
every case was read wrong before the rule it names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a Portuguese generational word (Filho, Neto, Júnior) closes a family name of two words, in natural order
    (
        "Costa, Lúcio, e Paulo Roberto Mendes Júnior, orgs. Casas de fazenda do Vale do Paraíba. São Paulo: "
        "Edusp, 1999.",
        {"editor": [{"family": "Costa", "given": "Lúcio"}, {"family": "Mendes Júnior", "given": "Paulo Roberto"}]},
    ),
    # and, family first, makes one person of "Family Neto, Given Given" opening a list (no two persons in natural
    # order)
    (
        "Vieira Neto, Joaquim Tomás, e Helena Souza Sobrinho, orgs. Cidades do ouro. Ouro Preto: UFOP, 2004.",
        {
            "editor": [
                {"family": "Vieira Neto", "given": "Joaquim Tomás"},
                {"family": "Souza Sobrinho", "given": "Helena"},
            ]
        },
    ),
    # a numbered series after the title, before the place, named by no series word: the title stops before it
    (
        "Pereira, Ana Cristina. Telhados coloniais de Goiás. Manuais de conservação Iphan 4. Goiânia: Iphan, 2007.",
        {"title": "Telhados coloniais de Goiás", "publisher": "Iphan"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hum60_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
