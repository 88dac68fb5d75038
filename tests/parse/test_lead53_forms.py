"""A volume's part closing a book's title before its town (``Het archief van X. Deel I - Inventaris, Brussel.``):
``Deel I``, ``Part 2``, ``Teil II`` open the title's last part, never a publisher's name, so the APA reader no longer
takes ``Deel I - Inventaris`` for the house once the town after it is known; and a journal's name after an article's
italic title keeps its volume, issue and month apart (``*Title.* The R Journal 4 (1): June, 2012.``), not one name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Asaert, G. (1976) Het archief van de Abdij van Boudelo te Sinaai-Waas en te Gent. Deel I - Inventaris, "
        "Brussel.",
        {"title": "Het archief van de Abdij van Boudelo te Sinaai-Waas en te Gent. Deel I - Inventaris",
         "publisher": None, "publisher-place": "Brussel"},
    ),
    (
        "Peeters, H. (1988) De abdij van Park en haar goederen. Deel II - Regesten, Leuven.",
        {"title": "De abdij van Park en haar goederen. Deel II - Regesten", "publisher": None,
         "publisher-place": "Leuven"},
    ),
]


JOURNAL_CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "T. P. Jurka. *maxent: An R package for low-memory multinomial logistic regression with support for "
        "semi-automated text classification.* The R Journal 4 (1): June, 2012.",
        {"container-title": "The R Journal", "volume": "4", "issue": "1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOURNAL_CASES)
def test_journal_keeps_its_numbers_apart(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_part_word_is_no_publisher(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
