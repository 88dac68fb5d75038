"""Mend of IEEEtran's book series, ``Title, ser. Graduate Texts in Mathematics. New York: Springer, 1997``:
the style prints the series after ``ser.`` between the title and the imprint. The model reads ``ser.`` into
the title and the series into the title, a journal or a series cut at its word ``Series``. The words before
``ser.`` (back to the span they open in) are the title; from ``ser.`` to the next stop, the series."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# (the series span opens on "ser.", the word the series normaliser drops)
_SER = lazy_pattern(r"(?<=[^\W\d_])[.,]\s+(?P<series>ser\.\s+[A-Z][^.]{2,120}?)[.,](?=\s+\S)")
_WORKS = frozenset(["title", "journal", "container-title", "collection-title"])


@needs(marks=[" ser. "])
def series_after_ser(spans: list[Span], text: str) -> list[Span]:
    """``Convex Optimization. ser. | Cambridge Series | in Applied Mathematics.`` read as a title, a journal and
    a series: the title ends before ``ser.``, the series runs from it to the next stop."""
    m = _SER.search(text)
    if m is None:
        return spans
    lead = m.start()
    held = [s for s in spans if s.start < lead <= s.end]
    if len(held) != 1 or held[0].label not in _WORKS or held[0].start >= lead:
        return spans
    t = held[0]
    a, z = m.start("series"), m.end("series")
    if any(s.label == "collection-title" and s.start == a and s.end == z for s in spans):
        return spans
    title = Span("title", text[t.start : lead + 1], t.start, lead + 1, t.confidence)
    series = Span("collection-title", text[a:z], a, z, t.confidence)
    return replaced(spans, text, t.start, m.end(), [title, series])
