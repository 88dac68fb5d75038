"""Mend of a page with a letter in brackets after it, as physics prints Rapid Communications
(``Phys. Rev. B 50, 13035(R) (1994)``): the model reads ``(R)`` as a date and a name."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.spans import Span

_LETTER_MARK = lazy_pattern(r"\([A-Z]\)")


def page_letter_mark(spans: list[Span], text: str) -> list[Span]:
    """``13035(R)``: a bracketed capital letter glued to the page is part of the page."""
    if "(" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label != "pages":
            continue
        m = _LETTER_MARK.match(text, s.end)
        if m is None:
            return spans
        j = k + 1
        while j < len(spans) and spans[j].end <= m.end():
            j += 1
        if j < len(spans) and spans[j].start < m.end():
            return spans  # a span runs on past the mark: leave the reading as it is
        page = Span("pages", text[s.start : m.end()], s.start, m.end(), s.confidence)
        return [*spans[:k], page, *spans[j:]]
    return spans
