"""Forms met in Spanish and Portuguese reference lists: a day, month and year joined by "de"/"del" in APA's
date parenthetical, the language's "and" opening the last name after a semicolon, and "Disponível
gratuitamente" before the address.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.normalisers.dates import parse_date


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("3 de marzo del 2021", [2021, 3, 3]),
        ("14 de octubre de 2019", [2019, 10, 14]),
        ("9 de agosto de 2018", [2018, 8, 9]),
        ("noviembre del 2015", [2015, 11]),
    ],
)
def test_a_day_and_month_joined_to_the_year_by_de(raw: str, parts: list[int]) -> None:
    found = parse_date(raw)
    assert found is not None and found.issued == {"date-parts": [parts]}


@pytest.mark.parametrize(
    ("text", "parts", "title"),
    [
        ("Rivas, M. (5 de junio del 2019). *Listas en Python*. Blog de código. https://example.org/listas/",
         [2019, 6, 5], "Listas en Python"),
        ("PyData. (23 de marzo del 2021). *Tablas dinámicas con pandas*. https://example.org/tablas/",
         [2021, 3, 23], "Tablas dinámicas con pandas"),
    ],
)
def test_an_apa_web_page_dated_with_del(text: str, parts: list[int], title: str) -> None:
    item: dict[str, Any] = read_reference(text)
    assert item["issued"] == {"date-parts": [parts]}
    assert item["title"] == title


@pytest.mark.parametrize("conjunction", ["e", "y"])
def test_the_last_name_after_a_semicolon_and_the_language_s_and(conjunction: str) -> None:
    item = read_reference(
        f"Costa, Ana; Lima, Bruno; Rocha, Carla; {conjunction} Souza, Daniel (2019). _Estatística com R_. Editora X.")
    assert [(n.get("family"), n.get("given")) for n in item["author"]] == [
        ("Costa", "Ana"), ("Lima", "Bruno"), ("Rocha", "Carla"), ("Souza", "Daniel")]
    assert all("non-dropping-particle" not in n for n in item["author"])


def test_disponivel_gratuitamente_before_the_address_is_no_publisher() -> None:
    item = read_reference(
        "Souza, Pedro (2021). _Aprendizado de máquina em R_. Disponível gratuitamente https://example.org/livro/.")
    assert "publisher" not in item and "container-title" not in item
    assert item["URL"] == "https://example.org/livro/"
