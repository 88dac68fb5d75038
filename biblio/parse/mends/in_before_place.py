"""Mend of ABNT's ``In:`` before a place with no book named (CSL's ABNT rendering of a paper whose proceedings
have no title: ``SMITH, John. Title. In: Vienna, Austria: 2003.``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "In:" then the place and its colon, nothing else (no publisher after the colon)
_IN_PLACE = lazy_pattern(r"In:\s+(?=[A-Z\u00c0-\u00de][^:;\d]{1,80}:?\s*$)")


@needs(labels=["location"], marks=("In:",))
def in_before_place(spans: list[Span], text: str) -> list[Span]:
    """``In: Vienna, Austria: 2003.`` read as one place span, ``In`` then taken as the publisher: ``In:`` only
    announces the (unnamed) proceedings, and the place is what follows it."""
    for k, s in enumerate(spans):
        if s.label != "location" or (m := _IN_PLACE.match(s.text)) is None:
            continue
        a = s.start + m.end()
        return [*spans[:k], Span("location", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans
