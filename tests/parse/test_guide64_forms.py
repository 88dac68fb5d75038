"""Forms of style guides' business, film and chapter examples (round guide64, set ``guides_real35``): a Chicago film's
release with no year after its distributor and the medium or streaming service run on (``(2015; Focus Features),
Hulu.``, the entry's ``2015; Focus Features. Blu-ray.``); a chapter of a one-author book named by its number before
the book (``chap. 4 in Book``); APA's industry reports with a bare code in brackets (``(44512A)``), the kind and number
in a sentence after the title or before it (``IBISWorld Industry Report 81211a.``), the day it was read before
``from`` with no comma, the service named by its domain (``Retrieved from
IBISWorld.com``) or a database that publishes nothing (``ABI/INFORM Global.``); a statistics table's code with
letters (``(Table AB2100CSA01)``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Carol, directed by Todd Haynes. (2015; Focus Features), Hulu.",
        {"title": "Carol", "publisher": "Focus Features", "medium": "Hulu", "issued": {"date-parts": [[2015]]}},
    ),
    (
        "“The Diner,” Carol, directed by Todd Haynes. (2015; The Weinstein Company), DVD.",
        {
            "title": "The Diner",
            "container-title": "Carol",
            "publisher": "The Weinstein Company",
            "medium": "DVD",
            "note": None,
        },
    ),
    (
        "Haynes, Todd, dir. Carol. 2015; Focus Features. Blu-ray.",
        {"title": "Carol", "publisher": "Focus Features", "medium": "Blu-ray"},
    ),
    (
        "3. Ruth Harris, \"The Miracle Cures,\" chap. 4 in Lourdes: Body and Spirit in the Secular Age (London: "
        "Allen Lane, 1999), 112.",
        {
            "title": "The Miracle Cures",
            "container-title": "Lourdes: Body and Spirit in the Secular Age",
            "publisher": "Allen Lane",
        },
    ),
    (
        "Harris, Ruth. \"The Miracle Cures.\" Chapter 4 in Lourdes: Body and Spirit in the Secular Age. London: "
        "Allen Lane, 1999.",
        {"title": "The Miracle Cures", "container-title": "Lourdes: Body and Spirit in the Secular Age"},
    ),
    (
        "Oyelaran, K. (2022, June). Hair and nail salons in the US (81211A). [US industry report]. Retrieved from "
        "IBISWorld.com",
        {
            "title": "Hair and nail salons in the US",
            "number": "81211A",
            "page": None,
            "publisher": None,
            "archive": "IBISWorld.com",
        },
    ),
    (
        "Oyelaran, K. (2022, June). Hair and Nail Salons in the US. IBISWorld Industry Report 81211a. Retrieved "
        "July 1, 2022 from IBISWorld database.",
        {"title": "Hair and Nail Salons in the US", "container-title": None, "number": "81211a"},
    ),
    (
        "Nguyen, T. (2021). IBISWorld Industry Report 44813. Shoe Stores in the US. Retrieved March 4, 2021 from "
        "IBISWorld database.",
        {
            "title": "Shoe Stores in the US",
            "number": "44813",
            "archive": "IBISWorld database",
            "accessed": {"date-parts": [[2021, 3, 4]]},
        },
    ),
    (
        "Oxford Economics. (n.d.). Brazil retail outlook Q3 2021 [Industry profile]. ABI/INFORM Global.",
        {"title": "Brazil retail outlook Q3 2021", "publisher": None, "archive": "ABI/INFORM Global"},
    ),
    (
        "U.S. Census Bureau. (2018). Retail trade: Summary statistics for the US (Table AB2100CSA01) [Data set]. U.S. "
        "Department of Commerce.",
        {
            "title": "Retail trade: Summary statistics for the US",
            "number": "AB2100CSA01",
            "publisher": "U.S. Department of Commerce",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guide64_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
