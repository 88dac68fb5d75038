"""Mends of the pages: the word that names the pages read into the container before them, ``Proceedings of
the eighth international conference on APL Pages 255 - 258``: ``Pages`` opens the pages, it closes no title;
a volume's years read into the marked pages after them; Quantum's ``Pages 49–58. IEEE (2021).`` with the
publisher read into the pages."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# the container's last word names the pages: "Pages", "pages", "pp.", "Pp."
_PAGE_WORD = lazy_pattern(r"\s+(?P<word>[Pp]ages|[Pp]p\.)\s*$")


@needs(labels=("container-title", "pages"))
def page_word_before_pages(spans: list[Span], text: str) -> list[Span]:
    """``… on APL Pages 255 - 258`` with ``Pages`` read into the container: it goes to the pages."""
    for k in range(len(spans) - 1):
        c, p = spans[k], spans[k + 1]
        if c.label != "container-title" or p.label != "pages" or text[c.end : p.start].strip():
            continue
        m = _PAGE_WORD.search(c.text)
        if m is None or len(c.text[: m.start()].split()) < 2:
            return spans
        cut = c.start + m.start("word")
        end = c.start + m.start()
        return [
            *spans[:k],
            Span(c.label, text[c.start : end], c.start, end, c.confidence),
            Span("pages", text[cut : p.end], cut, p.end, p.confidence),
            *spans[k + 2 :],
        ]
    return spans


# BibTeX's plain styles: "…, volume 13, page 20, 2013." / "pages 1–8, 2018." read as one pages span with the year
_PAGES_THEN_YEAR = lazy_pattern(
    r"(?P<pages>(?:[Pp]ages?|[Pp]p?\.)\s*[A-Za-z]?\d+(?:\s*[-\u2013\u2014]+\s*[A-Za-z]?\d+)?)\s*,\s*"
    r"(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s*\.?\s*"
)


@needs(labels=("pages",), without=("date",))
def year_after_page_word(spans: list[Span], text: str) -> list[Span]:
    """``page 20, 2013.`` read as one pages span: the year after the page number and its comma is the date."""
    for k, p in enumerate(spans):
        if p.label != "pages":
            continue
        m = _PAGES_THEN_YEAR.fullmatch(text, p.start, p.end)
        if m is None:
            return spans
        pages = Span("pages", m["pages"], *m.span("pages"), p.confidence)
        return [*spans[:k], pages, Span("date", m["year"], *m.span("year"), p.confidence), *spans[k + 1 :]]
    return spans


# "1868-1869, pp. 45-56": a volume's years (or its year: "Vol. 1, 1945, pp. 80-83"), then its marked pages
_YEARS_BEFORE_PAGES = lazy_pattern(
    r"(?P<years>(?:1[5-9]|20)\d\d(?:\s*[-–/]\s*(?:(?:1[5-9]|20)\d\d|\d\d))?)\s*,\s*(?=(?:pp?\.|S\.|pages?\s)\s*\d)"
)


@needs(labels=("pages",))
def years_before_marked_pages(spans: list[Span], text: str) -> list[Span]:
    """A learned society's annual volume ``Mémoire de l'Académie du Gard, 1868-1869, pp. 45-56.`` with the
    volume's years read into the pages (or a journal's ``Biometrics Bulletin, Vol. 1, 1945, pp. 80-83.`` its
    year): the years before the page mark are the date."""
    for k, p in enumerate(spans):
        if p.label != "pages":
            continue
        m = _YEARS_BEFORE_PAGES.match(p.text)
        if m is None or any(s.label == "date" for s in spans):
            continue
        a, z = p.start + m.end("years"), p.start + m.end()
        years = Span("date", text[p.start : a], p.start, a, p.confidence)
        return [*spans[:k], years, Span("pages", text[z : p.end], z, p.end, p.confidence), *spans[k + 1 :]]
    return spans


# "Pages 49–58. IEEE" / "pages 369–378. Springer": a page range, a full stop, then a name without digits
_PAGES_THEN_NAME = lazy_pattern(
    r"^(?P<pages>(?:[Pp]ages|[Pp]p\.)?\s*[\w:]+\s*[-\u2013\u2014]+\s*[\w:]+)\.\s+(?P<name>[A-Z][^\d().,;:]{0,60}?)\.?\s*$"
)


@needs(labels=("pages", "date"), without=("publisher",))
def publisher_in_pages_before_year(spans: list[Span], text: str) -> list[Span]:
    """Quantum's ``Pages 49–58. IEEE (2021).`` with the publisher read into the pages: the name after the
    pages' full stop, right before the bracketed year, is the publisher."""
    if "publisher" in labels_of(spans):
        return spans
    for k in range(len(spans) - 1):
        p, d = spans[k], spans[k + 1]
        if p.label != "pages" or d.label != "date" or not d.text.lstrip().startswith("("):
            continue
        m = _PAGES_THEN_NAME.match(p.text)
        if m is None or text[p.end : d.start].strip():
            return spans
        return _publisher_cut(spans, k, m, text)
    return spans


