"""MLA 7's web pages as students type them and Vancouver titles run on past a question or a comma, each with the
fields it must give: every case was read wrong before the form was taught (the site read as an author or a journal,
``N.p.,`` as the journal, the date read as the date issued; the title's last sentence read into the journal); a
table, so that a new form costs one line, not one test."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "MLA 7's page with neither body nor date: the site is the container, N.p. and n.d. no field",
        '"Harbour Lights." Coastal Gazette. N.p., n.d. Web. 14 Feb. 2014.',
        {
            "title": "Harbour Lights",
            "container-title": "Coastal Gazette",
            "accessed": {"date-parts": [[2014, 2, 14]]},
            "issued": None,
            "author": None,
            "publisher": None,
        },
    ),
    (
        "MLA 7's page with its body and date: the site, the body its publisher, the date before Web. issued",
        'Marsh, Ellen. "Tidal Power Returns." Energy Weekly. Energy Weekly Group, 3 Jan. 2011. Web. 9 Feb. 2012.',
        {
            "author": [{"family": "Marsh", "given": "Ellen"}],
            "title": "Tidal Power Returns",
            "container-title": "Energy Weekly",
            "publisher": "Energy Weekly Group",
            "issued": {"date-parts": [[2011, 1, 3]]},
            "accessed": {"date-parts": [[2012, 2, 9]]},
        },
    ),
    (
        "a site glued to the title's closing quote (a PDF's text) is no part of the title",
        "Grant, Paul. “Loops and Arrays.”Learning Fortran Today. N.p., n.d. Web. 2 Sept. 2013.",
        {
            "author": [{"family": "Grant", "given": "Paul"}],
            "title": "Loops and Arrays",
            "container-title": "Learning Fortran Today",
            "issued": None,
        },
    ),
    (
        "a body glued to the site after its stop is the publisher; a domain's stop parts nothing",
        "“Magnet Basics.” Physics Corner.CERN, 5 May 2001. Web. 12 Nov. 2012.",
        {"title": "Magnet Basics", "container-title": "Physics Corner", "publisher": "CERN"},
    ),
    (
        "a title whose opening quote was left out opens the reference, with no author",
        'Rain on the Roof." WeatherNow.com. N.p., n.d. Web. 5 Apr. 2013.',
        {"author": None, "title": "Rain on the Roof", "container-title": "WeatherNow.com"},
    ),
    (
        "Vancouver's question title with its subtitle: the sentence before the stopless journal is the title's",
        "Okafor N. Can kindness be counted? The Ward Kindness Index. Nurs Times. 2019;115(3):20-4.",
        {
            "title": "Can kindness be counted? The Ward Kindness Index",
            "container-title": "Nurs Times",
            "volume": "115",
        },
    ),
    (
        "a Vancouver title closing on its place after a comma: the place is the title's, not the journal's",
        "Rahman S, Haddad T. Anaemia among pregnant women attending clinics in Tabuk, KSA. East Mediterr Health J. "
        "2016; 22(4): p. 210-217.",
        {
            "title": "Anaemia among pregnant women attending clinics in Tabuk, KSA",
            "container-title": "East Mediterr Health J",
        },
    ),
    (
        "Word's Vancouver with an empty volume: 'p.' and the record's number are the pages, the registry the journal",
        "Haddad R, Nasser L. Sleep problems in adolescents with asthma: a registered protocol. PROSPERO. 2019;: p. "
        "CRD42019123456.",
        {
            "title": "Sleep problems in adolescents with asthma: a registered protocol",
            "container-title": "PROSPERO",
            "page": "CRD42019123456",
            "publisher": None,
        },
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_rw24_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
