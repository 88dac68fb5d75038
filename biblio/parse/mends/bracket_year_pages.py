"""Mend of Elsevier's numbered ``Journal 21 (6) (2021) 2006.``: the article's number after the bracketed year
looks like a year and is read into the date; it is the page."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
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
        return _date_then_page(spans, k, m, text)
    return spans


def _date_then_page(spans: list[Span], k: int, m: re.Match[str], text: str) -> list[Span]:
    """``spans`` with the ``k``-th (a date the page was read into) cut at ``m``'s groups ``date`` and ``page``."""
    s = spans[k]
    a, b = s.start + m.start("page"), s.start + m.end("page")
    date = Span("date", m["date"], s.start, s.start + m.end("date"), s.confidence)
    return [*spans[:k], date, Span("pages", text[a:b], a, b, s.confidence), *spans[k + 1 :]]


# the bracketed year, then the letters that open an e-locator the tokens cut from its digits: "(2020) eaay"
# ("Sci. Adv. 6 (2020) eaay2631", Science's and PLoS's article numbers)
_YEAR_THEN_LOCATOR_LETTERS = lazy_pattern(r"(?P<date>\((?:1[6-9]|20)\d\d\))\s+(?P<letters>e[a-z]{0,4})")


@needs(labels=["date", "pages"], marks=[") e"])
def locator_letters_read_into_date(spans: list[Span], text: str) -> list[Span]:
    """INSPIRE's ``Sci. Adv. 6 | (2020) eaay | 2631`` with the letters of an e-locator read into the bracketed year
    before it: the letters and the digits they run into are the page."""
    for k in range(len(spans) - 1):
        s, page = spans[k], spans[k + 1]
        if s.label != "date" or page.label != "pages" or page.start != s.end or not page.text[:1].isdigit():
            continue
        m = _YEAR_THEN_LOCATOR_LETTERS.fullmatch(s.text)
        if m is None:
            return spans
        a = s.start + m.start("letters")
        date = Span("date", m["date"], s.start, s.start + m.end("date"), s.confidence)
        return [*spans[:k], date, Span("pages", text[a : page.end], a, page.end, page.confidence), *spans[k + 2 :]]
    return spans


# the issue after the bracketed year, then the labelled pages: "(1972) 1, kol. 49-52", "(1997) 3, p. 105-109"
_YEAR_ISSUE_PAGES = lazy_pattern(
    r"\((?:1[5-9]|20)\d\d\)\s+(?P<issue>\d{1,3}),\s+(?:pp?|kol|col|cols|blz|S|Sp)\.\s*\d", re.I
)
_ISSUE_HOLDERS = frozenset(["pages", "note", "volume", "date"])
_BARE_NUMBER = lazy_pattern(r"\s*\d{1,4}[\s,]*")


@needs(labels=["date"], any_label=("volume", "pages"), without=["issue"], marks=[") "])
def issue_after_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """A Dutch or German journal's ``Tiecelijn 10 (1997) 3, p. 105-109.`` with the issue after the bracketed year
    read into the pages, a note, a second volume or the date: the number before the comma is the issue, and the
    number before the year the volume."""
    if (m := _YEAR_ISSUE_PAGES.search(text)) is None:
        return spans
    y, a, z = m.start(), *m.span("issue")
    d = next((i for i, s in enumerate(spans) if s.start <= y < s.end), None)
    k = next((i for i, s in enumerate(spans) if s.start <= a < s.end), None)
    if d is None or k is None or d < 1 or spans[d].label != "date" or spans[k].label not in _ISSUE_HOLDERS:
        return spans
    if spans[k].end < z or k not in (d, d + 1):
        return spans
    before = spans[d - 1]
    if before.label == "pages" and _BARE_NUMBER.fullmatch(before.text):
        spans = [*spans[: d - 1], Span("volume", before.text, before.start, before.end, before.confidence), *spans[d:]]
    elif before.label != "volume":
        return spans
    return replaced(spans, text, a, z, [Span("issue", text[a:z], a, z, spans[k].confidence)])


