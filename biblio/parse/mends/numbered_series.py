"""Mend of a numbered series written as a sentence of its own before the imprint, as Chicago-style
entries give it: ``*Guillaume de Machaut*. 2e éd. Oxford Studies of Composers 9. London, GB-LND : Oxford
University Press.`` The labeller reads the series as a first publisher beside the real one."""

from __future__ import annotations

import re

from biblio.parse.mends.common import replaced
from biblio.parse.spans import Span

# "Bibliothèque de la Pléiade 659." closing the span: capitalised words (particles between), a number
# that is no year, the full stop
_SERIES = re.compile(
    r"(?:^|(?<=\.\s))(?P<series>[A-ZÀ-Þ][^\W\d_]+(?:[\s'’-]+[^\W\d_]+){1,6}\s+(?!1[5-9]\d\d|20\d\d)\d{1,4})\.\s*$"
)


def series_before_imprint(spans: list[Span], text: str) -> list[Span]:
    """``… Petite bibliothèque Payot 25. Paris, FR-IDF : Payot & Rivages.`` with the numbered series
    read as a publisher (or run on after the italic title) before the place and publisher: the series
    is the collection, any words before it in that span (``Éd. bilingue.``) a note."""
    for k in range(len(spans) - 2):
        s = spans[k]
        if spans[k + 1].label != "location" or spans[k + 2].label != "publisher":
            continue
        # a title keeps what its italics hold; only what follows them may be the series
        keep = s.text.rfind("*") + 1 if s.label == "title" else 0
        if s.label not in ("publisher", "title") or s.label == "title" and keep == 0:
            continue
        m = _SERIES.search(s.text, keep)
        if m is None:
            continue
        a, z = s.start + m.start("series"), s.start + m.end("series")
        new = [Span("collection-title", text[a:z], a, z, s.confidence)]
        head = s.text[keep : m.start("series")].strip(" .,;:")
        if head:
            h = s.start + s.text.index(head, keep)
            new.insert(0, Span("note", head, h, h + len(head), s.confidence))
        if keep:
            new.insert(0, Span(s.label, s.text[:keep], s.start, s.start + keep, s.confidence))
        return replaced(spans, text, s.start, s.end, new)
    return spans
