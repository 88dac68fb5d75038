"""Mends of numbers: volume, issue, page and day read where their marks put them."""

from __future__ import annotations

import re

from biblio.parse.connectors import loss
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_BRACKETED_ISSUE = lazy_pattern(r"^\s*\(\d{1,3}[A-Za-z]?\)")
_ENDS_WITH_MONTH = lazy_pattern(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.I)
_DAY_SEMICOLON = lazy_pattern(r"^\s*([0-3]?\d)\s*;\s*(?=\S)")
# (not a span of years, "1995-1996, …")
_RANGE_LEAD = lazy_pattern(r"^\s*(?!(?:1[5-9]|20)\d\d\b)(\d{1,6}\s*[-\u2013\u2014]{1,3}\s*\d{1,6})\s*[,.;]\s*\S")
_CJK_MARK_HINT = lazy_pattern("[권호집卷巻輯期号쪽頁页]")
# the number alone is the span: the marks around it are connecting words (Korean writes the issue's 제 or
# leaves it out: "제26권 2호"; a series' 제32집 is its volume; Japanese writes 第58巻 第3号, Chinese 第100輯)
_CJK_MARKED = lazy_pattern(
    r"(?:제|第)\s*(?P<n>\d{1,4})\s*(?:(?P<vol>권|卷|巻|輯|집)|(?P<iss>호|期|号))"
    r"|(?<![\w-])(?P<n3>\d{1,4})\s*(?P<iss3>호|号)(?!\w)"
    # Japanese "45巻 1号", Chinese "40卷 21期": the volume's mark after a bare number, then the issue's
    r"|(?<![\w-])(?P<n5>\d{1,4})\s*(?P<vol5>巻|卷)(?=\s*\d{1,4}\s*(?:号|期))"
    r"|(?P<n2>\d{1,5}\s*[-~\u2013]\s*\d{1,5})\s*(?:쪽|頁|页)"
    # Chinese "第32页", "第791-795页": the page or pages, with their mark (one page only after 第: a bare
    # "320页" may be a book's length)
    r"|(?:第|제)\s*(?P<n4>\d{1,5}(?:\s*[-~\u2013]\s*\d{1,5})?)\s*(?:쪽|頁|页)"
)


