"""Mend of the ``volume:page`` form (``The Astrophysical Journal, 548:224``): with no page read, a
number after the colon that closes the volume is the page, not the issue."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

_AFTER_COLON = re.compile(r"\s*:\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\W*$")


def page_after_colon(spans: list[Span], text: str) -> list[Span]:
    """``548:224,`` read as volume ``548`` and issue ``:224``: an issue is bracketed or marked
    (``(2)``, ``no. 2``); a bare number after the volume's colon is the page."""
    if ":" not in text:
        return spans
    if any(s.label == "pages" for s in spans):
        return spans
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label == "issue" and before.label == "volume" and _AFTER_COLON.match(text, s.start, s.end):
            if text[before.end : s.start].strip():
                return spans
            return [*spans[:k], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