# a Chicago note's journal numbers: "46, 2 (1970): 234-40": the volume, a comma, the issue, the bracketed year
_ISSUE_BEFORE_YEAR = lazy_pattern(r"\d{1,4}\s*")
_COLON_AFTER_YEAR = lazy_pattern(r"\(\s*(?:1[5-9]|20)\d\d\s*\)\s*:\s*")
# a series' word before the first number ("*AJA*, ser. 2, 30 (1926): 70-75"): the numbers are the series and volume
_SERIES_BEFORE = lazy_pattern(r"(?i)\b(?:ser|series|n\.\s?s|new\s+series)\.?\s*$")


@needs(labels=["volume", "pages", "date"], without=["issue"], marks=["): "])
def issue_read_as_pages_before_year(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``*Journal* 114, | 454 | (2001): | 447-63`` with the issue after the volume's comma read as
    a first page: the pages follow the bracketed year's colon, so the lone number before the year is the issue."""
    for k in range(1, len(spans) - 2):
        s = spans[k]
        if s.label != "pages" or spans[k - 1].label != "volume" or not spans[k - 1].text.rstrip().endswith(","):
            continue
        date, page = spans[k + 1], spans[k + 2]
        if date.label != "date" or page.label != "pages" or not _ISSUE_BEFORE_YEAR.fullmatch(s.text):
            continue
        if not _COLON_AFTER_YEAR.fullmatch(date.text) or _SERIES_BEFORE.search(text[: spans[k - 1].start]):
            continue
        return [*spans[:k], Span("issue", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a note's imprint bracket closed by its year, then the page cited: "(London: Verso, 2001), 4."
_CITED_PAGE = r"(?P<page>(?:\d{1,5}|[ivxlc]{1,8})(?:\s*[-\u2013]\s*\d{1,5})?)\.?\s*"
_IMPRINT_YEAR_THEN_PAGE = lazy_pattern(r"(?P<date>(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*,)\s*" + _CITED_PAGE)
_IMPRINT = frozenset(["publisher", "location"])


@needs(labels=["date"], any_label=("publisher", "location"), marks=["), "])
def page_after_imprint_bracket(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``(London: | Verso, | 2001), 4.`` with the page cited read into the date: after the
    imprint, the number after the bracket that closes the year is the page."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "date" or spans[k - 1].label not in _IMPRINT or "(" not in text[: s.start]:
            continue
        if s.end < len(text) and not text[s.end].isspace():
            return spans  # ("2017), 14.|232.": the locator runs on past the span, a section's number)
        m = _IMPRINT_YEAR_THEN_PAGE.fullmatch(s.text)
        if m is None:
            continue
        return _date_then_page(spans, k, m, text)
    return spans


# the rest of a note's imprint bracket after its place: "Four Courts, 2004), 3."
_PUBLISHER_YEAR_PAGE = lazy_pattern(
    r"(?P<publisher>[A-Z][^(),:;]{1,60}?),\s+(?P<date>(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*,)\s*" + _CITED_PAGE
)


@needs(labels=("location", "note"), without=["publisher"], marks=["), "])
def imprint_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``(Dublin: | Four Courts, 2004), 3.`` with the rest of the imprint after its place read as a
    note: the publisher, the year closing the bracket and the page cited after it."""
    for k in range(1, len(spans)):
        s, place = spans[k], spans[k - 1]
        if s.label != "note" or place.label != "location" or not place.text.lstrip().startswith("("):
            continue
        m = _PUBLISHER_YEAR_PAGE.fullmatch(s.text)
        if m is None:
            return spans
        return [
            *spans[:k],
            *(
                Span(label, m[group], s.start + m.start(group), s.start + m.end(group), s.confidence)
                for label, group in (("publisher", "publisher"), ("date", "date"), ("pages", "page"))
            ),
            *spans[k + 1 :],
        ]
    return spans
