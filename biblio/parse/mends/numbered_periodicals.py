"""Mend of a periodical's name read as a place before its numbers.

The Brazilian journals' form ``Title. Secuencia, n.45, p.5-26. 1999.`` names the periodical with no
marks, then its number (``n.``) or volume (``v.``) behind a comma. The labeller, which has seen a place
before such numbers in ABNT's ``*Journal*, Rio de Janeiro, v. 20``, reads the name as a place. Where no
periodical was read at all, a place just before a marked number is the periodical.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_MARKED_NUMBER = lazy_pattern(r"^\s*(?:v|n|vol|no|nº|n°)\.?\s?\d")
_WORKS = frozenset({"journal", "container-title", "publisher"})


@needs(labels=("location", "title"), any_label=("issue", "volume"), without=("journal", "container-title"))
def place_before_numbers_is_periodical(spans: list[Span], text: str) -> list[Span]:
    """``Title. | Secuencia, | n.45, | p.5-26.``: the "place" before a marked number, in a record with no
    periodical, is the periodical."""
    if any(s.label in _WORKS for s in spans) or sum(s.label == "location" for s in spans) != 1:
        return spans
    for k in range(1, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if (s.label == "location" and spans[k - 1].label == "title" and nxt.label in ("issue", "volume")
                and _MARKED_NUMBER.match(nxt.text)):
            return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
