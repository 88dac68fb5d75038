"""Checks the form-case files share: the fields a reference is read with, and whether its reading is flagged."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference


def assert_read_as(text: str, expected: dict[str, Any]) -> None:
    """``text`` read with each of ``expected``'s values (``None``: the field absent)."""
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, (var, item.get(var))


def needs_review(text: str) -> bool:
    """Whether the reading of ``text`` carries the needs-review flag."""
    return "needs-review" in parse_reference(text).get("custom", {}).get("biblio", {}).get("flags", [])
