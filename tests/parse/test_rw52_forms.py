"""Forms of hand-written reference lists of UK planners, NHS and student reports (realworld31): a UK Act's and a
statutory instrument's year part of its short title (no date of its own), an instrument cited with its number in
brackets and Harvard's imprint (``… Regulations 2015 (SI 2015/51). London: The Stationery Office.``), ``etc.`` in an
instrument's title, a UK parliamentary paper's number after a plain title (``Title. Cm 9607. London: …``), and an
edition's revised text (``5th ed., text rev.``, ``5th edn, text revision``)."""

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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw52_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_rw52_forms_unflagged(text: str) -> None:
    assert not needs_review(text)
