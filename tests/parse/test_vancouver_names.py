"""Vancouver (NLM) name lists opening a reference: ``Family AB, Family C.`` ends at its first full stop,
and the title follows however much it looks like more names. The references are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.mends.vancouver_names import vancouver_list


def _families(record: dict[str, Any]) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in record.get("author", [])]


# the title after the list, however much it looks like names
_AFTER_THE_LIST = [
    # one author, a comma in the title
    (
        "Okafor N. Rivers, roads and rails: transport in West Africa. Lagos: Harbour Press; 2015.",
        ["Okafor"],
        "Rivers, roads and rails: transport in West Africa",
    ),
    # one author, a colon in the title
    (
        "Lindqvist B. Aurora: A field guide to the northern lights. Oslo: Nordlys; 2019.",
        ["Lindqvist"],
        "Aurora: A field guide to the northern lights",
    ),
    # a citation number before the list
    (
        "12. Okafor N. Rivers, roads and rails: transport in West Africa. Lagos: Harbour Press; 2015.",
        ["Okafor"],
        "Rivers, roads and rails: transport in West Africa",
    ),
    # particles before the family names
    (
        "van der Berg A, de Vries K. Harbour, dyke and polder. Delft: Waterbouw; 2012.",
        ["Berg", "Vries"],
        "Harbour, dyke and polder",
    ),
    (
        "Van der Berg A. Harbour, dyke and polder. Delft: Waterbouw; 2012.",
        ["Van der Berg"],
        "Harbour, dyke and polder",
    ),
    # et al. closing the list
    (
        "Moreau L, Tanaka H, Silva R, et al. Resilience, recovery and renewal in coastal towns. "
        "J Urban Stud. 2020;12(4):45-60.",
        ["Moreau", "Tanaka", "Silva"],
        "Resilience, recovery and renewal in coastal towns",
    ),
    # a group after the persons
    (
        "Hale TR, Amin S; Coastal Health Study Group. Salt, water and blood pressure. "
        "Lancet Reg Health. 2021;5:100123.",
        ["Hale", "Amin", "Coastal Health Study Group"],
        "Salt, water and blood pressure",
    ),
]
# openings that are no Vancouver list, read as the model reads them
_LEFT_ALONE = [
    # a given name unknown to the lexicon: a capital after the comma, or a full stop after the family name
    ("Dorian K. Vale, The Tides of Memory, Harbour Rev. 12 (2001) 44.", ["Vale"], "The Tides of Memory"),
    (
        "Marlon T. Okafor. Coastal towns and their harbours. PhD thesis, University of Lagos, 2010.",
        ["Okafor"],
        "Coastal towns and their harbours",
    ),
    # a given name, a middle initial and the family name: names in natural order
    (
        "Thomas R. Ellison, “The Harbour Trade,” Journal of Maritime History 12 (1998): 44–61.",
        ["Ellison"],
        "The Harbour Trade",
    ),
    # names going on past the first full stop: dotted initials, a conjunction
    (
        "Baker W. E., Faulkner R. 1993. The Social Life of Harbours. Maritime Review. 58 (6): 83-86.",
        ["Baker", "Faulkner"],
        "The Social Life of Harbours",
    ),
    # a group author alone: no Vancouver name opens the reference
    (
        "Coastal Health Study Group. Salt, water and blood pressure. Lancet Reg Health. 2021;5:100123.",
        ["Coastal Health Study Group"],
        "Salt, water and blood pressure",
    ),
]


@pytest.mark.parametrize(("text", "families", "title"), _AFTER_THE_LIST + _LEFT_ALONE)
def test_names_and_title(text: str, families: list[str], title: str) -> None:
    record = read_reference(text)
    assert _families(record) == families
    assert record["title"] == title


@pytest.mark.parametrize(
    ("text", "families", "given"),
    [
        ("Brennan MJAK. Gradient boosting in practice. Stat Sci. 2018;33(2):101-18.", ["Brennan"], ["MJAK"]),
        (
            "Halvorsen TJKB, Mensah A. Tidal energy: a review. Renew Energy. 2017;101:1-12.",
            ["Halvorsen", "Mensah"],
            ["TJKB", "A."],
        ),
    ],
)
def test_four_initials(text: str, families: list[str], given: list[str]) -> None:
    record = read_reference(text)
    assert _families(record) == families
    assert [n.get("given") for n in record["author"]] == given


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Kahneman D", True),
        ("Watkins CJCH, Dayan P", True),
        ("van der Berg A, de Vries K", True),
        ("Moreau L, Tanaka H, et al", True),
        ("Watkins CJCHK", False),  # five capitals: not initials
        ("Baker W. E., Faulkner R", False),  # dotted initials
        ("WATKINS CJ", False),  # a family in capitals
        ("Coastal Health Study Group", False),
        ("et al", False),
    ],
)
def test_vancouver_list_form(head: str, expected: bool) -> None:
    assert vancouver_list(head) is expected


def test_vancouver_initials_that_read_as_a_suffix() -> None:
    from biblio.parse.normalisers.names import names_from_span

    assert names_from_span("Ivanov II, Petrov PP") == [
        {"family": "Ivanov", "given": "II"},
        {"family": "Petrov", "given": "PP"},
    ]
    assert names_from_span("Street RL II, Shields CG")[0]["suffix"] == "II"
    assert names_from_span("Davis III, Robert") == [{"family": "Davis", "given": "Robert", "suffix": "III"}]
