"""Mends of a physics reference's numbers as PDFs leave them: the page read into the date
(``Applied Optics 38(33) 6818 (1999)``, ``Eur. Phys. J. C71, 1661 (2011)``), a page range cut at a
spaced dash (``24 ( 1991),1185 -1197``), a bare arXiv number read as the page (``64, 1 (2010), 0908.3425``),
an arXiv identifier read in pieces (``arXiv:2005.14165 (2020)`` with ``2005.`` as the year)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, may_hold, needs
from biblio.parse.normalisers.identifiers import ARXIV_ID
from biblio.parse.spans import Span

# "6818 (1999)." — a number, then the year in brackets that physics styles close the numbers with
_PAGE_THEN_YEAR = lazy_pattern(
    r"\s*(?P<page>[A-Za-z]?\d+[A-Za-z]?)\s*,?\s*(?P<date>\(\s*(?:1[6-9]|20)\d\d[a-z]?\s*\)\W*)$"
)
_RANGE_END = lazy_pattern(r"\s*[-\u2013]\s*\d+\W*$")
# a new-style arXiv number (YYMM.NNNN or YYMM.NNNNN, from April 2007 on), with no page's shape
_ARXIV_NUMBER = lazy_pattern(r"\s*(?:0[7-9]|[1-9]\d)(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?\W*$")


def page_in_date(spans: list[Span], text: str) -> list[Span]:
    """With no page read, a date span ``6818 (1999)`` after the journal's numbers holds the page."""
    if "pages" in labels_of(spans) or labels_of(spans).isdisjoint(("journal", "volume")):
        return spans
    labels = [s.label for s in spans]
    for k, s in enumerate(spans):
        if s.label != "date" or (m := _PAGE_THEN_YEAR.match(text, s.start, s.end)) is None:
            continue
        if not {"journal", "volume"} & set(labels[:k]):
            return spans
        a, z = m.start("date"), m.end("page")
        page = Span("pages", text[s.start : z], s.start, z, s.confidence)
        date = Span("date", text[a : s.end], a, s.end, s.confidence)
        return [*spans[:k], page, date, *spans[k + 1 :]]
    return spans


def range_end_apart(spans: list[Span], text: str) -> list[Span]:
    """``1185 -1197`` read as the page ``1185`` and a note ``-1197``: the range's end is the page's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label == "pages" and s.text.rstrip()[-1:].isdigit() and _RANGE_END.match(nxt.text):
            pages = Span("pages", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], pages, *spans[k + 2 :]]
    return spans


def arxiv_number_is_no_page(spans: list[Span], text: str) -> list[Span]:
    """``(2010), 0908.3425`` with the bare arXiv number read as the page: it is a note."""
    for k, s in enumerate(spans):
        if s.label == "pages" and _ARXIV_NUMBER.match(s.text):
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# what an identifier may sit in whole: the labels it is read into when the model reads it as one
_HOLDS_IDENTIFIER = frozenset(["note", "genre", "url", "doi", "journal", "container-title", "pages"])


@needs(words=["arxiv"])
def arxiv_id_whole(spans: list[Span], text: str) -> list[Span]:
    """An arXiv identifier read in pieces (``arXiv:2005.14165`` as a note ``arXiv:``, the year ``2005.`` and
    the page ``14165``; new-style numbers open with what looks like a year): the identifier is one note."""
    if not may_hold(text, "arxiv"):
        return spans
    for m in ARXIV_ID.finditer(text):
        a, z = m.span()
        inside = [s for s in spans if s.start < z and s.end > a]
        if len(inside) == 1 and inside[0].label in _HOLDS_IDENTIFIER:
            continue
        confidence = min(s.confidence for s in inside) if inside else 1.0
        spans = replaced(spans, text, a, z, [Span("note", text[a:z], a, z, confidence)])
    return spans


# "2017 " before "(2017).": one number between the journal and the bracketed year
_LONE_NUMBER = lazy_pattern(r"\s*\d{1,4}\s*")
_CLOSING_BRACKETED_YEAR = lazy_pattern(r"\s*\((?:1[6-9]|20)\d\d\)[.,]?\s*")
# a figure or a comma closing the journal: its volume read with it (but after a title, a comma closes the journal's
# name, as SIAM's "Title, Adv. Neural Inf. Process. Syst., 32 (2019)." prints an article without pages; chemistry's
# title-less "Synthesis, 706 (1977)." names the page)
_GLUED_NUMBER = lazy_pattern(r"\d|,\s*$")
_DIGIT = lazy_pattern(r"\d")


@needs(labels=["journal", "pages", "date"], without=["volume"])
def lone_number_is_volume(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``J. Nanomater. 2017 (2017).`` (or SIAM's ``Journal, 32 (2019).``) with the one number after the
    journal read as the page: both print the volume before the page, so a number alone before the bracketed year
    is the volume."""
    if any(s.label == "volume" for s in spans):
        return spans  # (as its declaration says: a volume read elsewhere leaves the number its page)
    for k in range(1, len(spans) - 1):
        j, n, d = spans[k - 1], spans[k], spans[k + 1]
        if j.label != "journal" or n.label != "pages" or d.label != "date" or k + 2 != len(spans):
            continue
        if not (_LONE_NUMBER.fullmatch(n.text) and _CLOSING_BRACKETED_YEAR.fullmatch(d.text)):
            return spans
        if _GLUED_NUMBER.search(j.text) and (_DIGIT.search(j.text) or not any(s.label == "title" for s in spans[:k])):
            return spans  # "Phys. Rev. D70, | 1234 (2004)": the volume is glued to the journal, the number its page
        return [*spans[:k], Span("volume", n.text, n.start, n.end, n.confidence), *spans[k + 1 :]]
    return spans
