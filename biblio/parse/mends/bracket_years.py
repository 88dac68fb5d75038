"""Mends of a physics reference's bracketed year read together with the numbers beside it:
``79 ( 1)( 2016)014401`` with the issue in the date, ``70 ( 1993),1704`` with the page in the
date, ``542 , 1- 132 (2014 )`` with the date in the pages. Text taken from PDFs spaces these
brackets loosely; the year in brackets is the date, the numbers around it keep their own fields."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_YEAR = r"\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)"
# "( 1)( 2016)": a short number in brackets, then the year in brackets
_ISSUE_THEN_YEAR = lazy_pattern(rf"\s*(?P<issue>\(\s*\d{{1,3}}\s*\))\s*(?={_YEAR})")
# "( 1993),1704 .": the year in brackets, then the page
_YEAR_THEN_PAGE = lazy_pattern(rf"\s*{_YEAR}\s*[,:]?\s*(?P<page>\d+(?:\s*-+\s*\d+)?)[\s.,;]*")
# "1- 132 (2014 ).": the pages, then the year in brackets
_PAGE_THEN_YEAR = lazy_pattern(rf"\s*\d+(?:\s*-+\s*\d+)?\s*,?\s*(?P<year>{_YEAR}[\s.,;]*)")


def numbers_beside_year(spans: list[Span], text: str) -> list[Span]:
    """After a volume, a bracketed year read with the issue before it or the page after it (no
    page read), or pages read with the bracketed year after them (no date read): each keeps its
    own field."""
    labels = {s.label for s in spans}
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if prev.label not in ("volume", "journal"):
            continue
        if s.label == "date":
            m = _ISSUE_THEN_YEAR.match(s.text)
            if m and prev.label == "volume":
                a = s.start + m.end("issue")
                issue = Span("issue", text[s.start : a], s.start, a, s.confidence)
                return [*spans[:k], issue, Span("date", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
            m = _YEAR_THEN_PAGE.fullmatch(s.text)
            if m and "pages" not in labels:
                a = s.start + m.start("page")
                date = Span("date", text[s.start : a], s.start, a, s.confidence)
                return [*spans[:k], date, Span("pages", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
        if s.label == "pages" and "date" not in labels:
            m = _PAGE_THEN_YEAR.fullmatch(s.text)
            if m:
                a = s.start + m.start("year")
                pages = Span("pages", text[s.start : a], s.start, a, s.confidence)
                return [*spans[:k], pages, Span("date", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a bare number: "99", "21", "4"
_BARE_NUMBER = lazy_pattern(r"\d{1,4}[,.]?")
# the pages after the year: "pp. 61–91", "p. 7", "61-91"; a bare "1005.3113" (an arXiv number after a
# physics "B841, 205 (2010)") is no locator, and the number before the year stays its page
_LOCATOR = lazy_pattern(r"\s*(?:pp?\.\s*\d|\d+\s*[-–—]\s*\d)")


def number_before_bracketed_year(spans: list[Span], text: str) -> list[Span]:
    """British humanities' ``Journal of Roman Studies, 99 (2009), pp. 61–91`` with the volume read as a page: a
    bare number between the journal and its bracketed year, the pages after the year, is the volume."""
    for k in range(1, len(spans) - 2):
        prev, s, d, p = spans[k - 1 : k + 3]
        if (prev.label, s.label, d.label, p.label) != ("journal", "pages", "date", "pages"):
            continue
        if (_BARE_NUMBER.fullmatch(s.text.strip()) and d.text.lstrip().startswith("(")
                and _LOCATOR.match(p.text)):
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        return spans
    return spans


# the issue's word alone ("no.", "No.", "nr."): its number was read with the date after it
_ISSUE_WORD = lazy_pattern(r"\s*(?:[Nn]o|[Nn]r|[Nn]um|[Nn]úm)\.?\s*")
# "1865 (Winter, 1998):": a number, then a bracket holding a year
_NUMBER_THEN_DATED_BRACKET = lazy_pattern(r"(?P<n>\d{1,5})\s*(?=\([^()]*\b(?:1[5-9]\d\d|20\d\d)\s*\))")


def issue_number_read_as_date(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``*The Musical Times* 139, no. 1865 (Winter, 1998): 31–36`` with the four-digit issue read as the
    year (the bracket's year lost): the number after ``no.`` is the issue, the bracket the date."""
    for k in range(len(spans) - 1):
        s, d = spans[k], spans[k + 1]
        if s.label != "issue" or d.label != "date" or not _ISSUE_WORD.fullmatch(s.text):
            continue
        if (m := _NUMBER_THEN_DATED_BRACKET.match(d.text)) is None:
            return spans
        a = d.start + m.end("n")
        b = d.start + m.end()
        issue = Span("issue", text[s.start : a], s.start, a, min(s.confidence, d.confidence))
        return [*spans[:k], issue, Span("date", text[b : d.end], b, d.end, d.confidence), *spans[k + 2 :]]
    return spans


