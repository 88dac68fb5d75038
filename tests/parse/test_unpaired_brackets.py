"""A bracket a field value does not pair belongs to the text around the field, not to the value."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.text import strip_value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("Princeton University).", "Princeton University"),
        ("(Boston", "Boston"),
        ("Like water for chocolate]", "Like water for chocolate"),
        # paired brackets stay, at either end
        ("Proceedings (Part 2)", "Proceedings (Part 2)"),
        ("(Re)thinking Media", "(Re)thinking Media"),
        ("[Review of the book]", "[Review of the book]"),
        # an italic mark or the period closing the field before, left at an edge
        ("* (Lecture Notes in Computer Science)", "(Lecture Notes in Computer Science)"),
        ("* (Boston", "Boston"),
        (". Modeling task relationships", "Modeling task relationships"),
        (".NET Framework", ".NET Framework"),
        (". . . And Ladies of the Club", ". . . And Ladies of the Club"),
        ("NIPS*92", "NIPS*92"),
    ],
)
def test_strip_value_drops_only_an_unpaired_end_bracket(raw: str, value: str) -> None:
    assert strip_value(raw) == value


@pytest.mark.parametrize(
    "text",
    [
        "Nash, J.F., 1950. Non-cooperative games (Doctoral dissertation, Princeton University).",
        "Shannon CE. A symbolic analysis of relay and switching circuits (Master's thesis, "
        "Massachusetts Institute of Technology).",
    ],
)
def test_a_thesis_school_closing_its_bracket_keeps_no_bracket(text: str) -> None:
    item = parse_reference(text)
    assert not item["publisher"].endswith(")")
    assert item["publisher"].endswith("Institute of Technology") or item["publisher"] == "Princeton University"
