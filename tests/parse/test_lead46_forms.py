"""Forms the merged tree read with a loss or undid, mended at the final read."""

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


# a person, a bracketed year and a colon before the title keep author and date when a link closes the reference
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Immanuel Kant (1781): Kritik der reinen Vernunft. https://example.org/kant-kritik",
            {"author": [{"family": "Kant", "given": "Immanuel"}], "title": "Kritik der reinen Vernunft"},
        ),
        (
            "Georg Simmel (1900): Philosophie des Geldes. https://www.gutenberg.org/ebooks/12345",
            {"author": [{"family": "Simmel", "given": "Georg"}], "title": "Philosophie des Geldes"},
        ),
    ],
)
def test_person_year_colon_keeps_its_author_before_a_link(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
