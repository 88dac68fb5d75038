"""Mends of dates written in figures: ``18.10.2017`` read as a volume and an issue."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

# day.month.year as German and other European references write it
_DOTTED_DATE = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:1[5-9]\d\d|20\d\d)(?![\d.]\d)")
_NUMBERS = frozenset(["volume", "issue", "pages"])
_HINT = re.compile(r"\d\.\d\d?\.[12]\d\d\d")


def dotted_date(spans: list[Span], text: str) -> list[Span]:
    """``Royal Society, 18.10.2017, S. 12`` with ``18`` read as the volume and ``.10.2017`` as the
    issue: two touching spans of numbers that hold a dotted day, month and year are the date."""
    if _HINT.search(text) is None:
        return spans
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        # only where two spans of numbers touch (``18`` then ``.10.2017``), and only there
        if a.label not in _NUMBERS or b.label not in _NUMBERS or a.end != b.start or b.text[:1] != ".":
            continue
        m = _DOTTED_DATE.match(text, a.start)
        if m is None or m.end() > b.end:
            continue
        z = b.end
        date = Span("date", text[a.start : z], a.start, z, min(a.confidence, b.confidence))
        return [*spans[:k], date, *spans[k + 2 :]]
    return spans
