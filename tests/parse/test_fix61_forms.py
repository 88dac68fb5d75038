"""Forms misread in real lists, round fix61: a person's name of several given names in natural order before an
author-date year (philosophy and German studies lists), and a British journal's part with its German-style pages
after the volume.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georg Christoph Lichtenberg (1994): Sudelbücher. München: Hanser.",
         {"author": [{"family": "Lichtenberg", "given": "Georg Christoph"}]}),
        ("Georg Christoph Lichtenberg (2012): _Aphorismen_, ed. by Friedrich Sengle, Stuttgart: Reclam.",
         {"author": [{"family": "Lichtenberg", "given": "Georg Christoph"}], "publisher": "Reclam"}),
        ("Johann Gottfried Herder (1772): Abhandlung über den Ursprung der Sprache. Berlin: Voß.",
         {"author": [{"family": "Herder", "given": "Johann Gottfried"}]}),
        ("Johann Georg Hamann (1762): Kreuzzüge des Philologen. Königsberg: Kanter.",
         {"author": [{"family": "Hamann", "given": "Johann Georg"}]}),
    ],
)  # fmt: skip
def test_given_names_in_natural_order_before_the_year_are_a_person(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Gibbons**, James: Politics and the Playwright: J. M. R. Lenz and „Die Soldaten“. In: The Modern Language "
         "Review (Leeds), Vol. 96 (2001), Pt. 3, S. 732-746.",
         {"volume": "96", "issue": "3", "page": "732-746", "note": None}),
        ("Kern, Peter: Lenz und die Bühne. In: Oxford German Studies, Vol. 30 (2001), Pt. 1, S. 45-67.",
         {"volume": "30", "issue": "1", "page": "45-67", "note": None}),
        ("Smith, John: Dramatic form in Lenz. In: German Life and Letters, Vol. 54 (2001), Pt. 2, S. 101-118.",
         {"volume": "54", "issue": "2", "page": "101-118", "note": None}),
    ],
)  # fmt: skip
def test_a_journal_part_before_german_pages_is_the_issue(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
