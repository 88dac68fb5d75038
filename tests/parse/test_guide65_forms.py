"""Forms of style guides' Turabian, Chicago and data examples (round guide65, set ``guides_real36``): CMOS's personal
communications in a note, the person and what passed between them (``Name, email message to author, Date.``, a
``Facebook direct message to author``, ``Name (role), in discussion with the author, Month Year.``); a post to a
mailing list with its sender first and its number (``Name to List mailing list, Date, no. 17, URL``); a comment on a
post, shortened after the post's own note (``Name, Date, time, comment on Owner, “short title.”``); a data archive's
own release named by its letters (``(ICPSR version)``); Dataverse's citation with the repository and its release
after the quoted title (``"Title", https://doi.org/…, Harvard Dataverse, V3``), an ORCID iD among its names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, assert_read_with_families

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "3. Beatrice Hollis, email message to author, October 8, 2017.",
        {
            "author": [{"family": "Hollis", "given": "Beatrice"}],
            "genre": "email message to author",
            "title": None,
            "issued": {"date-parts": [[2017, 10, 8]]},
        },
    ),
    (
        "5. Theodore Quint, letter to the author, August 14, 1994.",
        {"author": [{"family": "Quint", "given": "Theodore"}], "note": None, "issued": {"date-parts": [[1994, 8, 14]]}},
    ),
    (
        "Rafael Ortiz, WhatsApp message to author, June 9, 2021.",
        {"author": [{"family": "Ortiz", "given": "Rafael"}], "title": None, "issued": {"date-parts": [[2021, 6, 9]]}},
    ),
    (
        "1. Rafael Ortiz, Facebook message to author, June 9, 2021.",
        {"type": "personal_communication", "title": None, "genre": "Facebook message to author"},
    ),
    (
        "12. Miriam Lowe (curator, Department of Prints, British Museum), in discussion with the author, May 2016.",
        {
            "author": [{"family": "Lowe", "given": "Miriam"}],
            "publisher": None,
            "title": None,
            "issued": {"date-parts": [[2016, 5]]},
        },
    ),
    (
        "2. Peter Hanks to Humanist Discussion Group mailing list, May 2, 2003, no. 17, "
        "http://example.org/humanist/archive.html.",
        {
            "author": [{"family": "Hanks", "given": "Peter"}],
            "container-title": "Humanist Discussion Group mailing list",
            "title": None,
            "type": "post",
            "number": "17",
            "issue": None,
        },
    ),
    (
        "7. Laura Sims, March 2, 2020, 4:45 p.m., comment on Modern Language Association, “gender-neutral pronouns.”",
        {"author": [{"family": "Sims", "given": "Laura"}], "title": "gender-neutral pronouns"},
    ),
    (
        "Mendez, L., & Crane, P. (2014). Household transportation survey, 2012 (ICPSR version) [Data file]. Ann Arbor, "
        "MI: Inter-university Consortium for Political and Social Research.",
        {"title": "Household transportation survey, 2012", "version": "ICPSR"},
    ),
    (
        'Okafor, Helen; Lund, Peter, 2019, "Replication Data for: Rainfall and Yields", '
        "https://doi.org/10.7910/DVN/QX1ABC, Harvard Dataverse, V3",
        {"publisher": "Harvard Dataverse", "version": "3", "DOI": "10.7910/DVN/QX1ABC"},
    ),
    (
        'Lund, Peter; Berg, Anna, 2021, "Soil Cores from Jutland", https://doi.org/10.7910/DVN/ZZ9QRS, '
        "Harvard Dataverse, V1, UNF:6:Zx1abcQ==",
        {"publisher": "Harvard Dataverse", "publisher-place": None, "version": "1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide65_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_orcid_among_repository_names() -> None:
    assert_read_with_families(
        'Lund, Peter; Okafor, Helen; 0000-0001-2345-6789; Berg, Anna, 2021, "Soil Cores from Jutland", '
        "https://doi.org/10.5281/zenodo.123456, Zenodo, V2",
        {"families": ["Lund", "Okafor", "Berg"]},
    )
