"""Checks the form-case files share: the fields a reference is read with, and whether its reading is flagged."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.review.marks import _field_own_mark
from biblio.parse.tokens import tokenize


def assert_read_as(text: str, expected: dict[str, Any]) -> None:
    """``text`` read with each of ``expected``'s values (``None``: the field absent)."""
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, (var, item.get(var))


def read_fields(text: str) -> dict[str, Any]:
    """The record ``text`` is read as, without its ``custom`` block."""
    item = dict(parse_reference(text))
    item.pop("custom", None)
    return item


def assert_read_with_families(text: str, expected: dict[str, Any]) -> None:
    """As ``assert_read_as``, where ``families`` stands for the list of the authors' family names."""
    item = parse_reference(text)
    for field, value in expected.items():
        if field == "families":
            assert [name.get("family") for name in item.get("author", [])] == value
        else:
            assert item.get(field) == value, (field, item.get(field))


def needs_review(text: str) -> bool:
    """Whether the reading of ``text`` carries the needs-review flag."""
    return "needs-review" in parse_reference(text).get("custom", {}).get("biblio", {}).get("flags", [])


def own_mark(words: list[tuple[str, str]], left: str, right: str) -> bool:
    """Whether the review takes the mark between the words ``left`` and ``right`` of ``words`` (text, label) for the
    field's own (no boundary the reading ran over)."""
    text = "".join(w for w, _ in words)
    tokens = tokenize(text)
    labels: list[str] = []
    at = 0
    for tok in tokens:
        while at + 1 < len(words) and tok.start >= sum(len(w) for w, _ in words[: at + 1]):
            at += 1
        labels.append(words[at][1])
    idx = [i for i, t in enumerate(tokens) if t.kind in ("word", "url", "doi", "ent")]
    a = next(i for i in idx if tokens[i].text == left)
    b = next(i for i in idx if i > a and tokens[i].text == right)
    return _field_own_mark(tokens, labels, a, b)
