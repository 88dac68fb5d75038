"""Forms read the same with a link or an access date after them: the author-date book's ``Place: Publisher`` closing
the title's last sentence (``Santoso, Budi dan Wijaya, Andi. 2018. Pengantar Ekonomi. Yogyakarta: Andi Offset.
Available at: …``), its town one the list of places lacks; Durant's comma form with such a town before its dotted
state (``DIO CASSIUS, History of Rome, Troy, N. Y., 1905.``); a paper's names cut to ``Family et al,`` before its
title, journal and date (``Stanaway et al, Title, Lancet, July 2016.``); German keyed forms' ``in: Journal 14/1
(1962)`` and closing ``Town Year``; a standard's issuing body and a version's figure before the body;
the ACS's ``Journal 2018, 17 (2), 97−113.``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

ENDINGS = (" https://example.org/page", " Available at: https://example.org/page (Accessed: 3 May 2023).")

IMPRINTS_BEFORE_LINKS: list[tuple[str, dict[str, Any]]] = [
    (
        "Hidayat, Rahmat, Santoso, Budi, dan Wijaya, Andi. 2020. Metode Penelitian. Bandung: Alfabeta.",
        {"title": "Metode Penelitian", "publisher": "Alfabeta", "publisher-place": "Bandung"},
    ),
    (
        "Santoso, Budi dan Wijaya, Andi. 2018. Pengantar Ekonomi. Yogyakarta: Andi Offset.",
        {"title": "Pengantar Ekonomi", "publisher": "Andi Offset", "publisher-place": "Yogyakarta"},
    ),
    (
        "OSCR (2022) Annual Report 2021-22. Dundee: Office of the Scottish Charity Regulator.",
        {
            "title": "Annual Report 2021-22",
            "publisher": "Office of the Scottish Charity Regulator",
            "publisher-place": "Dundee",
        },
    ),
]


# Durant's comma form with a town the list of places lacks, known by its dotted state
CAPS_COMMA_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "DIO CASSIUS, History of Rome, Troy, N. Y., 1905.",
        {
            "author": [{"literal": "DIO CASSIUS"}],
            "title": "History of Rome",
            "publisher-place": "Troy, N. Y.",
            "issued": {"date-parts": [[1905]]},
        },
    ),
    (
        "PLUTARCH, Lives, Troy, N. Y., 1912.",
        {"author": [{"literal": "PLUTARCH"}], "title": "Lives", "publisher-place": "Troy, N. Y."},
    ),
]


# a paper's names cut to "Family et al," then its title, journal and date
ET_AL_PAPERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Stanaway et al, Title of the paper, Lancet, July 2016.",
        {
            "author": [{"family": "Stanaway"}],
            "title": "Title of the paper",
            "container-title": "Lancet",
            "issued": {"date-parts": [[2016, 7]]},
        },
    ),
    (
        "Smith et al, Global burden of hypertension, BMJ, 2019.",
        {"title": "Global burden of hypertension", "container-title": "BMJ"},
    ),
]

# German keyed forms: "Key (Year) – Names, Title, in: Journal 14/1 (Year), S. …" and "…, Town Year."
GERMAN_KEYED_FORMS: list[tuple[str, dict[str, Any]]] = [
    (
        "Besch (1962) – Werner Besch, Vom ‚alten’ zum ‚nüwen’ Parzival, in: Der Deutschunterricht 14/1 (1962), "
        "S. 91–104.",
        {"container-title": "Der Deutschunterricht", "volume": "14", "issue": "1", "page": "91-104"},
    ),
    (
        "Hartmann (1988) – [Karl Hartmann], Von Rittern & Burgen im Mittelalter, Ulm 1988.",
        {"title": "Von Rittern & Burgen im Mittelalter", "container-title": None, "publisher-place": "Ulm"},
    ),
    (
        "Becker (1977) – Peter Jörg Becker, Handschriften und Frühdrucke mittelhochdeutscher Epen. Eneide, Tristrant, "
        "Tristan, Erec, Iwein, Parzival, Nibelungenlied und ihre Rezeption, Wiesbaden 1977.",
        {"publisher-place": "Wiesbaden", "issued": {"date-parts": [[1977]]}},
    ),
]


# a standard's designation before its dash and title, the body issuing it closing the reference; a version's figure
# before the body and its town
CLOSING_BODIES: list[tuple[str, dict[str, Any]]] = [
    (
        "ISO 9241-210 - Ergonomics of human-system interaction. International Organization for Standardization.",
        {
            "title": "Ergonomics of human-system interaction",
            "publisher": "International Organization for Standardization",
        },
    ),
]
# the ACS's numbers after the journal, one author and the title before it
ACS_ARTICLES: list[tuple[str, dict[str, Any]]] = [
    (
        "Schneider, G. Automating Drug Discovery. Nat. Rev. Drug Discovery 2018, 17 (2), 97−113.",
        {
            "author": [{"family": "Schneider", "given": "G."}],
            "title": "Automating Drug Discovery",
            "container-title": "Nat. Rev. Drug Discovery",
            "volume": "17",
            "issue": "2",
            "page": "97-113",
        },
    ),
]
# (with an access date after it, the Chicago reader's reading of this one is still chosen: a link alone is tested)
VERSION_BEFORE_BODY = (
    "Krist, J. 2004. The Tiny Tim User’s Guide, Version 6.3. Space Telescope Science Institute, Baltimore.",
    {"title": "The Tiny Tim User’s Guide", "publisher": "Space Telescope Science Institute"},
)

FORMS = IMPRINTS_BEFORE_LINKS + CAPS_COMMA_FORMS + ET_AL_PAPERS + GERMAN_KEYED_FORMS + CLOSING_BODIES + ACS_ARTICLES
CASES: list[tuple[str, dict[str, Any]]] = [
    *FORMS,
    *((text + ending, expected) for text, expected in FORMS for ending in ENDINGS),
    VERSION_BEFORE_BODY,
    (VERSION_BEFORE_BODY[0] + ENDINGS[0], VERSION_BEFORE_BODY[1]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_read_the_same_before_links(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
