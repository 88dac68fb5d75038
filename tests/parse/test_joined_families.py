"""Portuguese and Spanish family names joined by ``e`` or ``y`` (``OLIVEIRA E SILVA``) after a given name,
read whole as the family name: names and a reference written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import parse_names


def test_joined_family_after_initials() -> None:
    assert parse_names("D. Oliveira e Silva") == [{"family": "Oliveira e Silva", "given": "D."}]
    assert parse_names("M. SANTOS Y GARCÍA") == [{"family": "SANTOS Y GARCÍA", "given": "M."}]


def test_capitals_list_with_a_joined_family() -> None:
    item = parse_reference(
        "[7] A. PEREIRA, J. COSTA E SOUSA, AND R. LIMA, On sums of squares, J. Number Theory 40 (2015), 10–30."
    )
    assert [a["family"] for a in item["author"]] == ["PEREIRA", "COSTA E SOUSA", "LIMA"]


def test_middle_initial_y_joins_no_family() -> None:
    # "Y." is an initial, not the connector: no family name is made of "Juan Y. Smith"'s last three words
    assert all(n.get("family") != "Juan Y. Smith" for n in parse_names("A. Juan Y. Smith"))
