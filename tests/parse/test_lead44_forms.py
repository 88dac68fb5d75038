"""Parse cases mended where two rounds' rules met: a person's name cut by the labeller before its colon, then an
italic title and its imprint (the title ends with the italics; the imprint keeps its label)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kondrup, Johnny: *Editionsfilologi*, København: Museum Tusculanum Press 2011",
            {"title": "Editionsfilologi", "publisher-place": "København", "publisher": "Museum Tusculanum Press"},
        ),
        (
            "Bortoni Salvadori, Fabia: *Il titolo*, Firenze: Olschki 2001",
            {"author": [{"family": "Bortoni Salvadori", "given": "Fabia"}], "title": "Il titolo"},
        ),
        (
            "Bortoni Salvadori, Fabia: ‘Il titolo’, Firenze: Olschki 2001",
            {"title": "Il titolo", "publisher-place": "Firenze"},
        ),
    ],
)
def test_colon_names_then_italic_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
