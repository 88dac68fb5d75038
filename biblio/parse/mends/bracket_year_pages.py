"""Mend of Elsevier's numbered ``Journal 21 (6) (2021) 2006.``: the article's number after the bracketed year
looks like a year and is read into the date; it is the page."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "(2021) 2006." closing the reference: the bracketed year, then one number
_YEAR_THEN_NUMBER = lazy_pattern(r"(?P<date>\((?:1[6-9]|20)\d\d\))\s+(?P<page>\d{1,7})\.?\s*")
_NUMBERS = frozenset(["volume", "issue"])


@needs(labels=["date", "volume"], marks=[") "])
def page_after_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """``Sensors | 21 | (6) | (2021) 2006.``: after a journal's volume (and issue), the number after the bracketed
    year is the page, not a second year."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "date" or spans[k - 1].label not in _NUMBERS:
            continue
        m = _YEAR_THEN_NUMBER.fullmatch(s.text)
        if m is None:
            continue
        a, b = s.start + m.start("page"), s.start + m.end("page")
        date = Span("date", m["date"], s.start, s.start + m.end("date"), s.confidence)
        return [*spans[:k], date, Span("pages", text[a:b], a, b, s.confidence), *spans[k + 1 :]]
    return spans
