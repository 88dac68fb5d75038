"""Mend of a publisher cut in two: ``University of Chicago`` read as publisher ``University of``
and place ``Chicago``."""

from __future__ import annotations

import re

from biblio.parse.spans import Span

_OPEN_END = re.compile(r"\b(?:of|for|de|di|du|der|für)\s*$", re.I)


def publisher_open_end(spans: list[Span], text: str) -> list[Span]:
    """A publisher that ends in ``of`` (``for``, ``de`` …) goes on into the place read
    after it: a name never ends in a preposition, so the place is the rest of the name."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "publisher" or nxt.label != "location" or not _OPEN_END.search(s.text):
            continue
        if text[s.end : nxt.start].strip():
            return spans
        joined = Span("publisher", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans
