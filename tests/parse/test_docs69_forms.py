"""German web references: ``Aufrufdatum: 22.01.2022`` after the address is the access date, and ``(o. D.)``
(ohne Datum) holds the date's place as ``(n.d.)`` does."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        ("Becker, T. (2021, 3. Mai). _Kürzeste Wege in Graphen_. Informatikblog. "
         "https://informatikblog.example.de/kuerzeste-wege Aufrufdatum: 14.02.2023", [2023, 2, 14]),
        ("Lexikon der Mathematik (2019). _Eulerkreis_. https://lexikon.example.de/eulerkreis Abrufdatum: 02.11.2021",
         [2021, 11, 2]),
    ],
)
def test_aufrufdatum_after_the_address_is_the_access_date(text: str, accessed: list[int]) -> None:
    r = read_reference(text)
    assert r["accessed"] == {"date-parts": [accessed]}
    assert "page" not in r and "publisher-place" not in r


def test_o_d_in_brackets_after_the_names_is_no_date() -> None:
    r = read_reference("Krause, P. (o. D.) _Heuristiken für Tourenplanung_. https://tourenplanung.example.de/heuristik.pdf")
    assert r["author"] == [{"family": "Krause", "given": "P."}]
    assert r["title"] == "Heuristiken für Tourenplanung"
    assert "issued" not in r


def test_o_d_then_an_access_date() -> None:
    r = read_reference("Roth, S. (o. D.). _Algorithmen für Rundreisen_. Lernportal. "
                       "https://lernportal.example.de/rundreisen Aufrufdatum: 05.03.2022")
    assert r["author"] == [{"family": "Roth", "given": "S."}]
    assert r["title"] == "Algorithmen für Rundreisen"
    assert r["accessed"] == {"date-parts": [[2022, 3, 5]]}
    assert "issued" not in r


def test_an_ordinal_edition_with_a_stop_after_its_mark_is_the_edition() -> None:
    r = read_reference("SOUZA, R. M. *Redes locais: projeto e instalação*, 2ª. ed., Ed. Sulina, 2008.")
    assert r["edition"] == "2"
    assert not any(any(c.isdigit() for c in str(name)) for name in r.get("editor", []))
    assert r["title"] == "Redes locais: projeto e instalação"
