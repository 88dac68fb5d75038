"""Mend of a book's series read as its container: Chicago's ``Coles, Stuart. *An Introduction to …*.
Springer Series in Statistics. London: Springer London, 2001.`` A work named ``… Series …`` (or ``Lecture
Notes in …``) between the title and the imprint, with no ``In`` before it, is the series."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the words that name a series of books
_SERIES_WORDS = lazy_pattern(r"\b(?:Series|Lecture\s+Notes|Monographs)\b")
_IN = lazy_pattern(r"(?i)^\s*in\b")
_IMPRINT = frozenset(["location", "publisher"])


@needs(labels=["title", "container-title"], any_label=_IMPRINT)
def series_read_as_container(spans: list[Span], text: str) -> list[Span]:
    """``Title. | Springer Series in Statistics. | London: | Springer London,`` with the series read as the
    container: between the title and the imprint, a name of a series is the collection's title."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "container-title" or spans[k - 1].label != "title" or spans[k + 1].label not in _IMPRINT:
            continue
        if not _SERIES_WORDS.search(s.text) or _IN.match(s.text) or _IN.match(text[spans[k - 1].end : s.start]):
            return spans
        return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


_NUMBERS = frozenset(["volume", "issue", "date"])
_BOOK_MARKS = frozenset(["location", "publisher", "container-title", "journal", "editor"])


@needs(labels=["title", "collection-title", "volume", "pages"], without=["location", "publisher", "journal"])
def journal_read_as_series(spans: list[Span], text: str) -> list[Span]:
    """``"Title", Proceedings of the Missisquoi Historical Society, 20 (1990) 10-24.`` with the journal read as a
    series: a name no series word marks, right after the title and followed only by a volume, the date and
    the pages, in a reading with no imprint or container, is the journal."""
    if any(s.label in _BOOK_MARKS for s in spans):
        return spans
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "collection-title" or spans[k - 1].label != "title" or _SERIES_WORDS.search(s.text):
            continue
        after = [x.label for x in spans[k + 1 :]]
        if after[:1] != ["volume"] or "pages" not in after or any(a not in _NUMBERS | {"pages"} for a in after):
            return spans
        return [*spans[:k], Span("journal", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
