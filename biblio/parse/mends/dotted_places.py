"""Mends of a place abbreviated with full stops (``U.S.A.``, ``U.K.``) cut in two: the tokens part at each
stop, and the model may read the last letters (``.A.``) as another field, a lone initial among them."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# a place that ends in a dotted abbreviation's first letters ("Cambridge U", "U.S")
_CUT_PLACE = lazy_pattern(r".*(?:^|[\s,])[A-Z](?:\.[A-Z])*")
# the rest of it: the stops and letters left (".A.", ".K.")
_TAIL = lazy_pattern(r"\.(?:[A-Z]\.)+")


@needs(labels=("location",), marks=(".",))
def dotted_place_whole(spans: list[Span], text: str) -> list[Span]:
    """``Yale University Press, U.S.A. (1986)`` read as the place ``U.S`` and an author ``.A.``: the
    letters and stops right after a place that ends in a dotted abbreviation's letters are the place's."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "location" or t.start != s.end or not _TAIL.fullmatch(t.text.rstrip(",;")):
            continue
        if not _CUT_PLACE.fullmatch(s.text):
            return spans
        place = Span("location", text[s.start : t.end], s.start, t.end, min(s.confidence, t.confidence))
        return [*spans[:k], place, *spans[k + 2 :]]
    return spans
