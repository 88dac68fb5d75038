"""Mends of a volume read with its page after it and no comma between: ``New J. Phys. **10** 065022``
(a bold volume) or ``Ann. Phys. 303 2`` (IOP's ``Journal Volume Page``); or with its issue after a
dot (``6.1``) or before the month (ACM's ``51, 1 (January 2008), 107–113``) read as the page."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.pages import number_is_issue
from biblio.parse.spans import Span

_SHORT_NUMBER = lazy_pattern(r"\s*\d{1,3}\s*,?\s*")
_MONTH_IN_BRACKETS = lazy_pattern(r"\s*\(\s*[A-Z][a-z]{2,}\.?\s+(?:19|20)\d\d\s*\)")
_VOLUME_DOT = lazy_pattern(r"\s*\d+\.")
# Copernicus's "6, 140, https://doi.org/10.3390/ijgi6050140," reads the link into the numbers too; a double
# volume is one ("At. Data Nucl. Data Tables 109–110, 1 (2016)")
_VOLUME_THEN_PAGE = lazy_pattern(
    r"\s*\**(?P<volume>\d+(?:[-–]\d+)?)\**\s*,?\s+(?P<page>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)"
    r"(?:\s*,\s*(?P<link>https?://\S+?))?\W*$"
)


def page_in_volume(spans: list[Span], text: str) -> list[Span]:
    """With no page read, a volume span of two numbers (``303 2``, ``216, 84-89,``, ``109–110, 1``) is the volume
    and the page (and a link after them, Copernicus's ``6, 140, https://doi.org/…,``, the link)."""
    k = next((k for k, s in enumerate(spans) if s.label == "volume" and " " in s.text.strip()), None)
    if k is None or not labels_of(spans).isdisjoint(("pages", "issue")):
        return spans
    s = spans[k]
    m = _VOLUME_THEN_PAGE.match(text, s.start, s.end)
    if m is None:
        return spans
    a, v = m.start("page"), m.end("volume")
    volume = Span("volume", text[s.start : v], s.start, v, s.confidence)
    if m["link"] is None:
        return [*spans[:k], volume, Span("pages", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    pages = Span("pages", m["page"], a, m.end("page"), s.confidence)
    label = "doi" if "doi.org/" in m["link"] else "url"
    link = Span(label, text[m.start("link") : s.end], m.start("link"), s.end, s.confidence)
    return [*spans[:k], volume, pages, link, *spans[k + 1 :]]


# AGU's page range written with thousands separators, "102*, 15,057-15,072.": the volume read with the first
# page's thousands ("102*, 15,"), the pages from its last three digits ("057-15,072.")
_VOLUME_THEN_THOUSANDS = lazy_pattern(r"(?P<volume>.*\d\**)\s*,\s+(?P<thousands>\d{1,3},)")
_PAGES_AFTER_THOUSANDS = lazy_pattern(r"\d{3}\s*[-–]\s*\d{1,3},\d{3}\W*")


@needs(labels=["volume", "pages"], marks=[","])
def thousands_page_cut_in_volume(spans: list[Span], text: str) -> list[Span]:
    """``*J. Geophys. Res., 102*, 15,057-15,072.`` read as volume ``102*, 15,`` and pages ``057-15,072``: a range
    whose last page has a thousands separator starts with the number before the first page's comma."""
    for k in range(len(spans) - 1):
        v, p = spans[k], spans[k + 1]
        if v.label != "volume" or p.label != "pages" or text[v.end : p.start].strip():
            continue
        m = _VOLUME_THEN_THOUSANDS.fullmatch(v.text.rstrip())
        if m is None or not _PAGES_AFTER_THOUSANDS.fullmatch(p.text):
            return spans
        z, a = v.start + m.end("volume"), v.start + m.start("thousands")
        volume = Span("volume", text[v.start : z], v.start, z, v.confidence)
        return [*spans[:k], volume, Span("pages", text[a : p.end], a, p.end, p.confidence), *spans[k + 2 :]]
    return spans


# "98–99** 2227" — the bold volume (IOP, APS) closing before the page
_BOLD_VOLUME_THEN_PAGE = lazy_pattern(
    r"\s*\**(?P<volume>\d+(?:\s*[-–]\s*\d+)?)\*\*\s*,?\s+(?P<page>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\W*$"
)
# the RAeS's "J Comput Phys, 1992, 101, pp. 292–306": the page word marks the page, the number before it is the volume
_YEAR = lazy_pattern(r"(?:1[5-9]|20)\d\d")
_VOLUME_THEN_PAGE_WORD = lazy_pattern(
    r"\s*(?P<volume>\d{1,4})\s*,\s*pp?\.?\s*(?P<page>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\W*$"
)


def volume_in_pages(spans: list[Span], text: str) -> list[Span]:
    """IOP's ``*Fusion Eng. Des.* **98–99** 2227`` read as one page span, no volume read: the numbers
    the bold closes on are the volume (IOP and APS set the volume in bold), the rest the page; so too
    the number before a page word (the RAeS's ``1992, 101, pp. 292–306``, ``113, p 106702``)."""
    if "volume" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "pages":
            continue
        m = _BOLD_VOLUME_THEN_PAGE.match(text, s.start, s.end)
        if m is None and "p" in s.text:
            m = _VOLUME_THEN_PAGE_WORD.match(text, s.start, s.end)
            # (a year there, no date read elsewhere, is the date: MLA's "Wilton, 2056, pp. 245-69")
            if m is not None and _YEAR.fullmatch(m["volume"]) and "date" not in labels_of(spans):
                return spans
        if m is not None:
            v, a = m.end("volume"), m.start("page")
            volume = Span("volume", text[s.start : v], s.start, v, s.confidence)
            return [*spans[:k], volume, Span("pages", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# the ACS's "175 (11–12), 713–720": the volume, the issue (or issues) in brackets, a comma and the pages
_VOLUME_ISSUE_THEN_PAGE = lazy_pattern(
    r"\s*\**(?P<volume>\d{1,4})\**\s*\(\s*(?P<issue>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*\)\s*,\s*"
    r"(?P<page>[A-Za-z]?\d+(?:\s*[-–−]\s*[A-Za-z]?\d+)?)\W*$"
)


@needs(labels=["pages"], marks=["("])
def volume_issue_in_pages(spans: list[Span], text: str) -> list[Span]:
    """The ACS's ``*Comput. Phys. Commun.* **2006**, 175 (11–12), 713–720.`` read as one page span, no volume or
    issue read: the number before the bracket is the volume, the bracket's number (or range) the issue."""
    if not labels_of(spans).isdisjoint(("volume", "issue")):
        return spans
    for k, s in enumerate(spans):
        if s.label != "pages":
            continue
        m = _VOLUME_ISSUE_THEN_PAGE.match(text, s.start, s.end)
        if m is None:
            return spans
        parts = [Span(label, m[group], m.start(group), m.end(group), s.confidence)
                 for label, group in (("volume", "volume"), ("issue", "issue"))]
        a = m.start("page")
        return [*spans[:k], *parts, Span("pages", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "(s1), 185–195." after its volume: a supplement's lettered issue (s1, S2, D10, Suppl 1) in brackets, then the range
_BRACKETED_ISSUE_THEN_PAGE = lazy_pattern(
    r"\(\s*(?P<issue>(?:[A-Za-z]{1,5}\.?\s?)?\d{1,4}[A-Za-z]?)\s*\)\s*,\s*"
    r"(?P<page>[A-Za-z]?\d+(?:\s*[-–−]\s*[A-Za-z]?\d+)?)\W*$"
)


@needs(labels=["volume", "pages"], marks=["("])
def bracketed_issue_opening_pages(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``Global Change Biol. 6 (s1), 185–195.`` with the supplement's issue read as the opening of the
    page span, no issue read: a bracket right after the volume, then a comma and a range, holds the issue."""
    if "issue" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        v, p = spans[k - 1], spans[k]
        if p.label != "pages" or v.label != "volume" or not p.text.startswith("("):
            continue
        m = _BRACKETED_ISSUE_THEN_PAGE.match(text, p.start, p.end)
        if m is None or text[v.end : p.start].strip():
            return spans
        issue = Span("issue", m["issue"], m.start("issue"), m.end("issue"), p.confidence)
        a = m.start("page")
        return [*spans[:k], issue, Span("pages", text[a : p.end], a, p.end, p.confidence), *spans[k + 1 :]]
    return spans


# "SCIENTIFIC REPORTS **3" — the journal's span run over the opening of its bold volume
_BOLD_VOLUME_CLOSING_JOURNAL = lazy_pattern(r"(?P<journal>.*?[^\W\d_].*?)\s+\*\*(?P<volume>\d{1,5}(?:[-–]\d{1,5})?)$")


def bold_volume_in_journal(spans: list[Span], text: str) -> list[Span]:
    """IOP's ``Scientific Reports **3** pp 1117`` with the bold volume's number read as the journal's last word,
    no volume read: the number the bold opens on, its closing marks right after, is the volume."""
    if "volume" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "journal" or not s.text.rstrip()[-1:].isdigit() or "**" not in s.text:
            continue
        m = _BOLD_VOLUME_CLOSING_JOURNAL.fullmatch(text, s.start, s.end)
        if m is None or not text.startswith("**", m.end("volume")):
            return spans
        j, v = m.end("journal"), m.start("volume")
        journal = Span("journal", text[s.start : j], s.start, j, s.confidence)
        return [*spans[:k], journal, Span("volume", m["volume"], v, m.end("volume"), s.confidence), *spans[k + 1 :]]
    return spans


def issue_after_volume_dot(spans: list[Span], text: str) -> list[Span]:
    """``npj Quantum Information 6.1 (2020)`` read as volume ``6.`` and page ``1``: a number joined
    to the volume by a dot, with no space, is the issue (``volume.issue``, as Google Scholar sets it)."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "volume":
            continue
        nxt = spans[k + 1]
        if nxt.label == "pages" and nxt.start == s.end and _VOLUME_DOT.fullmatch(s.text) and nxt.text.isdigit():
            return [*spans[: k + 1], Span("issue", nxt.text, nxt.start, nxt.end, nxt.confidence), *spans[k + 2 :]]
        return spans
    return spans


# Isis's "*2*/1:95–112": the (italic) volume, a slash and the issue, then a colon and the pages; the Chicago-like
# "*Brass Quarterly* 1/4 (June 1958): 214-225" with the bracketed date before the colon
_VOLUME_SLASH_ISSUE = lazy_pattern(
    r"(?P<volume>\**\d{1,3}\**)/(?P<issue>\d{1,3})(?=\s*:|(?P<dated>\s+\([^()]{0,30}\b(?:1[5-9]|20)\d\d\)\s*:))"
)


def issue_after_volume_slash(spans: list[Span], text: str) -> list[Span]:
    """Isis's ``*The Seventeenth Century*, 1987, *2*/1:95–112`` read as volume ``2/1``: a short number
    after the volume's slash, with the colon of the pages after it (or the bracketed date and the colon, ``1/4
    (June 1958): 214-225``), is the issue."""
    k = next((k for k, s in enumerate(spans) if s.label == "volume"), None)
    if k is None or "issue" in labels_of(spans):
        return spans
    s = spans[k]
    m = _VOLUME_SLASH_ISSUE.match(text, s.start)
    if m is None or m.end("issue") > s.end + 1 or text[s.end : m.end("issue")].strip():
        return spans
    if m["dated"] and int(m["issue"]) == int(m["volume"].strip("*")) + 1:
        return spans  # "*AJS Review* 7/8 (1982–83): 69–100": two volumes bound as one
    a, z = m.span("issue")
    vol = Span("volume", text[s.start : m.start("issue") - 1], s.start, m.start("issue") - 1, s.confidence)
    return [*spans[:k], vol, Span("issue", text[a:z], a, z, s.confidence), *spans[k + 1 :]]


# "vol. 9/10": the volume labelled as such, its issue after a slash (a toolkit's or a Zotero style's "vol. 74/1")
_LABELLED_VOLUME_SLASH = lazy_pattern(r"\b[Vv]ol(?:\.|ume)\s*(?P<volume>\d{1,4})/(?P<issue>\d{1,4})\b(?!/)")


def labelled_volume_slash_issue(spans: list[Span], text: str) -> list[Span]:
    """``…, *Sustainability*, vol. 9/10, pp. 1792`` with ``9/10`` read as the issue (the word ``vol.`` alone as the
    volume, or no volume): the number the word labels is the volume, the one after its slash the issue."""
    k = next((k for k, s in enumerate(spans) if s.label == "issue" and "/" in s.text), None)
    if k is None:
        return spans
    s = spans[k]
    m = _LABELLED_VOLUME_SLASH.search(text, max(0, s.start - 8), s.end)
    if m is None or not s.start <= m.start("volume") < m.end("issue") <= s.end:
        return spans
    first = k - 1 if k and spans[k - 1].label == "volume" and spans[k - 1].start >= m.start() else k
    if any(v.label == "volume" for v in spans if v is not spans[first]):
        return spans
    start, v1, i0 = spans[first].start, m.end("volume"), m.start("issue")
    return [*spans[:first], Span("volume", text[start:v1], start, v1, s.confidence),
            Span("issue", text[i0 : s.end], i0, s.end, s.confidence), *spans[k + 1 :]]


def issue_before_month(spans: list[Span], text: str) -> list[Span]:
    """ACM's ``Commun. ACM 51, 1 (January 2008), 107–113`` read with two pages: a short bare number
    after the volume, then the month and year in brackets and the pages, is the issue."""
    for k in range(1, len(spans) - 2):
        s = spans[k]
        if s.label != "pages" or spans[k - 1].label != "volume":
            continue
        month, pages = spans[k + 1], spans[k + 2]
        if (
            _SHORT_NUMBER.fullmatch(s.text)
            and month.label == "date"
            and _MONTH_IN_BRACKETS.match(month.text)
            and pages.label == "pages"
        ):
            return [*spans[:k], Span("issue", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        return spans
    return spans


# "1, 51-72" after "Journal for Education in the Built Environment, 1:": a short number, a comma and the pages
_ISSUE_THEN_PAGES = lazy_pattern(r"\s*(?P<issue>\d{1,3})\s*,\s*(?P<pages>\d{1,6}(?:\s*[-–]\s*\d{1,6})?)\W*")


def issue_before_pages(spans: list[Span], text: str) -> list[Span]:
    """Taylor & Francis's (and Harvard's) ``Book History 1: 1, 3`` or ``Acta Botanica Gallica, 153: 4, 399-587``,
    read with the issue inside the pages: after the volume and its colon or comma, a short bare number before
    a comma and the pages is the issue."""
    if "issue" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s, volume = spans[k], spans[k - 1]
        if s.label != "pages" or volume.label != "volume":
            continue
        if k > 1 and spans[k - 2].label == "date" and spans[k - 2].text.rstrip(" ,.").endswith(")"):
            return spans  # a note's "(New York: …, 1953), 2: 853, 872.": the volume and the pages cited after the facts
        m = _ISSUE_THEN_PAGES.fullmatch(text, s.start, s.end)
        closed = (volume.text.rstrip() + text[volume.end : s.start].strip())[-1:] in (":", ",")
        if m is None or not closed or not number_is_issue(m["issue"], m["pages"]):
            return spans
        issue = Span("issue", m["issue"], m.start("issue"), m.end("issue"), s.confidence)
        pages = Span("pages", text[m.start("pages") : s.end], m.start("pages"), s.end, s.confidence)
        return [*spans[:k], issue, pages, *spans[k + 1 :]]
    return spans


# "14(8):" — a volume and its issue in brackets, read whole as the issue
_VOLUME_ISSUE = lazy_pattern(r"\s*(?P<volume>\d+)\s*(?=\()")
# "May 2005 10" — the date, then the volume that Vancouver's "Journal. Month Year Volume(Issue)" sets after it
_YEAR_THEN_VOLUME = lazy_pattern(r".*\b(?:1[6-9]|20)\d\d\s+(?P<volume>\d{1,4})\s*$")


def volume_in_issue(spans: list[Span], text: str) -> list[Span]:
    """``Hum Mol Genet, 2005. 14(8): p. 983-95.`` with ``14(8)`` read as the issue and no volume read:
    the number before the bracket is the volume; or, after ``Man Ther. May 2005 10(2)``, the number
    the date span closes on."""
    if "volume" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "issue":
            continue
        m = _VOLUME_ISSUE.match(text, s.start, s.end)
        if m is not None and m.end() < s.end:
            volume = Span("volume", text[s.start : m.end()], s.start, m.end(), s.confidence)
            return [
                *spans[:k],
                volume,
                Span("issue", text[m.end() : s.end], m.end(), s.end, s.confidence),
                *spans[k + 1 :],
            ]
        date = spans[k - 1] if k else None
        if date is not None and date.label == "date" and s.text.lstrip().startswith("("):
            d = _YEAR_THEN_VOLUME.match(text, date.start, date.end)
            if d is not None:
                a = d.start("volume")
                head = Span("date", text[date.start : a], date.start, a, date.confidence)
                return [
                    *spans[: k - 1],
                    head,
                    Span("volume", text[a : date.end], a, date.end, date.confidence),
                    *spans[k:],
                ]
        return spans
    return spans


# APS's and AIP's "Eur. Phys. J. Quantum Technol. 6, 2 (2019).": the volume, a comma, then the page (an article number)
_COMMA_NUMBER = lazy_pattern(r"\s*,\s*[A-Za-z]?\d{1,7}\s*")
_BRACKETED_YEAR = lazy_pattern(r"\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)\W*$")


def issue_before_bracketed_year_is_page(spans: list[Span], text: str) -> list[Span]:
    """``6, 2 (2019).`` with no page read and the ``2`` read as the issue: in the physics journals' ``Volume,
    Page (Year)`` the number after the volume's comma is the page; an issue comes in brackets or after ``no.``."""
    if "pages" in labels_of(spans):
        return spans
    for k in range(1, len(spans) - 1):
        vol, s, nxt = spans[k - 1], spans[k], spans[k + 1]
        if (
            vol.label == "volume"
            and s.label == "issue"
            and nxt.label == "date"
            and _COMMA_NUMBER.fullmatch(s.text)
            and _BRACKETED_YEAR.match(nxt.text)
        ):
            return [*spans[:k], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# Copernicus's "Wasser Energie Luft, 102, 305–308, 2010.": a range after the volume's comma, then the year
_COMMA_RANGE = lazy_pattern(r"\s*(?P<first>\d{1,6})\s*[-–]\s*(?P<last>\d{1,6})\s*,?\s*")
_BARE_YEAR = lazy_pattern(r"\s*(?:1[5-9]|20)\d\d[a-z]?\W*$")
# an issue's number runs no higher (weekly journals); a double issue is two numbers in turn ("3–4")
_HIGHEST_ISSUE = 12


def range_after_volume_comma_is_page(spans: list[Span], text: str) -> list[Span]:
    """Copernicus's ``Journal, 35, 94–101, 2011.`` with the pages read as the issue: a range after the volume's
    comma, closed by the bare year, is the pages, where it is no double issue (two numbers in turn, or low ones)."""
    if "pages" in labels_of(spans):
        return spans
    for k in range(1, len(spans) - 1):
        vol, s, nxt = spans[k - 1], spans[k], spans[k + 1]
        if vol.label != "volume" or s.label != "issue" or nxt.label != "date" or not vol.text.rstrip().endswith(","):
            continue
        m = _COMMA_RANGE.fullmatch(s.text)
        if m is None or not _BARE_YEAR.match(nxt.text):
            continue
        first, last = int(m["first"]), int(m["last"])
        if first <= _HIGHEST_ISSUE or last - first <= 1:
            continue
        return [*spans[:k], Span("pages", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "Light Sci. Appl. 8, 88 (2019).": the physics journals' volume, its comma and the page, read as one issue
_COMMA_CLOSED = lazy_pattern(r"\s*\d{1,4},\s*")
_VOLUME_COMMA_PAGE = lazy_pattern(r"\s*(?P<volume>\d{1,4}),\s*(?P<page>[A-Za-z]{0,2}\d{1,7}[A-Za-z]?)\s*")
# "Research 2019, 8345683 (2019).": a journal whose volumes are its years, the page, the bracketed year, read as a date
_YEAR_VOLUME_PAGE_YEAR = lazy_pattern(
    r"\s*(?P<volume>(?:19|20)\d\d),\s*(?P<page>[A-Za-z]{0,2}\d{1,8})\s+(?P<date>\(\s*(?:19|20)\d\d\s*\)\W*)"
)


def volume_page_after_journal(spans: list[Span], text: str) -> list[Span]:
    """``Light Sci. Appl. 8, 88 (2019).`` with ``8, 88`` (or ``8,``) read as the issue, or ``Research 2019, 8345683
    (2019).`` with the numbers read into the date, no volume read: in the physics journals' ``Volume, Page (Year)``
    the number after the journal is the volume and the one after its comma the page."""
    labels = labels_of(spans)
    if "volume" in labels:
        return spans
    for k in range(1, len(spans)):
        j, s = spans[k - 1], spans[k]
        if j.label not in ("journal", "container-title") or text[j.end : s.start].strip():
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        after = spans[k + 2] if k + 2 < len(spans) else None
        if s.label == "issue" and nxt is not None and nxt.label == "pages" and after is not None:
            # "Light Sci. Appl. | 10, | 88 | (2021).": the number before the page's comma is the volume
            if after.label != "date" or not _BRACKETED_YEAR.match(after.text) or not _COMMA_CLOSED.fullmatch(s.text):
                return spans
            return [*spans[:k], Span("volume", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
        if "pages" in labels:
            return spans
        if s.label == "issue" and nxt is not None and nxt.label == "date" and _BRACKETED_YEAR.match(nxt.text):
            m = _VOLUME_COMMA_PAGE.fullmatch(text, s.start, s.end)
            groups = [("volume", "volume"), ("pages", "page")]
        elif s.label == "date":
            m = _YEAR_VOLUME_PAGE_YEAR.fullmatch(text, s.start, s.end)
            groups = [("volume", "volume"), ("pages", "page"), ("date", "date")]
        else:
            continue
        if m is None:
            return spans
        new = [Span(label, m[g], m.start(g), m.end(g), s.confidence) for label, g in groups]
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans

# OUP's article identifier after the journal's comma: "The Review of Economic Studies, rdaf011"
_ID_LETTERS = lazy_pattern(r",\s+(?P<letters>[a-z]{2,5})$")


def article_id_cut_at_digits(spans: list[Span], text: str) -> list[Span]:
    """OUP's ``In: The Economic Journal, ueae098.`` (an article's identifier for its pages) read with the letters
    in the journal and the digits as the page: the word glued to the digits is the page's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label not in ("journal", "container-title") or nxt.label != "pages" or nxt.start != s.end:
            continue
        m = _ID_LETTERS.search(s.text)
        if m is None or not nxt.text[:1].isdigit():
            continue
        return border_moved(spans, text, k, s.start + m.start(), s.start + m.start("letters"))
    return spans


# Vancouver's year, then an issue with no volume: "2007; (2): CD005002"
_YEAR_THEN_BRACKET = lazy_pattern(r"(?:19|20)\d\d\s*;\s*\($")
_ISSUE_CLOSING = lazy_pattern(r"\d{1,4}\)\s*:?\s*")


def issue_without_volume(spans: list[Span], text: str) -> list[Span]:
    """Vancouver's ``Cochrane Database Syst Rev 2007; (2): CD005002.`` read with the bracketed number as the volume:
    a number in brackets straight after the year's semicolon is the issue (the journal numbers no volume)."""
    for k, s in enumerate(spans):
        if s.label != "volume" or not _ISSUE_CLOSING.fullmatch(s.text):
            continue
        if _YEAR_THEN_BRACKET.search(text, max(0, s.start - 12), s.start) is None:
            return spans
        return [*spans[:k], Span("issue", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
