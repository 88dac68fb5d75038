"""Forms of hand-written reference lists of UK planners, NHS and student reports (realworld31): a UK Act's and a
statutory instrument's year part of its short title (no date of its own), an instrument cited with its number in
brackets and Harvard's imprint (``… Regulations 2015 (SI 2015/51). London: The Stationery Office.``), ``etc.`` in an
instrument's title, a UK parliamentary paper's number after a plain title (``Title. Cm 9607. London: …``), an
edition's revised text (``5th ed., text rev.``, ``5th edn, text revision``) and the USGS's versioned data release
(``Title (ver. 1.1, June 2025): U.S. Geological Survey data release``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as, needs_review

TSO = {"publisher": "The Stationery Office", "publisher-place": "London"}

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Levelling-up and Regeneration Act 2023, c. 55. London: The Stationery Office.",
        {"title": "Levelling-up and Regeneration Act 2023", "number": "c. 55", "issued": None, **TSO},
    ),
    (
        "Planning (Listed Buildings and Conservation Areas) Act 1990, c. 9. London: HMSO.",
        {"title": "Planning (Listed Buildings and Conservation Areas) Act 1990", "issued": None, "publisher": "HMSO"},
    ),
    ("Human Rights Act 1998.", {"type": "legislation", "title": "Human Rights Act 1998", "issued": None}),
    (
        "Construction (Design and Management) Regulations 2015 (SI 2015/51). London: The Stationery Office.",
        {
            "title": "Construction (Design and Management) Regulations 2015",
            "number": "SI 2015/51",
            "issued": None,
            **TSO,
        },
    ),
    (
        "Town and Country Planning (Development Management Procedure) (England) Order 2015 (SI 2015/595). London: "
        "The Stationery Office.",
        {
            "title": "Town and Country Planning (Development Management Procedure) (England) Order 2015",
            "number": "SI 2015/595",
            "author": None,
            "container-title": None,
            **TSO,
        },
    ),
    (
        "Building Regulations etc. (Amendment) (England) Regulations 2023 (SI 2023/911). London: The Stationery "
        "Office.",
        {"title": "Building Regulations etc. (Amendment) (England) Regulations 2023", "number": "SI 2023/911", **TSO},
    ),
    (
        "Hackitt, J. (2018) Building a Safer Future: Independent Review of Building Regulations and Fire Safety, Final "
        "Report. Cm 9607. London: The Stationery Office.",
        {
            "title": (
                "Building a Safer Future: Independent Review of Building Regulations and Fire Safety, Final Report"
            ),
            "number": "Cm 9607",
            **TSO,
        },
    ),
    (
        "National Audit Office (2020) Crossrail: A Progress Update. HC 1229. London: National Audit Office.",
        {"title": "Crossrail: A Progress Update", "number": "HC 1229", "publisher": "National Audit Office"},
    ),
    (
        "American Psychiatric Association (2022) Diagnostic and statistical manual of mental disorders. 5th edn, text "
        "revision. Washington, DC: American Psychiatric Publishing.",
        {"title": "Diagnostic and statistical manual of mental disorders", "edition": "5"},
    ),
    (
        "American Psychiatric Association (2022) *Diagnostic and statistical manual of mental disorders*. 5th edn, "
        "text revision. Washington, DC: American Psychiatric Publishing.",
        {"edition": "5", "note": None, "publisher": "American Psychiatric Publishing"},
    ),
    (
        "American Psychiatric Association. (2022). *Diagnostic and statistical manual of mental disorders* (5th ed., "
        "text rev.). https://doi.org/10.1176/appi.books.9780890425787",
        {"edition": "5", "note": None, "DOI": "10.1176/appi.books.9780890425787"},
    ),
    (
        "U.S. Geological Survey (USGS), 2024, Annual NLCD Collection 1 Science Products (ver. 1.1, June 2025): U.S. "
        "Geological Survey data release, https://doi.org/10.5066/P94UXNTS . Accessed on 14 Mar 2026",
        {
            "title": "Annual NLCD Collection 1 Science Products",
            "publisher": "U.S. Geological Survey",
            "version": "1.1",
            "issued": {"date-parts": [[2024]]},
        },
    ),
    (
        "Smith, J.A., 2020, Groundwater levels in Ohio (ver. 2.0, May 2021): U.S. Geological Survey data release, "
        "https://doi.org/10.5066/P9ABCDEF.",
        {"title": "Groundwater levels in Ohio", "publisher": "U.S. Geological Survey", "version": "2.0"},
    ),
    (
        "Jones, B., 2019, Streamflow records for Idaho (ver. 1.1): U.S. Geological Survey data release, "
        "https://doi.org/10.5066/P9XYZ.",
        {"title": "Streamflow records for Idaho", "version": "1.1", "note": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw52_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_rw52_forms_unflagged(text: str) -> None:
    assert not needs_review(text)
