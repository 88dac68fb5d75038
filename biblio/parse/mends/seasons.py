"""Mends of dates: ``*Journal*, Summer-Fall 1996`` or ``*Journal* (January 2020):`` with the months or
season read into the journal."""

from __future__ import annotations

import re

from biblio.parse.normalisers.dates import MONTHS, SEASONS
from biblio.parse.spans import Span
from biblio.parse.text import ascii_fold

# ", Summer-Fall" / ", January-February" / ", Nov." / Chicago's "* (January" closing a journal, the
# year in the next span
_TAIL = re.compile(r"(?:,|[\s*_]*\()\s*([^\W\d_]+\.?)(?:\s*[-\u2013/]\s*([^\W\d_]+\.?))?[\s*_]*$")
_JOURNALS = frozenset(["journal", "container-title"])


def calendar_word(word: str | None) -> bool:
    folded = ascii_fold(word or "").lower().rstrip(".")
    return folded in MONTHS or folded in SEASONS


def months_before_year(spans: list[Span], text: str) -> list[Span]:
    """A journal that ends in months or a season followed by the year: those words join the date."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in _JOURNALS or "," not in s.text and "(" not in s.text:
            continue
        nxt = spans[k + 1]
        if nxt.label != "date":
            continue
        m = _TAIL.search(s.text)
        if m is None or not calendar_word(m.group(1)) or m.group(2) and not calendar_word(m.group(2)):
            continue
        a = m.start(1)
        head = Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        date = Span("date", text[s.start + a : nxt.end], s.start + a, nxt.end, nxt.confidence)
        return [*spans[:k], head, date, *spans[k + 2 :]]
    return spans
