"""Mend of a series after ``vol. N of``: SIAM's and the AMS's ``Title, vol. 46 of Lecture Notes in Computational
Science and Engineering, Springer, Berlin, 2005.`` with ``of Lecture Notes …`` read as the book a chapter is
in; the volume is the series', and the series is no container."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_VOLUME_WORD = lazy_pattern(r"\s*(?:vol\.|volume)\s+\w{1,6}[\s,]*$", re.I)
_OF = lazy_pattern(r"\s*of\s+(?=[A-Z])")
# a series' last words read apart as a note: "and Engineering,"
_LINKED_TAIL = lazy_pattern(r"\s*(?:and|in|of|for|&)\s+[A-Z][^,.;()]*,?\s*$")
_WORKS = frozenset(["journal", "container-title", "collection-title"])


@needs(labels=["volume", "title"], any_label=["journal", "container-title", "collection-title"], marks=(" of ",))
def series_after_volume_word(spans: list[Span], text: str) -> list[Span]:
    """A journal or container span right after ``vol. N`` that opens on ``of``: ``of`` is no field and the rest
    is the series."""
    if not any(s.label == "title" for s in spans):
        return spans  # (what its declaration says: a reading with no title is left as it is)
    for k in range(1, len(spans)):
        s, before = spans[k], spans[k - 1]
        if s.label not in _WORKS or before.label != "volume" or not _VOLUME_WORD.match(before.text):
            continue
        if (m := _OF.match(s.text)) is None:
            continue
        a = s.start + m.end()
        of = s.start + m.group(0).index("of")
        word = Span("other", "of", of, of + 2, s.confidence)
        z, rest = s.end, k + 1
        if rest < len(spans) and spans[rest].label == "note" and _LINKED_TAIL.match(spans[rest].text):
            z, rest = spans[rest].end, rest + 1  # "… Applied Mathematics" + "and Engineering,": one series
        series = Span("collection-title", text[a:z], a, z, s.confidence)
        return [*spans[:k], word, series, *spans[rest:]]
    return spans