@needs(labels=("volume", "date"))
def issue_after_volume(spans: list[Span], text: str) -> list[Span]:
    """``38(8), 19 April 1965`` read as volume then date: the bracketed number after the volume is
    its issue (three digits at most, so never a year)."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label == "volume" and s.label == "date" and (m := _BRACKETED_ISSUE.match(s.text)):
            z = m.end()
            rest = Span(s.label, s.text[z:], s.start + z, s.end, s.confidence)
            issue = Span("issue", s.text[:z], s.start, s.start + z, s.confidence)
            return spans[:k] + [issue] + ([rest] if rest.text.strip() else []) + spans[k + 1 :]
    return spans


# "14(135), 2017." cut at its brackets: "(" and ")…" read as dates, the number between them as the page
_ISSUE_DIGITS = lazy_pattern(r"^\s*\d{1,4}\s*$")


@needs(labels=("volume", "date", "pages"), marks=["("])
def issue_read_as_bracketed_page(spans: list[Span], text: str) -> list[Span]:
    """PLOS authors' ``J R Soc Interface, 14(135), 2017.`` (no pages) read as volume ``14``, date ``(``, pages
    ``135`` and date ``), 2017.``: a lone page in the volume's bracket, where no other page was read, is the
    issue."""
    pages = [k for k, s in enumerate(spans) if s.label == "pages"]
    if len(pages) != 1 or not 2 <= pages[0] < len(spans) - 1:
        return spans
    k = pages[0]
    vol, opening, s, after = spans[k - 2], spans[k - 1], spans[k], spans[k + 1]
    if vol.label != "volume" or opening.label != "date" or opening.text.strip() != "(":
        return spans
    if not _ISSUE_DIGITS.match(s.text) or not after.text.lstrip().startswith(")"):
        return spans
    if text[vol.end : opening.start].strip():
        return spans
    z = text.index(")", after.start) + 1
    issue = Span("issue", text[opening.start : z], opening.start, z, s.confidence)
    rest = [Span(after.label, text[z : after.end], z, after.end, after.confidence)] if loss(text[z : after.end]) else []
    return [*spans[: k - 1], issue, *rest, *spans[k + 2 :]]


@needs(labels=("date", "volume"))
def day_before_volume(spans: list[Span], text: str) -> list[Span]:
    """``2002 Jul 25;347(4)`` read as date ``2002 Jul`` and volume ``25;347``: the number before the
    semicolon is the day of the month the date ends with (Vancouver and PubMed write it so)."""
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label == "date" and s.label == "volume" and _ENDS_WITH_MONTH.search(prev.text):
            m = _DAY_SEMICOLON.match(s.text)
            if m:
                date = Span(
                    "date",
                    text[prev.start : s.start + m.end(1)],
                    prev.start,
                    s.start + m.end(1),
                    min(prev.confidence, s.confidence),
                )
                volume = Span("volume", s.text[m.end() :], s.start + m.end(), s.end, s.confidence)
                return spans[: k - 1] + [date, volume] + spans[k + 1 :]
    return spans


@needs(labels=["date"], without=["pages"])
def pages_before_date(spans: list[Span], text: str) -> list[Span]:
    """``13(4):1---19, November 2013`` with ``1---19, November 2013`` read as the date: a page range
    opening a date span, where no page was read, is the pages (its first number is no day)."""
    if "pages" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == "date" and (m := _RANGE_LEAD.match(s.text)):
            return divided(spans, k, m.end(1), m.end(1), "pages", "date")
    return spans


@needs(marks=["권", "호", "집", "卷", "巻", "輯", "期", "号", "쪽", "頁", "页"])
def marked_numbers(spans: list[Span], text: str) -> list[Span]:
    """Numbers whose marks say what they are (Korean 제17권 or 제32집 volume, 제2호 or 2호 issue; Chinese 第3卷, 第2期)
    become spans of that label wherever the model put them."""
    if text.isascii() or not _CJK_MARK_HINT.search(text):
        return spans
    out = list(spans)
    for m in _CJK_MARKED.finditer(text):
        if m.group("vol") or m.group("vol5"):
            label = "volume"
        else:
            label = "issue" if m.group("iss") or m.group("iss3") else "pages"
        a, z = m.span(next(g for g in ("n", "n3", "n5", "n4", "n2") if m.group(g)))
        for k, s in enumerate(out):
            if s.start <= a and z <= s.end and (s.start, s.end, s.label) != (a, z, label):
                # the marks (제 … 권) go with the number, not into the text around it
                head, tail = max(s.start, m.start()), min(s.end, m.end())
                parts = [
                    Span(s.label, text[s.start : head], s.start, head, s.confidence),
                    Span(label, text[a:z], a, z, s.confidence),
                    Span(s.label, text[tail : s.end], tail, s.end, s.confidence),
                ]
                out[k : k + 1] = [p for i, p in enumerate(parts) if i == 1 or loss(p.text)]
                break
    return out


# "10 (2008)," / "22.10 (2008):": a journal's number, then the year in brackets
_NUMBER_THEN_YEAR = lazy_pattern(r"^(?P<number>\s*\d[\w./-]*?)\s*(?P<year>\((?:1[5-9]|20)\d\d\)[\s,.:;]*)$")


@needs(any_label=("volume", "issue"), without=["date"])
def year_closing_number(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``*Journal* 22.10 (2008), 1109-1127`` with ``10 (2008),`` read as the issue and no
    date read: the bracketed year after the journal's number is the date."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label in ("volume", "issue") and (m := _NUMBER_THEN_YEAR.match(s.text)):
            return divided(spans, k, m.end("number"), m.start("year"), s.label, "date")
    return spans


# the Portuguese and Spanish issue's word, "nº 3", "Nº 2", "n.º 14", "N° 7" (número), after the volume
_NUMERO = lazy_pattern(r"(?<![\w.])[Nn]\.?\s?[º°]\s*(?P<n>\d{1,4})\b(?![.,]\d)")


@needs(labels=("volume",), without=("issue",), marks=("º", "°"))
def numero_after_volume(spans: list[Span], text: str) -> list[Span]:
    """ABNT's and Spanish lists' ``V 12 nº 01.`` or ``Vol. 8, Nº 2. 2019.`` with the issue's number read as the
    page (its word left to the volume or the note) or into the date: after the volume, ``nº`` marks the issue."""
    volume = next((s for s in spans if s.label == "volume"), None)
    if volume is None or "issue" in labels_of(spans):
        return spans
    m = _NUMERO.search(text, volume.start)
    # (the word inside the volume's span or right after it: no other word between them)
    if m is None or m.start() >= volume.end and text[volume.end : m.start()].strip(" ,.;"):
        return spans
    return replaced(spans, text, m.start(), m.end(), [Span("issue", text[m.start() : m.end()], m.start(), m.end())])
