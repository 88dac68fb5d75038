"""A note's journal date in brackets, then a comma and the page cited (``Frontier Times 2 (Aug. 1925), 14.``),
with the page read into the date (as its day)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import stretch_as_one
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the bracket holds the whole date: a number after it, past a comma, is the page ("(Aug. 1925), 14.")
_DATE_THEN_PAGE = lazy_pattern(
    r"(?P<date>\([^()]*(?:1[5-9]|20)\d\d\)),\s*(?P<page>\d{1,5}(?:\s*[-\u2013]\s*\d{1,5})?)\.?\s*"
)


@needs(labels=["date"], without=["pages"], marks=["),"])
def page_read_into_bracket_date(spans: list[Span], text: str) -> list[Span]:
    """The date span ``(Aug. 1925), 14.`` closing the reference: the bracket is the date, the number the page."""
    if not spans or spans[-1].label != "date" or (m := _DATE_THEN_PAGE.fullmatch(spans[-1].text)) is None:
        return spans
    s = spans[-1]
    date_end, page_at = s.start + m.end("date"), s.start + m.start("page")
    return [
        *spans[:-1],
        Span("date", text[s.start : date_end + 1], s.start, date_end + 1, s.confidence),
        Span("pages", text[page_at : s.end], page_at, s.end, s.confidence),
    ]


# a book's year, then the year it first came out in square brackets, inside the imprint's bracket: "Cambridge
# University Press, 2004 [1783]),", "1998 [1781/1787])"
_YEAR_THEN_FIRST_YEAR = lazy_pattern(r"(?<![\d\[])(?:1[5-9]|20)\d\d\s+\[\d{3,4}(?:/\d{2,4})?\]\)?,?")


@needs(labels=["date"], marks=["]"])
def first_year_bracket_apart(spans: list[Span], text: str) -> list[Span]:
    """``(Cambridge: …, 2004 [1783]), Ak. 4:260.`` with the bracketed first year cut from the date and read with
    what follows it (as a title, a volume or the pages): the year and its bracket are the date's."""
    if "[" not in text or (m := _YEAR_THEN_FIRST_YEAR.search(text)) is None:
        return spans
    if not any(s.label == "date" and s.start == m.start() for s in spans):
        return spans
    return stretch_as_one(spans, text, m.start(), m.end(), "date") or spans
