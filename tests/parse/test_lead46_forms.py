"""Forms the merged tree read with a loss, mended at the final read."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish "[w:]": a link after the holder's numbers stays the link, not a note left over
        (
            "S. Kolouszek, Sztolnie i chodniki [w:] Sztolnie, nr 2 / 2011, https://example.org/sztolnie.pdf",
            {"container-title": "Sztolnie", "issue": "2", "URL": "https://example.org/sztolnie.pdf", "note": None},
        ),
        (
            "J. Nowak, Twierdza Wrocław [w:] Fortyfikacje, t. V, Warszawa 1998, https://fort.pl/twierdza.pdf",
            {"container-title": "Fortyfikacje", "volume": "V", "URL": "https://fort.pl/twierdza.pdf", "note": None},
        ),
    ],
)
def test_polish_holder_keeps_what_follows_its_numbers(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
