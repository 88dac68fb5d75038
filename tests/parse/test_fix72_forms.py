"""Forms read since round fix72: a notes style's imprint bracket with a comma where the colon belongs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

_BRACKET_COMMA_IMPRINTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Smith, John. The Book of Halifax (Halifax, Imaginary Publishing INC, 1998).",
        {"title": "The Book of Halifax", "publisher-place": "Halifax", "publisher": "Imaginary Publishing INC"},
    ),
    (
        "Smith, John. The Book of Halifax. (Halifax, Imaginary Publishing INC, 1998).",
        {"title": "The Book of Halifax", "publisher-place": "Halifax", "publisher": "Imaginary Publishing INC"},
    ),
    (
        "Brown, Anne. Coastal Lives (Halifax, Nimbus Publishing, 2003).",
        {"title": "Coastal Lives", "publisher-place": "Halifax", "publisher": "Nimbus Publishing"},
    ),
    (
        "Lee, Mark. Coastal Lives (Boston, Beacon Press, 1987), 45.",
        {"title": "Coastal Lives", "publisher-place": "Boston", "publisher": "Beacon Press", "page": "45"},
    ),
    (
        "Pollan, Michael. The Omnivore's Dilemma. New York, Penguin, 2004.",
        {"title": "The Omnivore's Dilemma", "publisher-place": "New York", "publisher": "Penguin"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BRACKET_COMMA_IMPRINTS)
def test_bracket_imprint_with_comma(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