# the year alone in its brackets, a comma or colon after it: "(1904),"; or the years a volume covers: "(1946–48):"
_YEAR_ALONE = lazy_pattern(
    rf"^\s*(?:{_YEAR}|\(\s*(?:1[5-9]\d\d|20\d\d)\s*[-\u2013/]\s*(?:\d\d|1[5-9]\d\d|20\d\d)\s*\))\s*[,.:;]?\s*$"
)


def bracketed_year_read_as_issue(spans: list[Span], text: str) -> list[Span]:
    """The German article's ``Archiv für … 20 (1904), S. 1–54.`` with the bracketed year read as the issue and no
    date read: a year alone in brackets after the volume is the date (an issue is written ``H. 3`` or ``Nr. 3``);
    so are the years a volume covers (``*Volume of the Walpole Society* 32 (1946–48): 1–143.``)."""
    if any(s.label == "date" for s in spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label == "issue" and spans[k - 1].label == "volume" and _YEAR_ALONE.match(s.text):
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "(1853-current). 2012.", "(1960–2020). 2021.": the years a data set or a series covers, in brackets closing its
# title, then the year of the reference itself
_COVERAGE_THEN_YEAR = lazy_pattern(
    r"(?P<range>\(\s*(?:1[5-9]\d\d|20\d\d)\s*[-–—]\s*(?:1[5-9]\d\d|20\d\d|present|current|now|today)\s*\))"
    r"\.?\s+(?=(?:1[5-9]\d\d|20\d\d)[a-z]?\.?\s*$)",
    re.IGNORECASE,
)


def coverage_years_closing_title(spans: list[Span], text: str) -> list[Span]:
    """A data set's or a series' title closing on the years it covers in brackets, then the reference's own year
    (``Surface stations data (1853-current). 2012. http://…``) read as one date: the bracket ends the title, the
    year after it is the date (the range's first year was taken for it)."""
    for k in range(1, len(spans)):
        title, date = spans[k - 1], spans[k]
        if title.label != "title" or date.label != "date":
            continue
        m = _COVERAGE_THEN_YEAR.match(date.text)
        if m is None:
            return spans
        cut = date.start + m.end("range")
        year = date.start + m.end()
        return [*spans[: k - 1], Span("title", text[title.start : cut], title.start, cut, title.confidence),
                Span("date", text[year : date.end], year, date.end, date.confidence), *spans[k + 1 :]]
    return spans


# "(1300–1500).", "(1582–1647) (": a period in brackets right after a title, the second year after the first
_PERIOD_AFTER_TITLE = lazy_pattern(
    r"\s*\((?P<first>1[0-9]\d\d|20\d\d)\s*[-–—]\s*(?P<last>1[0-9]\d\d|20\d\d)\)(?=[\s.,;:(]|$)"
)
_OWN_YEAR = lazy_pattern(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_PERIOD_SPANS = frozenset(["date", "pages"])


@needs(labels=["title"], any_label=_PERIOD_SPANS, marks=["("])
def period_closing_title(spans: list[Span], text: str) -> list[Span]:
    """A title closing on the period it treats in brackets (``Island on European Maps (1300–1500). In: …``,
    ``Disegni di Giovanni Lanfranco (1582–1647)``) with the period read as the date or the pages, while the
    reference gives its own year later: the bracket belongs to the title."""
    for k in range(len(spans) - 1):
        title = spans[k]
        if title.label != "title" or spans[k + 1].label not in _PERIOD_SPANS:
            continue
        head = title.text.rstrip()
        # (the bracket opens after the title or as its last character: "Maps of the Islands (" | "1450–1600).")
        at = title.start + len(head) - 1 if head.endswith("(") else title.end
        m = _PERIOD_AFTER_TITLE.match(text, at)
        if m is None or int(m["last"]) <= int(m["first"]):
            return spans
        j = k + 1  # the spans the bracket covers, each a date or pages
        while j < len(spans) and spans[j].start < m.end():
            if spans[j].label not in _PERIOD_SPANS:
                return spans
            j += 1
        if spans[j - 1].end > m.end() + 3 or text[m.end() : spans[j - 1].end].strip(" .,;:(") != "":
            return spans  # (the last span runs on past the bracket: "(1990–1995) 12")
        if j == len(spans) or _OWN_YEAR.search(text, m.end()) is None:
            return spans  # (the reference's own year, "V&R 2019", in any field after the bracket)
        return [*spans[:k], Span("title", text[title.start : m.end()], title.start, m.end(), title.confidence),
                *spans[j:]]
    return spans
