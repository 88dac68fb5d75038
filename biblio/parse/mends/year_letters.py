"""Mend of a year's letter set in brackets after it, as some astronomy lists write two works of one year:
``Bosma, A., 1999 (a), Celestial Mechanics …, 72, 69``. The model reads the opening bracket with the year
and ``a),`` into the next field (the journal, or a title of its own); the letter and its bracket close the
date."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "a), " opening the span after the date: the year's letter and the bracket that closes it
_LETTER_CLOSE = lazy_pattern(r"[a-z]\)[\s,.;:]*")


@needs(labels=["date"], marks=[" ("])
def bracketed_year_letter(spans: list[Span], text: str) -> list[Span]:
    """``1999 (`` read as the date and ``a), Celestial Mechanics …`` as the journal: ``(a)`` is the date's."""
    for k in range(len(spans) - 1):
        date, nxt = spans[k], spans[k + 1]
        if date.label != "date" or not date.text.rstrip().endswith("(") or nxt.start - date.end > 1:
            continue
        m = _LETTER_CLOSE.match(nxt.text)
        if m is None:
            return spans
        a = nxt.start + m.end()
        year = Span("date", text[date.start : nxt.start + 2], date.start, nxt.start + 2, date.confidence)
        if a >= nxt.end:
            return [*spans[:k], year, *spans[k + 2 :]]  # the span held only the letter
        rest = Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence)
        return [*spans[:k], year, rest, *spans[k + 2 :]]
    return spans
