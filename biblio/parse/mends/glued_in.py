"""Mends of Google Scholar's Vancouver form of a chapter or a conference paper, whose ``In`` runs into the
book's title with no space: ``Title. InProceedings of the IEEE conference on … 2016 (pp. 770-778).`` or
``Title. InPolitical psychology 2004 Jan 9 (pp. 276-293). Psychology Press.`` The book's title begins
after ``In``, the date closes it, the pages follow in brackets and the imprint last."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import NLM_DATE, read_anew
from biblio.parse.spans import Span

# ". InBook title 2004 Jan 9 (pp. 276-293). Place: Publisher." — a capital or a digit right after "In"
_GLUED_IN = lazy_pattern(
    r"(?<=[.?!])\s+In(?P<book>(?=[A-Z\d])[^()\s]+\s[^()]*?)"
    r"\s+(?P<date>" + NLM_DATE + ")"
    r"(?:\s+\(pp\.\s*(?P<pages>[^()\s]+)\))?\."
    r"(?:\s+(?:(?P<place>[^\W\d_][^:.]*?):\s+)?(?P<publisher>[^\W\d_][^.]*?))?\.?\s*$"
)
# "In" glued to the book's title, as ``_GLUED_IN`` holds it: a first look before its scan of every space
_GLUED = lazy_pattern(r"In[A-Z\d]")


@needs(marks=["In"])
def glued_in_book(spans: list[Span], text: str) -> list[Span]:
    """``Title. InPolitical psychology 2004 Jan 9 (pp. 276-293). Psychology Press.`` read with ``In`` in the
    book's title, the book in the paper's title or the day as a volume: the book's title, its date, the
    pages and the imprint, each apart."""
    if _GLUED.search(text) is None:
        return spans
    if (m := _GLUED_IN.search(text)) is None or not (m.group("pages") or m.group("publisher")):
        return spans
    new = [Span("container-title", m.group("book"), m.start("book"), m.end("book"))]
    for group, label in (("date", "date"), ("pages", "pages"), ("place", "location"), ("publisher", "publisher")):
        if m.group(group):
            new.append(Span(label, m.group(group), m.start(group), m.end(group)))
    return read_anew(spans, text, m.start("book") - 2, m.end(), new)
