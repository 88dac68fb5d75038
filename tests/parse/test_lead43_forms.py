"""Forms two of the morning's rounds read worse together or alone, mended at the merges: a publisher's bracketed
name after a title's imprint sentence, and a page title's site after names dated ``(no date)``."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PLOS and Vancouver: the body's bracketed short name closes the publisher, no note
        (
            "51. Cadw. Heritage Impact Assessment in Wales. Cardiff: Welsh Government, Historic Environment Service "
            "(Cadw); 2017. Available: https://cadw.gov.wales/advice",
            {"publisher": "Welsh Government, Historic Environment Service (Cadw)", "publisher-place": "Cardiff"},
        ),
        (
            "Smith J. Heritage Impact Assessment in Wales. Cardiff: Welsh Government, Historic Environment Service "
            "(Cadw); 2017.",
            {"publisher": "Welsh Government, Historic Environment Service (Cadw)", "note": None},
        ),
        # ISO 690's imprint closing the title is still read apart
        (
            "Kráľ, Á. Fonetika a fonológia. Bratislava: Slovenské pedagogické nakladateľstvo. 1988.",
            {"publisher-place": "Bratislava", "publisher": "Slovenské pedagogické nakladateľstvo"},
        ),
        # Cite Them Right's web page: the name and its "(no date)" before a browser title with its site
        (
            "SampleFocus (no date) Free Electric Guitar samples, sounds, and loops | Sample Focus. Available at: "
            "https://samplefocus.com/categories/electric-guitar (Accessed: April 29, 2021).",
            {
                "author": [{"literal": "SampleFocus"}],
                "title": "Free Electric Guitar samples, sounds, and loops | Sample Focus",
            },
        ),
        (
            "Python (programming language) — Wikipedia. Retrieved March 3, 2024, from "
            "https://en.wikipedia.org/wiki/Python_(programming_language)",
            {"title": "Python (programming language)", "container-title": "Wikipedia"},
        ),
    ],
)
def test_read_as(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
