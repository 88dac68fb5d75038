"""Mend of the Royal Society's chapter form: ``Title. In Readings in artificial intelligence (eds BL Webber,
NJ Nilsson), pp. 313–322. San Francisco, CA: Morgan Kaufmann.``

The book follows ``In``, its editors in brackets after ``eds`` (names given first, no full stops), then the
pages after ``pp.``. The labeller runs the editors' bracket into the book, or the book's last words into the
editors. The marks leave one reading of that stretch: book, editors, pages."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# after a sentence's end: "In Book (eds Names), pp. 313–322."
_IN_BOOK_EDS = lazy_pattern(
    r"(?<=[.?!]\s)In\s+(?P<book>[^()]+?)\s+\(eds?\.?\s+(?P<editors>[^()]+?)\),\s+"
    r"(?P<pages>pp?\.\s*[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?)(?=[.,]\s)"
)
_LABELS = (("container-title", "book"), ("editor", "editors"), ("pages", "pages"))


@needs(any_label=["container-title", "editor"], marks=("(ed",))
def book_with_bracketed_eds(spans: list[Span], text: str) -> list[Span]:
    """``In Book (eds Names), pp. 1–9.`` read with the editors in the book or the book in the editors: the book,
    its editors and the pages."""
    m = _IN_BOOK_EDS.search(text)
    if m is None or not spans or m.start() <= spans[0].start:
        return spans
    inside = [s for s in spans if s.end > m.start() and s.start < m.end()]
    if not any(s.label == "container-title" for s in inside):
        return spans
    wanted = [(label, *m.span(group)) for label, group in _LABELS]
    if [(s.label, s.start, s.end) for s in inside if s.label != "other"] == wanted:
        return spans
    conf = min(s.confidence for s in inside)
    new = [Span(label, text[a:z], a, z, conf) for label, a, z in wanted]
    return replaced(spans, text, m.start("book"), m.end("pages"), new)
