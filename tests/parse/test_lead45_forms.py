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
