"""A volume glued to the closing mark of an italic journal name (``_New England Review_38, no. 1``, as notes copied
from a formatted page give it): the mark still closes the italics, so the name and the volume part."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "4. Maria Ortiz, “Letters from the Coast,” _Southern Quarterly Review_41, no. 2 (2015): 33, JSTOR.",
        {"container-title": "Southern Quarterly Review", "volume": "41", "issue": "2", "page": "33"},
    ),
    (
        "Ortiz, Maria. “Letters from the Coast.” _Southern Quarterly Review_41, no. 2 (2015): 30-45.",
        {"container-title": "Southern Quarterly Review", "volume": "41", "issue": "2", "page": "30-45"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_volume_glued_to_an_italic_name_parts_from_it(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
