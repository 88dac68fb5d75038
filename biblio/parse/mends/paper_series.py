"""Mend of a working paper's series and number read across a journal and a note, as economics lists
print a paper circulated in an institution's numbered series: ``“Title”, Policy Research Working Paper;
No. 9629. World Bank, Washington, DC.`` read as the journal ``Policy Research Working`` and the note
``Paper; No. 9629. World Bank,``. The series and its number are the collection (``normalisers.paper_series``
keeps the number apart); the name after them, before the place, is the publisher that issued the paper."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# after the title's closing mark: the series' capitalised words, "Working Paper" (or Discussion, Staff,
# Occasional), its number with or without "No.", then the issuing body's name up to a comma or the end
_SERIES_NUMBER = lazy_pattern(
    r"(?<=[.,;”\"’]\s)(?P<series>(?:[A-Z][\w&'-]*\s+){0,6}?(?:Working|Discussion|Staff|Occasional)\s+Papers?"
    r"(?:\s+Series)?\s*[;,]?\s*(?:No\.\s*)?(?:[A-Z]{1,4}[-/]?)?\d[\w./-]*?)(?=[.,;]?\s|[.,;]?$)"
    r"(?:\.\s+(?P<body>[A-Z][^\d.,;:()]{1,60}?)(?=,|\.?$))?"
)
# what the model reads a series into: a periodical or its numbers, a note, a description, a publisher
_HOLDERS = frozenset(
    ["journal", "container-title", "collection-title", "note", "genre", "volume", "issue", "publisher"]
)


@needs(words=["paper"])
def series_number_apart(spans: list[Span], text: str) -> list[Span]:
    """``Policy Research Working | Paper; No. 9629. World Bank,`` read as a journal and a note: the
    series with its number is the collection, the body named after it the publisher."""
    m = _SERIES_NUMBER.search(text)
    if m is None:
        return spans
    a = m.start("series")
    z = m.end("body") if m["body"] else m.end("series")
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or any(s.label not in _HOLDERS for s in inside) or all(s.label == "collection-title" for s in inside):
        return spans
    conf = min(s.confidence for s in inside)
    new = [Span("collection-title", m["series"], a, m.end("series"), conf)]
    if m["body"] and not any(s.label == "publisher" for s in spans if s.end <= a or s.start >= z):
        new.append(Span("publisher", m["body"], m.start("body"), m.end("body"), conf))
    return replaced(spans, text, a, z, new)