# what may close a reference after the publisher of a book it is part of: the book's identifiers
_IDENTIFIERS = frozenset(["doi", "url", "isbn"])
# the book (or proceedings) the pages are of, as the labeller names it
_WORKS = frozenset(["container-title", "journal"])


@needs(labels=("pages",), without=("publisher",))
def publisher_in_closing_pages(spans: list[Span], text: str) -> list[Span]:
    """BibTeX's plain ``In *Proceedings …*, pages 1315–1319. | IAENG. ISBN …`` with the publisher read into the
    pages: after the book's title (or a journal's, as the labeller may name it), the name after the full stop of
    pages with their word, with only identifiers after it, is the publisher."""
    if "publisher" in labels_of(spans):
        return spans
    for k, p in enumerate(spans):
        if p.label != "pages":
            continue
        m = _PAGES_THEN_NAME.match(p.text)
        # (BibTeX's word for the pages: a bare range before a sentence is a journal's, its words a note's)
        if m is None or not p.text.lstrip().startswith(("pages ", "pp.")):
            return spans
        if all(s.label not in _WORKS for s in spans[:k]):
            return spans
        if any(s.label not in _IDENTIFIERS for s in spans[k + 1 :]):
            return spans
        return _publisher_cut(spans, k, m, text)
    return spans


def _publisher_cut(spans: list[Span], k: int, m: re.Match[str], text: str) -> list[Span]:
    """``spans`` with the pages span ``k`` cut into the pages and the publisher ``m`` found in its text."""
    p = spans[k]
    a, z = p.start + m.start("name"), p.start + m.end("name")
    return [
        *spans[:k],
        Span("pages", text[p.start : p.start + m.end("pages")], p.start, p.start + m.end("pages"), p.confidence),
        Span("publisher", text[a:z], a, z, p.confidence),
        *spans[k + 1 :],
    ]


# APA's book pages in brackets before its publisher: "(pp. 1877–1901). Curran Associates."
_BRACKETED_PAGES_OPEN = lazy_pattern(
    r"\(\s*(?P<pages>(?:[Pp]p?\.)\s*[A-Za-z]?\d+[a-z]?(?:\s*[-\u2013\u2014]+\s*[A-Za-z]?\d+[a-z]?)?)\s*\)[.,]?\s+"
    r"(?=[^\W\d_])"
)


