"""Mends of a proceedings' tail as BibTeX's plain and natbib styles print it (JMLR, NeurIPS, ICML papers):
``In Names, editors, Proceedings of … (ICML’18), volume 80, pages 1437–1446. Proceedings of Machine Learning
Research, 2018.`` The meeting's short name in brackets closes the proceedings' title, the words after the
pages' full stop are the publisher, and the year closes the proceedings' sentence when no imprint follows."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "(NeurIPS’20). Curran Associates,": the meeting's short name and year in brackets, its full stop, the publisher
_SHORT_NAME_THEN_PUBLISHER = lazy_pattern(r"\s*(?P<short>\([^()\s]{2,20}(?:\s\d{2,4})?\))\.?\s+(?=[A-Z])")
# "…, 2020." closing the proceedings' title with no date read
_CLOSING_YEAR = lazy_pattern(r",\s*(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)\s*\.?\s*$")
_WORKS = frozenset(["container-title", "journal"])
# what may follow the date closing a proceedings' sentence: its DOI or address (LIPIcs' "2024. doi:10.4230/…")
_LINKS = frozenset(["doi", "url"])


_STOP_OPENS = lazy_pattern(r"\.\s+(?=[A-Z])")


def _only_links(spans: list[Span]) -> bool:
    return all(s.label in _LINKS for s in spans)


@needs(labels=["container-title", "publisher"])
def short_name_opens_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings of … Systems | (NeurIPS’20). Curran Associates,`` with the meeting's bracketed short name
    read into the publisher: it closes the proceedings' title."""
    for k in range(len(spans) - 1):
        c, p = spans[k], spans[k + 1]
        if c.label != "container-title" or p.label != "publisher" or text[c.end : p.start].strip():
            continue
        m = _SHORT_NAME_THEN_PUBLISHER.match(text, p.start)
        if m is None or m.end() >= p.end:
            return spans
        z = m.end("short")
        work = Span(c.label, text[c.start : z], c.start, z, min(c.confidence, p.confidence))
        publisher = Span("publisher", text[m.end() : p.end], m.end(), p.end, p.confidence)
        return [*spans[:k], work, publisher, *spans[k + 2 :]]
    return spans


@needs(labels=["container-title", "pages"], without=["publisher"])
def publisher_after_pages(spans: list[Span], text: str) -> list[Span]:
    """``…, pages 1437–1446. | Proceedings of Machine Learning Research, | 2018.`` (LIPIcs' ``…, pages 27–1. Schloss
    Dagstuhl – Leibniz-Zentrum für Informatik, 2024. doi:…``) with the publisher read as a second proceedings'
    title: after the book's title and its pages, the sentence before the year (and a DOI or address) is the
    publisher."""
    seen_work = False
    for k, s in enumerate(spans):
        if s.label in _WORKS:
            # the pages' full stop closes them, or opens the next span ("pages 9:1–9:12 | . Schloss Dagstuhl")
            stop = _STOP_OPENS.match(s.text)
            if seen_work and k > 0 and spans[k - 1].label == "pages" and (
                spans[k - 1].text.rstrip().endswith(".") or stop is not None
            ):
                if k + 1 < len(spans) and spans[k + 1].label == "date" and _only_links(spans[k + 2 :]):
                    a = s.start + (stop.end() if stop else 0)
                    return [*spans[:k], Span("publisher", text[a : s.end], a, s.end, s.confidence), *spans[k + 1 :]]
                return spans
            seen_work = True
    return spans


@needs(labels=["container-title"], without=["date"])
def year_closing_proceedings(spans: list[Span], text: str) -> list[Span]:
    """``In Proceedings of … (ICLR’20), 2020. | Published online: iclr.cc.`` with the year read into the
    proceedings' title and no date read: the year after its comma is the date."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "container-title":
            continue
        m = _CLOSING_YEAR.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 3:
            continue
        cut = s.start + m.start()
        y = s.start + m.start("year")
        work = Span(s.label, text[s.start : cut], s.start, cut, s.confidence)
        return [*spans[:k], work, Span("date", text[y : s.end], y, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# ACM's "In Proceedings of … (OSDI'04). USENIX Association, San Francisco, CA, 137–150.": the publisher after the
# meeting's short name and its full stop, read into the proceedings' title
_SHORT_NAME_THEN_NAME = lazy_pattern(
    r"(?P<book>.+?\([^()\s]{2,20}(?:\s\d{2,4})?\))\.\s+(?P<pub>[A-Z][^.,;:()\d]{1,60}?(?:,\s*Inc\.?)?)\s*,?\s*"
)


@needs(labels=["container-title", "location"], without=["publisher"])
def publisher_closing_proceedings(spans: list[Span], text: str) -> list[Span]:
    """``In Proceedings … (OSDI'04). USENIX Association,`` read as one container before the place: the name after
    the short name's full stop is the publisher."""
    for k in range(len(spans) - 1):
        c, loc = spans[k], spans[k + 1]
        if c.label != "container-title" or loc.label != "location":
            continue
        m = _SHORT_NAME_THEN_NAME.fullmatch(text, c.start, c.end)
        if m is None or len(m["pub"].split()) > 5:
            return spans
        return [
            *spans[:k],
            Span("container-title", m["book"], *m.span("book"), c.confidence),
            Span("publisher", m["pub"], *m.span("pub"), c.confidence),
            *spans[k + 1 :],
        ]
    return spans


# "PLoP ’ | 20": a meeting's short name and its apostrophe, the year's two figures read as pages
_APOSTROPHE_CLOSES = lazy_pattern(r".*\s[A-Z][\w-]*\s?[’']\s*")
_TWO_FIGURES = lazy_pattern(r"\s*\d\d\s*")


@needs(labels=["container-title", "pages"])
def short_name_year_read_as_pages(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``in Proceedings of …, PLoP ’20 (The Hillside Group, 2022), pp. 1–11.`` with the short name's
    year read as the pages: two figures right after the proceedings' closing apostrophe close its title, where
    the pages are stated again."""
    for k in range(len(spans) - 1):
        c, p = spans[k], spans[k + 1]
        if c.label != "container-title" or p.label != "pages" or c.end != p.start and text[c.end : p.start].strip():
            continue
        if not _APOSTROPHE_CLOSES.fullmatch(c.text) or not _TWO_FIGURES.fullmatch(p.text):
            continue
        if not any(s.label == "pages" for s in spans[k + 2 :]):
            return spans
        z = p.start + len(p.text.rstrip())
        return [*spans[:k], Span(c.label, text[c.start : z], c.start, z, c.confidence), *spans[k + 2 :]]
    return spans
