"""Numbers a field's last words name: Greek ``Τόμος Γ’`` and ``σελ. 225``, Dutch ``22-2 (mei 2012)``, and a
newspaper's weekday before its date (``Samstag 5. März 2022``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # Greek page word before the pages, left closing the publisher
    (
        "Τζάρτζανος, Αχιλλέας, 2002. *Νεοελληνική Σύνταξις της Κοινής Δημοτικής*. Αθήνα: Εκδόσεις Κυριακίδη. σελ. 225.",
        {"publisher": "Εκδόσεις Κυριακίδη", "page": "225", "note": None},
    ),
    (
        "Παπαδόπουλος, Γιώργος. 1995. *Ιστορία της Θεσσαλονίκης*. Θεσσαλονίκη: Εκδόσεις Βάνιας. σελ. 45-67.",
        {"publisher": "Εκδόσεις Βάνιας", "page": "45-67", "note": None},
    ),
    # Greek volume word and numeral after the italic title
    (
        "Κλαίρης, Χρήστος & Γεώργιος Μπαμπινώτης. 2001. *Γραμματική της Νέας Ελληνικής* Τόμος Γ’. 2η έκδοση. "
        "Αθήνα: Ελληνικά Γράμματα.",
        {"title": "Γραμματική της Νέας Ελληνικής", "volume": "Γ", "edition": "2", "note": None},
    ),
    # Dutch volume-issue before the bracketed month and year
    (
        "Borgers, H., 'Vooroorlogse Bemmelse voetbalverenigingen', in: Historische Kring Bemmel 22-2 (mei 2012), "
        "p. 57-59.",
        {"container-title": "Historische Kring Bemmel", "volume": "22", "issue": "2", "page": "57-59"},
    ),
    (
        "Vries, J. de, 'Sport in Leiden', in: Leids Jaarboekje 31-1 (maart 1998), p. 101-115.",
        {"container-title": "Leids Jaarboekje", "volume": "31", "issue": "1", "page": "101-115"},
    ),
    # a newspaper's weekday before its day, month and year
    (
        "Klingenberg, Daniel, Affären, Missbrauchsgerüchte und Bodenseepiraten, in: St. Galler Tagblatt, "
        "Samstag 5. März 2022, S. 26-27.",
        {"container-title": "St. Galler Tagblatt", "volume": None, "issued": {"date-parts": [[2022, 3, 5]]}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_closing_numbers(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
