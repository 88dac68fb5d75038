"""Mend of a page with a letter in brackets after it, as physics prints Rapid Communications
(``Phys. Rev. B 50, 13035(R) (1994)``): the model reads ``(R)`` as a date and a name, or the volume and
the page as one volume and ``(R)`` as the issue."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.spans import Span

_LETTER_MARK = lazy_pattern(r"\([A-Z]\)")
# "94, 201201": a volume, a comma and the page, read as one volume
_VOLUME_PAGE = lazy_pattern(r"^(?P<volume>\s*[A-Z]?\d+[A-Za-z]?)\s*,\s*(?P<page>\d+)$")


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
        # (a span that runs on past the mark by its punctuation alone, "R),", ends there too)
        while j < len(spans) and (spans[j].end <= m.end() or not text[m.end() : spans[j].end].strip(" ,.;:")):
            j += 1
        if j < len(spans) and spans[j].start < m.end():
            return spans  # a span runs on past the mark: leave the reading as it is
        page = Span("pages", text[s.start : m.end()], s.start, m.end(), s.confidence)
        return [*spans[:k], page, *spans[j:]]
    return spans


def volume_page_letter_mark(spans: list[Span], text: str) -> list[Span]:
    """``94, 201201 | (R)`` read as one volume and an issue ``(R)``: the number after the comma and the
    bracketed letter glued to it are the page."""
    if "(" not in text:
        return spans
    for k in range(len(spans) - 1):
        s, mark = spans[k], spans[k + 1]
        if s.label != "volume" or (m := _VOLUME_PAGE.match(s.text)) is None:
            continue
        glued = _LETTER_MARK.match(text, s.end)
        if glued is None or mark.start != s.end or text[glued.end() : mark.end].strip(" ,.;:"):
            return spans
        v = s.start + m.end("volume")
        a, z = s.start + m.start("page"), glued.end()
        volume = Span("volume", text[s.start : v], s.start, v, s.confidence)
        page = Span("pages", text[a:z], a, z, s.confidence)
        return [*spans[:k], volume, page, *spans[k + 2 :]]
    return spans


# "--5587 (2019).": the rest of a page range written with LaTeX's double hyphen (or a dash), read into the span after
# the first page
_RANGE_REST = lazy_pattern(r"\s*(?:--|[-\u2013\u2014])\s*\d+")


def page_range_rest(spans: list[Span], text: str) -> list[Span]:
    """``15, 5579 | --5587 (2019).`` with the range's second page read into the date after the first: the dash and
    the number after the first page are the range's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "pages" or not s.text.strip().isdigit():
            continue
        m = _RANGE_REST.match(text, s.end)
        if m is None or nxt.start != s.end or m.end() >= nxt.end:
            return spans
        rest = text[m.end() : nxt.end]
        b = m.end() + len(rest) - len(rest.lstrip())
        page = Span("pages", text[s.start : m.end()], s.start, m.end(), s.confidence)
        return [*spans[:k], page, Span(nxt.label, text[b : nxt.end], b, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans
