"""Two parts of one law are two entries: ``U.S. Const. art. I, § 8`` and ``U.S. Const. amend. XIV, § 2`` share
a title and no year, yet neither is the other's duplicate (a merge would leave one section a note)."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.records.duplicates import duplicate_report, groups


def test_sections_of_one_law_are_not_duplicates() -> None:
    items = [
        {"type": "legislation", "title": "U.S. Const.", "section": "art. I, § 8"},
        {"type": "legislation", "title": "U.S. Const.", "section": "amend. XIV, § 2"},
    ]
    assert groups(items) == []
    assert duplicate_report(items) == []


def test_read_sections_of_one_law_are_not_duplicates() -> None:
    items = [read_reference(t) for t in ("U.S. Const. art. I, § 8.", "U.S. Const. amend. XIV, § 2.")]
    assert groups(items) == []


def test_the_same_section_twice_is_one_work() -> None:
    items = [read_reference(t) for t in ("Human Rights Act 1998, s 3.", "Human Rights Act 1998 s 3.")]
    assert groups(items) == [[0, 1]]
