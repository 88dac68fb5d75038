"""Mend of ASA's chapter: ``“Title.” Pp. 1–38 in *Book*, edited by W. W. Powell and P. J. DiMaggio.
Chicago: …`` (the book in italics, or in roman before ``, edited by`` or before its imprint's ``Place:``).

The American Sociological Association's style sets a chapter's pages before the book (``Pp. 45–67
in``), the book in italics and its editors after it (``edited by …``), the editors' list closed by a
full stop that follows no initial. The model reads the rare ``in`` as a date, the book as a second
title and the editors' last initials as a publisher; the text's own marks say where each runs.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_PP_IN = lazy_pattern(
    r"\b[Pp]p?\.\s*(?P<pages>\d+[a-z]?(?:\s*[-\u2013\u2014]\s*\d+[a-z]?)?)\s+in\s+"
    r"(?:(?P<book>\*[^*]+\*|_[^_]+_)|(?P<plain>[A-Z][^.*_]{2,150}?)(?=,\s*edited\s+by\s)"
    # or a roman book closed by its full stop before the imprint's "Place:" ("in Practicing History. New York:")
    r"|(?P<plain2>[A-Z][^.*_]{2,200}?)(?=\.\s+[A-Z][^:;]{1,40}?:\s))\s*,?\s*"
    r"(?:(?P<eds>edited\s+by\s+.+?(?<!\b[A-Z])\.)(?=\s|$))?"
)


def _cut(s: Span, start: int, text: str) -> Span | None:
    """The part of ``s`` from ``start`` on, without leading space; None when nothing is left."""
    start = max(start, s.start)
    while start < s.end and text[start].isspace():
        start += 1
    return Span(s.label, text[start : s.end], start, s.end, s.confidence) if start < s.end else None


@needs(labels=["title"], marks=("p.", "P."), words=[" in "])
def pages_in_book(spans: list[Span], text: str) -> list[Span]:
    """``Pp. 1–38 in *Book*, edited by X.`` after a title: pages, the book as container, its editors (the
    book in roman where ``edited by`` or the imprint's ``Place:`` closes it)."""
    m = _PP_IN.search(text)
    if m is None or not any(s.label == "title" and s.end <= m.start() for s in spans):
        return spans
    conf = min((s.confidence for s in spans if s.end > m.start() and s.start < m.end()), default=1.0)
    italic = m.group("book") is not None
    b0, b1 = m.span("book" if italic else "plain" if m.group("plain") else "plain2")
    out = [s for s in spans if s.end <= m.start()]
    out.append(Span("pages", text[m.start() : m.end("pages")], m.start(), m.end("pages"), conf))
    out.append(Span("container-title", text[b0 + italic : b1 - italic], b0 + italic, b1 - italic, conf))
    end = b1
    if m.group("eds"):
        e0, end = m.span("eds")
        out.append(Span("editor", text[e0:end], e0, end, conf))
    for s in spans:
        if s.end > end:
            rest = _cut(s, end, text)
            if rest is not None and rest.text.strip(" ,.;:*_"):
                out.append(rest)
    return out
