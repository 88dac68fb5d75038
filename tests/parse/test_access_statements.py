"""Statements of when a work was consulted, in the languages references are written in: the date goes
to ``accessed`` and the words that announce it and the address go into no field (nothing is left over).
The references are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.normalisers.dates import read_date


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("custom", "id")}


@pytest.mark.parametrize(
    ("text", "accessed", "url"),
    [
        (
            "Steeg, Fabian (2016): *Der Entwicklungsprozess* [online]. Zugriff am 2018-09-12. "
            "Verfügbar unter http://example.org/notes/prozess",
            [2018, 9, 12],
            "http://example.org/notes/prozess",
        ),
        (
            "Müller, Anna (2019): Digitale Bibliotheken. Berlin: De Gruyter. Online unter: "
            "https://example.org/buch (abgerufen am 12.03.2020).",
            [2020, 3, 12],
            "https://example.org/buch",
        ),
        (
            "Schmidt, K. (2020). Open Access in Deutschland. https://example.org/oa, "
            "zuletzt aufgerufen am 3. Mai 2021.",
            [2021, 5, 3],
            "https://example.org/oa",
        ),
        (
            "García, M. (2019). Título del informe. Recuperado el 5 de marzo de 2022, de https://example.org/x",
            [2022, 3, 5],
            "https://example.org/x",
        ),
        (
            "World Health Organization. (2020). Advice for the public. Retrieved 12 March 2020, from "
            "https://example.org/advice",
            [2020, 3, 12],
            "https://example.org/advice",
        ),
    ],
)
def test_access_statement_gives_the_accessed_date_and_leaves_nothing_over(
    text: str, accessed: list[int], url: str
) -> None:
    record = read_reference(text)
    assert record["accessed"] == {"date-parts": [accessed]}
    assert record["URL"] == url
    assert "note" not in record
    assert "unparsed-remainder" not in record["custom"]["biblio"].get("flags", [])


def test_the_title_keeps_none_of_the_access_statement() -> None:
    record = read_reference(
        "Schmidt, K. (2020). Open Access in Deutschland. https://example.org/oa, zuletzt aufgerufen am 3. Mai 2021."
    )
    assert _plain(record)["title"] == "Open Access in Deutschland"


@pytest.mark.parametrize(
    ("span", "accessed"),
    [
        ("Zugriff am 12.03.2020", [2020, 3, 12]),
        ("zuletzt abgerufen am 2021-05-03", [2021, 5, 3]),
        ("consulté le 3 mai 2021", [2021, 5, 3]),
        ("Acesso em: 12 mar. 2020", [2020, 3, 12]),
        ("last accessed 2019-01-02", [2019, 1, 2]),
        # the US numeric date of IEEE Computer Society notes: a number past 12 is the day
        ("[accessed 8/24/2016]", [2016, 8, 24]),
        ("[accessed 8/23/16]", [2016, 8, 23]),
        ("accessed 24/8/2016", [2016, 8, 24]),
    ],
)
def test_a_labelled_date_span_with_an_access_word_is_the_accessed_date(span: str, accessed: list[int]) -> None:
    date = read_date(span)
    assert date.accessed == {"date-parts": [accessed]}
    assert date.issued is None
