"""Forms read right in round docs46: author-year labels as an RFC's list writes them, a link's "(pdf)"."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_with_families

CASES: list[tuple[str, dict[str, Any]]] = [
    # "et. al." with commas around it: a label, not the entry's first words
    (
        '[Appelman, et. al., 1995] Appelman, Heller, Ehrman, White, and McAuliffe, "The Law and The Internet", '
        "USENIX 1995 Technical Conference on UNIX and Advanced Computing, New Orleans, LA, January 16-20, 1995.",
        {"citation-label": "Appelman, et. al., 1995", "title": "The Law and The Internet"},
    ),
    (
        '[Wood, et.al., 1987] C. Wood, W. Banks, S. Guarro, A. Garcia, V. Hampel, and H. Sartorio, "Computer Security: '
        'A Comprehensive Controls Checklist", John Wiley and Sons, Interscience Publication, 1987.',
        {
            "citation-label": "Wood, et.al., 1987",
            "families": ["Wood", "Banks", "Guarro", "Garcia", "Hampel", "Sartorio"],
        },
    ),
    # three names listed in the label
    (
        "[Icove, Seger, and VonStorch, 1995] D. Icove, K. Seger, and W. VonStorch, \"Computer Crime: A Crimefighter's "
        "Handbook\", O'Reilly & Associates, Sebastopol, CA, 1995.",
        {"citation-label": "Icove, Seger, and VonStorch, 1995", "families": ["Icove", "Seger", "VonStorch"]},
    ),
    # an acronym and the year: a key, though the entry spells the body out
    (
        '[ABA, 1989] American Bar Association, Section of Science and Technology, "Guide to the Prosecution of '
        'Telecommunication Fraud by the Use of Computer Crime Statutes", American Bar Association, 1989.',
        {
            "citation-label": "ABA, 1989",
            "title": "Guide to the Prosecution of Telecommunication Fraud by the Use of Computer Crime Statutes",
        },
    ),
    (
        '[CSC-STD-002-85, 1985] Department of Defense, "Password Management Guideline", CSC-STD-002-85, 12 April 1985, '
        "31 pages.",
        {"citation-label": "CSC-STD-002-85, 1985", "title": "Password Management Guideline"},
    ),
    # the day a preprint was posted, after its number: the date, the number kept
    (
        'Vaswani et al., "Attention Is All You Need", arXiv:1706.03762, 2017-06-12.',
        {"issued": {"date-parts": [[2017, 6, 12]]}, "number": "arXiv:1706.03762"},
    ),
    (
        'Beck et al., "xLSTM: Extended Long Short-Term Memory", arXiv:2405.04517, 2024-05-07. '
        "https://arxiv.org/abs/2405.04517",
        {"issued": {"date-parts": [[2024, 5, 7]]}, "title": "xLSTM: Extended Long Short-Term Memory"},
    ),
    # the file format a blog's link names after the title is no part of it
    ("Multicore OCaml (pdf). https://ocaml.org/meetings/ocaml/2014/ocaml2014_1.pdf", {"title": "Multicore OCaml"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_docs46_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_with_families(text, expected)
