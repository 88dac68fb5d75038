"""Forms the merged tree read worse than its rounds did, mended at the merge."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vancouver's chapter whose book holds a volume after a comma: the book as read, not cut at "vol."
        (
            "[102] Roth FWE. Glossae Hildigardis. In: Steinmeyer E, Sievers E, editors. Die Althochdeutschen Glossen, "
            "vol. III, Zürich: Wiedmann; 1895, p. 390–404.",
            {"type": "chapter", "container-title": "Die Althochdeutschen Glossen", "volume": "III", "page": "390-404"},
        ),
        (
            "Meyer A, Braun K. Die Stadt im Mittelalter. In: Weber H, editor. Handbuch der Stadtgeschichte, vol. II, "
            "Berlin: De Gruyter; 2001, p. 45–67.",
            {"type": "chapter", "container-title": "Handbuch der Stadtgeschichte", "volume": "II", "page": "45-67"},
        ),
    ],
)
def test_vancouver_chapter_keeps_its_book_before_a_volume(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an older note's "tr." after an author whose family name has its particle
        (
            "1. Simone de Beauvoir, The Second Sex, tr. H. M. Parshley (New York: Vintage, 1989), 267.",
            {"title": "The Second Sex", "translator": [{"family": "Parshley", "given": "H. M."}], "editor": None},
        ),
        (
            "3. Ludwig van Beethoven, Letters, tr. Emily Anderson (London: Macmillan, 1961), 45.",
            {"title": "Letters", "translator": [{"family": "Anderson", "given": "Emily"}], "editor": None},
        ),
    ],
)
def test_note_with_particle_author_and_translator(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