@needs(labels=("publisher",), without=("pages",), marks=("(pp", "(p."))
def bracketed_pages_opening_publisher(spans: list[Span], text: str) -> list[Span]:
    """``In Eds. (Eds.), *Book* (pp. 1877–1901). Curran Associates.`` with the bracketed pages read into
    the publisher: they are the pages, the name after them the publisher."""
    for k, p in enumerate(spans):
        if p.label != "publisher":
            continue
        m = _BRACKETED_PAGES_OPEN.match(p.text)
        if m is None:
            return spans
        a, z = p.start + m.start("pages"), p.start + m.end("pages")
        rest = p.start + m.end()
        return [
            *spans[:k],
            Span("pages", text[a:z], a, z, p.confidence),
            Span("publisher", text[rest : p.end], rest, p.end, p.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a paragraph's locator, "¶ 4", "¶ #2", "para. 5", "paras. 3–4": a web text with no pages counts its paragraphs
_PARAGRAPH = lazy_pattern(r"\s*(?:¶+|[Pp]aras?\.|[Pp]aragraphs?)\s*#?\s*\d")


_PERIODICAL = frozenset(["volume", "issue", "journal", "container-title"])


@needs(labels=("pages",), without=_PERIODICAL, marks=("¶", "ara"))
def paragraph_is_note(spans: list[Span], text: str) -> list[Span]:
    """``Pocock, "Classical History," ¶ #2.`` with the paragraph read as the page: a paragraph's number is no
    page (APA's and Chicago's locator for a text without pages); it is kept as the note. A periodical's ``13, ¶
    37–66`` (a volume or journal read) keeps its pages."""
    if any(s.label in _PERIODICAL for s in spans):
        return spans
    paragraphs = [s for s in spans if s.label == "pages" and _PARAGRAPH.match(s.text)]
    if not paragraphs:
        return spans
    return [Span("note", s.text, s.start, s.end, s.confidence) if s in paragraphs else s for s in spans]


# a bracketed count of pages cut after its number: "(3" then "pp.)."
_COUNT_OPENS = lazy_pattern(r"\(\s*\d{1,4}")
_COUNT_CLOSES = lazy_pattern(r"pp?\.?\s*\)[.,;]?")


@needs(labels=("issue", "pages"), marks=("(",))
def bracketed_page_count(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``Applied Physics Letters, 163105 (3 pp.).`` with the count's number read as an issue: the count
    ``(3 pp.)`` is one span of pages, as the labelled data have it."""
    for k in range(len(spans) - 1):
        n, p = spans[k], spans[k + 1]
        if n.label != "issue" or p.label != "pages" or not _COUNT_OPENS.fullmatch(n.text.strip()):
            continue
        if not _COUNT_CLOSES.fullmatch(p.text.strip()) or text[n.end : p.start].strip():
            return spans
        merged = Span("pages", text[n.start : p.end], n.start, p.end, min(n.confidence, p.confidence))
        return [*spans[:k], merged, *spans[k + 2 :]]
    return spans



# a book's front matter in roman numerals before its count of pages: "xii, 416 pages", "viii, 72 p.", German lists'
# capitals "XXIV, 956 S."
_FRONT_MATTER = lazy_pattern(r"\s*(?:[ivxlc]{1,7}|[IVXLC]{1,7})\s*,?\s*")
_COUNT = lazy_pattern(r"\s*\d{1,5}\s*(?:pages|pp?\.?|S\.)\s*[.,;]?\s*")


@needs(labels=("volume", "pages"))
def front_matter_read_as_volume(spans: list[Span], text: str) -> list[Span]:
    """``… University Press. xii, 416 pages.`` with the front matter's roman numerals read as a volume: the
    numerals and the count after them are the book's count of pages, its ``page``."""
    for k in range(len(spans) - 1):
        v, p = spans[k], spans[k + 1]
        if v.label != "volume" or p.label != "pages" or not _FRONT_MATTER.fullmatch(v.text):
            continue
        if not _COUNT.fullmatch(p.text) or text[v.end : p.start].strip(" ,"):
            return spans
        merged = Span("pages", text[v.start : p.end], v.start, p.end, min(v.confidence, p.confidence))
        return [*spans[:k], merged, *spans[k + 2 :]]
    return spans

# the page word alone in the pages, its number read as another field: Harvard's "12(10), p. 641, [online]."
_WORD_ONLY = lazy_pattern(r"\s*(?:[Pp]p?\.|[Pp]ages?)\s*")
_NUMBER_ONLY = lazy_pattern(r"\s*([A-Za-z]?\d+(?:\s*[-\u2013]\s*[A-Za-z]?\d+)?)\s*[,.;]?\s*")


@needs(labels=("pages",))
def number_after_page_word(spans: list[Span], text: str) -> list[Span]:
    """``p. 641, [online]`` with the page word read as the pages and its number as a container or a note: the
    number the word names is the pages."""
    for k in range(len(spans) - 1):
        p, n = spans[k], spans[k + 1]
        if p.label != "pages" or n.label == "pages" or text[p.end : n.start].strip():
            continue
        if _WORD_ONLY.fullmatch(p.text) is None or _NUMBER_ONLY.fullmatch(n.text) is None:
            return spans
        return [*spans[:k], Span("pages", text[p.start : n.end], p.start, n.end, p.confidence), *spans[k + 2 :]]
    return spans


# the range's last page after "to", read apart from the marked first page: "pp. 53 to 70."
_TO_LAST_PAGE = lazy_pattern(r"to\s+\d{1,5}")
_MARKED_PAGE = lazy_pattern(r"(?:pp\.|pages)\s*\d{1,5}\s*$", re.I)


@needs(labels=("pages",), words=("to",))
def worded_page_range(spans: list[Span], text: str) -> list[Span]:
    """Statistics Canada's ``pp. 53 to 70.`` with ``to 70`` read apart from ``pp. 53`` (a note or a date): the
    range is the pages, as written."""
    for k in range(len(spans) - 1):
        p, q = spans[k], spans[k + 1]
        if p.label != "pages" or not _MARKED_PAGE.search(text, p.start, p.end) or text[p.end : q.start].strip():
            continue
        if not _TO_LAST_PAGE.fullmatch(q.text.strip(" .,;")):
            continue
        return [*spans[:k], Span("pages", text[p.start : q.end], p.start, q.end, p.confidence), *spans[k + 2 :]]
    return spans


# the issue's word run into its number before the worded pages: "no2, pages 99-111", "No.4, pp. 12-19"
_ISSUE_THEN_PAGES = lazy_pattern(
    r"(?:[Nn]o|[Nn]r)\.?\s?(?P<n>\d{1,4})\s*,\s*(?P<pages>(?:pp?\.|pages?)\s*\d{1,6}(?:\s*[-\u2013]\s*\d{1,6})?)"
)


@needs(labels=("pages",), without=("issue",))
def issue_read_into_pages(spans: list[Span], text: str) -> list[Span]:
    """IEEE-like ``vol 3, no2, pages 99-111, 1991`` with the issue, its word run into its number, read into the
    pages: the number after ``no`` is the issue, the range after the page word the pages."""
    for k, p in enumerate(spans):
        if p.label != "pages":
            continue
        m = _ISSUE_THEN_PAGES.fullmatch(p.text.strip(" ,.;"))
        if m is None:
            return spans
        at = p.start + p.text.index(m.group(0))
        issue = Span("issue", m.group("n"), at + m.start("n"), at + m.end("n"), p.confidence)
        pages = Span("pages", m.group("pages"), at + m.start("pages"), at + m.end("pages"), p.confidence)
        return [*spans[:k], issue, pages, *spans[k + 1 :]]
    return spans
