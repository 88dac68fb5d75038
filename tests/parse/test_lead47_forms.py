"""Forms the merged tree read with a stray value, mended at the merges and the final read."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


# a quoted title's last letters are no outlet: the initial of the name after the quote is not a container
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'RFC 2119, "Key words for use in RFCs to Indicate Requirement Levels", S. Bradner.',
            {"title": "Key words for use in RFCs to Indicate Requirement Levels", "container-title": None},
        ),
        (
            'RFC 1034, "DOMAIN NAMES - CONCEPTS AND FACILITIES", S. Mockapetris.',
            {"title": "DOMAIN NAMES - CONCEPTS AND FACILITIES", "container-title": None},
        ),
    ],
)
def test_initial_after_quoted_title_is_no_outlet(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
