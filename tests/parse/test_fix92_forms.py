"""Forms typed by hand, each with the fields it must give: a house named by its founder's initials after an edition
or a count of volumes (the older American "2d ed." too), read as an editor; a book whose italic title opens on a
person's name, its editor after it; a newspaper's section after its italic name; a body's name before a colon and a
quoted title; MLA's talk with a bare meeting name, its town and year; one title a converter set as two italic runs;
a Dutch version's date with no word of consulting."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

HOUSES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "'2d ed.' then a house named by initials, its town and the year",
        "Keller, T., Grammatik der Hebräer, 2d ed. C. H. Beck, Munich, 1921.",
        {
            "author": [{"family": "Keller", "given": "T."}],
            "title": "Grammatik der Hebräer",
            "edition": "2",
            "publisher": "C. H. Beck",
            "publisher-place": "Munich",
            "editor": None,
        },
    ),
    (
        "'2nd ed.' then a house named by initials: the house, no editor",
        "Moser, K., Handbuch der Liturgik, 2nd ed. A. W. Sijthoff, Leiden, 1935.",
        {"edition": "2", "publisher": "A. W. Sijthoff", "publisher-place": "Leiden", "editor": None},
    ),
    (
        "A count of volumes, then the house by initials and its town",
        "Vogel, H., Die Briefe des Paulus, 3 vols. C. H. Beck, Munich, 1901–1905.",
        {"publisher": "C. H. Beck", "publisher-place": "Munich", "editor": None},
    ),
]

TITLES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "An italic title opening on a person's name, the editor after it",
        "*Mary Shelley: The Journals*, ed. Paula Feldman (Oxford: Clarendon Press, 1987).",
        {
            "title": "Mary Shelley: The Journals",
            "author": None,
            "editor": [{"family": "Feldman", "given": "Paula"}],
            "publisher": "Clarendon Press",
        },
    ),
    (
        "The same with the title's tail and the editor read as one run of names",
        "*Henry Thoreau: Collected Essays*, ed. Ruth Carver (Concord: Walden Press, 2001).",
        {"title": "Henry Thoreau: Collected Essays", "editor": [{"family": "Carver", "given": "Ruth"}]},
    ),
    (
        "One italic title set as two runs after the editors",
        "Ito Jun, Abe Ken, and Sato Mai, eds., *Kansei nenkan kikin* *shiryōshū* (Yoshikawa Kōbunkan, 1982).",
        {"title": "Kansei nenkan kikin shiryōshū", "container-title": None, "publisher": "Yoshikawa Kōbunkan"},
    ),
]

OUTLETS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A newspaper's section after its italic name and a colon, before the date",
        "Paul Kim, “A City Votes,” *Washington Post*: Politics, June 9, 2004.",
        {"container-title": "Washington Post", "title": "A City Votes", "issued": {"date-parts": [[2004, 6, 9]]}},
    ),
]

BODIES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "A body's name, a colon, a quoted title, the year in brackets",
        'Mistral: "Scaling Sparse Mixtures" (2024) — mistral.ai',
        {"author": [{"family": "Mistral"}], "title": "Scaling Sparse Mixtures", "issued": {"date-parts": [[2024]]}},
    ),
]

TALKS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "MLA's talk: a quoted title, a bare meeting name, its town and the year",
        'Okoro, Ada. "Small Objects." Ruby Summit, Lisbon, 2016.',
        {
            "title": "Small Objects",
            "event-title": "Ruby Summit",
            "event-place": "Lisbon",
            "publisher": None,
            "publisher-place": None,
        },
    ),
    (
        "The same with the meeting read as the publisher",
        'Metz, Ola. "Plain Rules." Baruco Conference, Barcelona, 2014.',
        {"publisher": None, "event-title": "Baruco Conference", "event-place": "Barcelona"},
    ),
]

VERSIONS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Dutch 'versie' and its number, then the release's day: the date it came out, not an access date",
        'Stichting Kaart, "Richtlijn kaartgebruik," versie 1.4, 3 maart 2024. Beschikbaar: '
        "https://kaart.example.nl/richtlijn.pdf",
        {"version": "1.4", "issued": {"date-parts": [[2024, 3, 3]]}, "accessed": None},
    ),
]

ALL = HOUSES + TITLES + OUTLETS + BODIES + TALKS + VERSIONS


@pytest.mark.parametrize(("why", "text", "expected"), ALL, ids=[c[0][:60] for c in ALL])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
