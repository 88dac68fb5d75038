"""Mend of the ACS's chapter ``Title. In Book Title; Brown, C. D., Ed.; ACS Symposium Series 123; Publisher:
Place, 2012; pp 45–67.``: the semicolons set the book, its editors and its series apart, and the model reads
the book into the editors and the series as the book."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "In Green Chemistry; Brown, C. D., Ed.;": the book before the first semicolon, then names closed by the role
_BOOK_THEN_EDITORS = lazy_pattern(r"\s*In\s+(?P<book>[^;]{3,}?);\s+(?P<eds>[A-Z][^;]*\bEds?\.[;,]?\s*)")
_SERIES = lazy_pattern(r"\bSeries\b")
_BOOKS = frozenset(["container-title", "journal"])


@needs(labels=("editor",), marks=(";",))
def book_before_acs_editors(spans: list[Span], text: str) -> list[Span]:
    """``In Green Chemistry; Brown, C. D., Ed.;`` read as one editor span: the words before the semicolon are
    the book; a series read as the book after the editors is the series."""
    for k, s in enumerate(spans):
        if s.label != "editor":
            continue
        if (m := _BOOK_THEN_EDITORS.fullmatch(s.text)) is None:
            return spans
        a = s.start + m.start("book")
        e = s.start + m.start("eds")
        out = [
            *spans[:k],
            Span("container-title", m.group("book"), a, s.start + m.end("book"), s.confidence),
            Span("editor", text[e : s.end], e, s.end, s.confidence),
        ]
        rest = spans[k + 1 :]
        if rest and rest[0].label in _BOOKS and _SERIES.search(rest[0].text):
            series = rest[0]
            rest = [Span("collection-title", series.text, series.start, series.end, series.confidence), *rest[1:]]
        return out + rest
    return spans


# the whole "In Book; Names, Ed.; Publisher: Place," read as the book
_BOOK_EDITORS_IMPRINT = lazy_pattern(
    r"\s*In\s+(?P<book>[^;]{3,}?);\s+(?P<eds>[A-Z][^;]*\bEds?\.);\s*(?P<publisher>[^:;]{2,80}?):\s*"
    r"(?P<place>[^:;,]{2,40}(?:,\s*[A-Z]{2})?)[,;]?\s*"
)


@needs(any_label=_BOOKS, marks=("Ed.",))
def acs_book_read_whole(spans: list[Span], text: str) -> list[Span]:
    """``In Nobel Lectures, Chemistry 1996–2000; Grenthe, I., Ed.; World Scientific: Singapore,`` read as one
    book: the book, its editors, the publisher and its place, each between the semicolons."""
    for k, s in enumerate(spans):
        if s.label not in _BOOKS or (m := _BOOK_EDITORS_IMPRINT.fullmatch(s.text)) is None:
            continue
        parts = [("container-title", "book"), ("editor", "eds"), ("publisher", "publisher"), ("location", "place")]
        new = [
            Span(label, m.group(group), s.start + m.start(group), s.start + m.end(group), s.confidence)
            for label, group in parts
        ]
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans
