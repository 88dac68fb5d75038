"""Forms of Chicago notes a library guide prints: a blog post's or comment's time of day in parentheses after its date
(``August 27, 2017 (12:42 p.m.),``), set apart as a note; a bill's note whose title closes on a full stop
(``Act of 2002. H.R. 5005, 107th Cong. (2002).``) or that gives no year (``Act of 2009, H.R. 4005, 11th Cong.``);
a manuscript's ``(hereafter cited as …)`` and the town of the archive that keeps it (``…, Box 3, Folder 9, … fonds,
… Archives, Halifax, Nova Scotia``), no place of publication."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a blog post's note: the time after the date is no volume and pages
    (
        '1. Dana Whitlock, "Rivers Without Dams: A Report from the Field." The Watershed (blog), March 3, 2019'
        " (9:15 a.m.), https://watershed.example.org/2019/03/rivers-without-dams.",
        {
            "author": [{"family": "Whitlock", "given": "Dana"}],
            "container-title": "The Watershed",
            "issued": {"date-parts": [[2019, 3, 3]]},
            "volume": None,
            "page": None,
            "URL": "https://watershed.example.org/2019/03/rivers-without-dams",
        },
    ),
    # a comment on it: two dates, each with its time; the username alone is the author
    (
        '2. RiverFan22, March 4, 2019 (10:02 p.m.), comment on Dana Whitlock, "Rivers Without Dams: A Report from'
        ' the Field." The Watershed (blog), March 3, 2019 (9:15 a.m.), https://watershed.example.org/2019/03/rivers.',
        {
            "author": [{"literal": "RiverFan22"}],
            "volume": None,
            "page": None,
            "URL": "https://watershed.example.org/2019/03/rivers",
        },
    ),
    # a bill: its title closed by a full stop, and a note with no year
    (
        "1. Coastal Resilience Act of 2014. H.R. 3120, 113th Cong. (2014).",
        {
            "type": "bill",
            "title": "Coastal Resilience Act of 2014",
            "number": "H.R. 3120",
            "issued": {"date-parts": [[2014]]},
        },
    ),
    (
        "Rural Broadband Act of 2011, S. 812, 112th Cong.",
        {"type": "bill", "title": "Rural Broadband Act of 2011", "number": "S. 812", "issued": None},
    ),
    # a manuscript in an archive: the short form named for later notes is a note, no place; the archive's town
    # after its box, folder and fonds is no place of publication
    (
        "Manuscript of novel Harbour Lights by Ian Keating, 1985, MS-2-700.2010-011, Box 1, Folder 3, Ian Keating"
        " fonds, Memorial University Archives, St. John's, Newfoundland, Canada (hereafter cited as Manuscript, Ian"
        " Keating fonds).",
        {"note": "(hereafter cited as Manuscript, Ian Keating fonds)", "issued": {"date-parts": [[1985]]}},
    ),
    (
        "Typescript of play Salt Water by Ruth Dunn, 2002, MS-2-512.2015-004, Box 4, Folder 1, Ruth Dunn fonds,"
        " Dalhousie University Archives, Halifax, Nova Scotia, Canada.",
        {"publisher-place": None, "publisher": None, "issued": {"date-parts": [[2002]]}},
    ),
]

# neighbours that stay as they are: a journal's volume and pages, a date's time set after a comma, a bill with its
# year, a book's imprint after an archive's name
KEEP: list[tuple[str, dict[str, Any]]] = [
    (
        "Okafor, Nneka. “Tides of the Lagos Lagoon.” Journal of West African Waters 12, no. 3 (2015): 42–58.",
        {"volume": "12", "issue": "3", "page": "42-58"},
    ),
    (
        "Restore the Wetlands Act, H.R. 2210, 116th Cong. (2019).",
        {
            "type": "bill",
            "title": "Restore the Wetlands Act",
            "number": "H.R. 2210",
            "issued": {"date-parts": [[2019]]},
        },
    ),
    (
        "Hale, Martin. The Archive Keepers. Halifax, Nova Scotia: Nimbus, 2004.",
        {"publisher-place": "Halifax, Nova Scotia", "publisher": "Nimbus", "title": "The Archive Keepers"},
    ),
    (
        "Lund, Erik. 2012. “Fish Ladders in Norway.” In Rivers and People, edited by Ana Ruiz, 33–50. Oslo: Fagbok.",
        {"page": "33-50", "publisher-place": "Oslo", "publisher": "Fagbok"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEEP)
def test_guide70_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
