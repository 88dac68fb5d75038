"""Forms typed by hand, each with the fields it must give: a Polish book's title of several sentences before its
town alone and its pages; an APA book with a comma after its edition's bracket, then its publisher; a firm named by
two family names joined by "&", and an authorless page titled by two common words joined by it; an IEEE Xplore
meeting name closing on its preposition before the publisher's colon."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Polish: a book's title and subtitle as two sentences, the town alone, then its pages after 'p.'",
        "Lis, M. (2004) Świątynie handlu. Lubelska architektura sakralna doby rozbiorów. Lublin, p. 12-19",
        {
            "type": "book",
            "title": "Świątynie handlu. Lubelska architektura sakralna doby rozbiorów",
            "publisher-place": "Lublin",
            "container-title": None,
            "page": "12-19",
        },
    ),
    (
        "Polish: the town opening the title, the same town alone after it, one page",
        "Kowal, E. (1961) Gdańsk. Rozwój portu i miasta. Gdańsk, p. 74",
        {"title": "Gdańsk. Rozwój portu i miasta", "publisher-place": "Gdańsk", "container-title": None},
    ),
    (
        "APA: a comma, not a full stop, after the edition's bracket, the publisher after it",
        "Abbott, K. R., Lindqvist, M., & Parr, S.J. (2018). Policing and public order in Britain (3rd ed.), Sage.",
        {"title": "Policing and public order in Britain", "edition": "3", "publisher": "Sage"},
    ),
    (
        "APA: two authors, the edition's bracket and a comma before the publisher",
        "Brandt, P. L., & Moss, R.A. (2012). Introduction to forensic accounting (5th ed.), Wiley.",
        {"title": "Introduction to forensic accounting", "edition": "5", "publisher": "Wiley", "note": None},
    ),
    (
        "APA: a credit bureau named by two family names joined by '&', a comma after it",
        "Dun & Bradstreet, (2020, March 3), Dental laboratories [Industry profile].",
        {"author": [{"literal": "Dun & Bradstreet"}], "title": "Dental laboratories"},
    ),
    (
        "APA: an authorless page titled by two common words joined by '&', nothing but the address after the date",
        "Nutrition & Exercise. (2019, June 12). Retrieved from https://www.example.gov/nutrition/facts.html",
        {"author": None, "title": "Nutrition & Exercise"},
    ),
    (
        "IEEE Xplore's inverted meeting name closing on 'on' before the colon and the publisher",
        "Lind, P. 2012: Routing in sparse mesh networks. Communications (ICC), 2012 IEEE International "
        "Conference on: IEEE; pp. 33-38.",
        {
            "container-title": "Communications (ICC), 2012 IEEE International Conference on",
            "publisher": "IEEE",
            "publisher-place": None,
        },
    ),
]


# readings the rules above must leave as they were
KEPT: list[tuple[str, str, dict[str, Any]]] = [
    (
        "APA: a journal's volume and pages after its name, no town",
        "Nowak, J. (2001). Urban gardens in Poland. Landscape Studies, 12, 162-169.",
        {"container-title": "Landscape Studies", "volume": "12", "page": "162-169"},
    ),
    (
        "APA: the edition's bracket closed by APA's full stop",
        "Halvorsen, R. (2011). Principles of soil ecology (3rd ed.). Wiley.",
        {"title": "Principles of soil ecology", "edition": "3", "publisher": "Wiley"},
    ),
    (
        "Harvard: two persons' family names joined by '&', no initials, before the year",
        "[1] Harker & Penrose (1981) Measuring the evenness of species counts. p 212.",
        {"author": [{"family": "Harker"}, {"family": "Penrose"}]},
    ),
    (
        "APA: two persons' family names joined by '&' before the date, nothing but the address after it",
        "Harker & Penrose. (2019, May 3). Retrieved from https://www.example.org/notes/evenness",
        {"author": [{"family": "Harker"}, {"family": "Penrose"}]},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES + KEPT, ids=[c[0][:60] for c in CASES + KEPT])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
