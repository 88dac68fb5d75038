"""Mends of a society's numbered series closing a book in the Geological Society of America's form (and the
USGS's and the Society of Economic Geologists' lists that share it): a chapter's ``in Miall, A.D., eds., Book:
Geological Society of America Memoir 220, p. 659–706`` or ``…, eds., Book: Society of Economic Geologists, Reviews
in Economic Geology 14, p. 157–181``, and a whole volume's ``Title: Geological Society of America Special Paper
206, 60 p.``. The labeller reads the series as a journal or a publisher, or runs the book into it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import group_spans, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the words that close a numbered series' name ("Special Paper 206", "Reviews in Economic Geology 14")
# (not a survey's "Professional Paper" or "Bulletin": a report's number, or a journal's name, "AAPG Bulletin")
_KIND = (
    r"(?:Memoirs?|Special\s+Papers?|Special\s+Publications?|Field\s+Guides?"
    r"|(?:Geophysical\s+)?Monographs?|Reviews\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
)
# a name that closes on those words is a series' name, not a journal's
SERIES_CLOSING = lazy_pattern(rf"\b{_KIND}$")
_SERIES = rf"(?P<series>(?:[A-Z][^,:;()]{{0,80}}?\s)?{_KIND})\s+(?P<no>\d{{1,4}}[A-Z]?)\s*,\s*"
# after the editors: the book (its own colons kept), a colon, the body that issues the series if set apart
_BOOK_THEN_SERIES = lazy_pattern(rf"[\s,]*(?P<book>[^\s,].*\S):\s+(?:(?P<body>[A-Z][^,:;()]{{2,80}}?),\s+)?{_SERIES}")
_SERIES_ALONE = lazy_pattern(rf"\s*{_SERIES}")
_EDITORS_CLOSE = lazy_pattern(r"\beds?\.[\s,]*$")
_CITED_PAGES = lazy_pattern(r"pp?\.\s*\d")
_COUNT_OF_PAGES = lazy_pattern(r"\d{1,4}\s*p\.")


@needs(labels=["pages"], marks=[": "])
def society_series_closing_book(spans: list[Span], text: str) -> list[Span]:
    """``in Hedenquist, J.W., …, eds., Geology and Genesis …: A Tribute to Richard H. Sillitoe: Society of Economic
    Geologists Special Publication 16, p. 1–18.`` with the series read as a journal or a publisher (or the book run
    into it): after the editors, the words before the last colon are the book, the numbered series after it the
    collection and its number the volume; so too a whole volume's ``Title: … Special Paper 206, 60 p.``."""
    p = next((i for i, s in enumerate(spans) if s.label == "pages"), None)
    if p is None or p == 0:
        return spans
    pages = spans[p]
    parts: tuple[tuple[str, str], ...]
    for k in range(p - 1, -1, -1):
        s = spans[k]
        if s.label == "editor" and _EDITORS_CLOSE.search(text, s.start, s.end) and _CITED_PAGES.match(pages.text):
            m = _BOOK_THEN_SERIES.fullmatch(text, s.end, pages.start)
            parts = (("container-title", "book"), ("publisher", "body"), ("collection-title", "series"))
            break
        if s.label == "title" and s.text.rstrip().endswith(":") and _COUNT_OF_PAGES.match(pages.text):
            m = _SERIES_ALONE.fullmatch(text, s.end, pages.start)
            parts = (("collection-title", "series"),)
            break
    else:
        return spans
    if m is None:
        return spans
    confidence = min(x.confidence for x in spans[k + 1 : p]) if p > k + 1 else pages.confidence
    new = [Span(x.label, x.text, x.start, x.end, confidence) for x in group_spans(m, (*parts, ("volume", "no")))]
    return replaced(spans, text, s.end, pages.start, new)


@needs(labels=["title", "journal", "volume"], without=["pages", "container-title", "publisher"])
def series_closing_whole_book(spans: list[Span], text: str) -> list[Span]:
    """MNRAS's ``ESA 1997, The HIPPARCOS and TYCHO catalogues. … ESA Special Publication Vol. 1200`` with the
    series read as a journal: a name closing on a series' words (``Special Publication``, ``Memoir``) after the
    title, only its number after it and no pages, is the book's series."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "journal" or spans[k - 1].label != "title":
            continue
        if spans[k + 1].label != "volume" or k + 2 < len(spans) or not SERIES_CLOSING.search(s.text.rstrip(" ,.")):
            return spans
        return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
