"""Web forms: a site's name of two or three words before a linked title is the container, a person's stays the
author, a site's name before a plain title with a colon stays the author, and Cite Them Right's title before
``(no date)`` with a comma in it, an MMWR citation's numbers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Stack Overflow, [How do I undo the most recent local commits in Git?](https://stackoverflow.com/q/927358)",
        {
            "container-title": "Stack Overflow",
            "title": "How do I undo the most recent local commits in Git?",
            "author": None,
        },
    ),
    (
        "MDN Web Docs, [Array.prototype.map()](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/"
        "Global_Objects/Array/map)",
        {"container-title": "MDN Web Docs", "author": None},
    ),
    (
        "CSS Tricks, [A Complete Guide to Flexbox](https://css-tricks.com/snippets/css/a-guide-to-flexbox/)",
        {"container-title": "CSS Tricks", "title": "A Complete Guide to Flexbox", "author": None},
    ),
    (
        "Free Code Camp, [How to Use Git](https://www.freecodecamp.org/news/git/)",
        {"container-title": "Free Code Camp", "title": "How to Use Git", "author": None},
    ),
    (
        "Mathias Bynens, [JavaScript has a Unicode problem](https://mathiasbynens.be/notes/javascript-unicode)",
        {"author": [{"family": "Bynens", "given": "Mathias"}], "container-title": None},
    ),
    (
        "Julia Evans, [How DNS works](https://jvns.ca/blog/how-dns-works/)",
        {"author": [{"family": "Evans", "given": "Julia"}], "container-title": None},
    ),
    (
        "Statistics How To, Kriging: Definition, Examples. https://www.statisticshowto.com/kriging/",
        {"author": [{"literal": "Statistics How To"}], "title": "Kriging: Definition, Examples"},
    ),
    (
        "Centers for Disease Control and Prevention (CDC). Vital signs: trends in use. MMWR Morb Mortal Wkly Rep "
        "2017;66(8):214–218.",
        {"container-title": "MMWR Morb Mortal Wkly Rep", "volume": "66", "issue": "8", "page": "214-218"},
    ),
    (
        "Cancer screening programs: Quarterly Data, about (no date) Australian Institute of Health and Welfare. "
        "Available at: https://www.aihw.gov.au/reports/cancer-screening/contents/about (Accessed: 18 March 2024).",
        {
            "title": "Cancer screening programs: Quarterly Data, about",
            "container-title": "Australian Institute of Health and Welfare",
            "author": None,
        },
    ),
    (
        "Map projections, overview (no date) Ordnance Survey. Available at: https://www.ordnancesurvey.co.uk/x "
        "(Accessed: 3 March 2021).",
        {"title": "Map projections, overview", "container-title": "Ordnance Survey", "author": None},
    ),
    (
        "Vaccines, how they work (no date) NHS inform. Available at: https://www.nhsinform.scot/v (Accessed: 3 March "
        "2021).",
        {"title": "Vaccines, how they work", "container-title": "NHS inform", "author": None},
    ),
    (
        "Vital Signs: Trends in Use of Naloxone. MMWR Weekly / March 3, 2017 / 66(8);214–218.",
        {"container-title": "MMWR Weekly", "volume": "66", "issue": "8", "page": "214-218"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix69_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
