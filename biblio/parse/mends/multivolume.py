"""Mends of a work published over years: ``*Index to …*, 3 vols. (Washington: Carnegie Institution,
1914–1921)``; and of a journal volume spanning two years, ``8, no. 3 (1999–2000): pp. 583–629``.

Chicago gives a work published over several years the range of years in the date's place; the model,
which saw few of them, reads the range as pages, or runs the bracketed range into the issue.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "1914–1921)." closing an imprint
_YEAR_RANGE = lazy_pattern(r"^\s*(?P<first>1[5-9]\d\d|20\d\d)\s*[-–]\s*(?P<last>1[5-9]\d\d|20\d\d)\s*\)?[\s,.;]*$")
# "1844-1855), 221 volumes." closing an imprint, the count of the work's volumes after the bracket
_YEARS_THEN_COUNT = lazy_pattern(
    r"^\s*(?P<years>(?P<first>1[5-9]\d\d|20\d\d)\s*[-–]\s*(?P<last>1[5-9]\d\d|20\d\d)\s*\))"
    r",\s+(?P<count>\d{1,3}\s+(?:volumes|vols?\.))[\s.]*$"
)
# "no. 3 (1999–2000):" an issue with the bracketed years after it
_ISSUE_THEN_YEARS = lazy_pattern(
    r"(?P<date>\(\s*(?:1[5-9]\d\d|20\d\d)(?:\s*[-–/]\s*(?:1[5-9]\d\d|20\d\d|\d\d))?\s*\)[\s,.:;]*)$"
)


def publication_years_as_pages(spans: list[Span], text: str) -> list[Span]:
    """``(Washington: Carnegie Institution of Washington, 1914–1921).`` with no date read and the years
    read as pages after the publisher: a range of years closing the imprint is the date."""
    if "date" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        m = _YEAR_RANGE.match(s.text) if s.label == "pages" and spans[k - 1].label == "publisher" else None
        if m and int(m.group("first")) <= int(m.group("last")):
            return [*spans[:k], Span("date", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


@needs(labels=["pages"], without=["date"], marks=("volumes", "vols."))
def years_then_volume_count(spans: list[Span], text: str) -> list[Span]:
    """``(Chicago: The University of Chicago Press, 1971-1989), 5 volumes.`` with the years and the count read as
    pages, no date read: the range of years closing the imprint's bracket is the date, the count of volumes after
    it a note."""
    for k, s in enumerate(spans):
        if s.label != "pages" or (c := _YEARS_THEN_COUNT.match(s.text)) is None:
            continue
        if int(c.group("first")) > int(c.group("last")) or text.count("(", 0, s.start) <= text.count(")", 0, s.start):
            continue  # no range of years, or no bracket it closes
        cut, count = s.start + c.end("years"), s.start + c.start("count")
        date = Span("date", text[s.start : cut], s.start, cut, s.confidence)
        return [*spans[:k], date, Span("note", text[count : s.end], count, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# a count of a work's volumes, and a volume cited with its word
_COUNT = lazy_pattern(r"^\d{1,3}\s+vols?\.")
_CITED = lazy_pattern(r"^(?:vol|Vol)\.\s*(?:\d{1,3}|[IVXL]{1,6})\b")


@needs(labels=["volume"], marks=("vols.",))
def cited_volume_after_count(spans: list[Span], text: str) -> list[Span]:
    """``3 vols. (Liverpool 2005), vol. 2, p. 240.`` with both read as volumes: the volume cited is the record's,
    the count of the work's volumes a note."""
    volumes = [k for k, s in enumerate(spans) if s.label == "volume"]
    if len(volumes) != 2 or not _COUNT.match(spans[volumes[0]].text) or not _CITED.match(spans[volumes[1]].text):
        return spans
    count = spans[volumes[0]]
    return [
        *spans[: volumes[0]],
        Span("note", count.text, count.start, count.end, count.confidence),
        *spans[volumes[0] + 1 :],
    ]


def years_after_issue(spans: list[Span], text: str) -> list[Span]:
    """``no. 3 (1999–2000):`` read as one issue, with no date read: the bracketed years are the date."""
    if "date" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label == "issue" and (m := _ISSUE_THEN_YEARS.search(s.text)) and m.start() > 0:
            a = m.start()
            issue = Span("issue", s.text[:a].rstrip(), s.start, s.start + len(s.text[:a].rstrip()), s.confidence)
            date = Span("date", s.text[a:], s.start + a, s.end, s.confidence)
            return [*spans[:k], issue, date, *spans[k + 1 :]]
    return spans


# "*I libretti italiani …* (5 vols.)." the count of a multivolume work's volumes after its title; "*Title* (318 pp.)."
# its count of pages
_VOLUME_COUNT_CLOSES = lazy_pattern(r"\s*\(\s*\d{1,5}\s+(?:(?P<vols>vols?)|pp?|pages)\.?\s*\)[\s.,;]*$")


@needs(labels=["title"], marks=("vol", "p.)", "pages)"))
def volume_count_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Sartori, Claudio.*I libretti italiani …* (5 vols.). Cuneo:`` with the count of volumes read into the
    title: the bracketed count closing the title is a note of the work's extent; a count of pages (``(318 pp.)``)
    is the page, as the labelled data store a book's count, where no page is read."""
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _VOLUME_COUNT_CLOSES.search(s.text)) is None or m.start() == 0:
            continue
        if not m["vols"] and "pages" in labels_of(spans):
            return spans
        a = s.start + m.start()
        count = text[a : s.end].strip()
        z = a + len(text[a : s.end]) - len(text[a : s.end].lstrip())
        return [
            *spans[:k],
            Span("title", text[s.start : a], s.start, a, s.confidence),
            Span("note" if m["vols"] else "pages", count, z, z + len(count), s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# "Vol. 2, bk. 2": the book within a volume, which is no journal's issue (CSL has no number for it)
_BOOK_OF_VOLUME = lazy_pattern(r"(?:^|[\s,.])(?:bk|book)\.?\s*$", re.I)


@needs(words=("bk", "book"))
def book_of_volume_as_issue(spans: list[Span], text: str) -> list[Span]:
    """Chicago's multivolume ``The History of Cartography. Vol. 2, bk. 2, Cartography in …`` with the book's
    number read as an issue: ``bk. 2`` is kept whole as a note."""
    if "volume" not in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "issue" or not _BOOK_OF_VOLUME.search(text, max(0, s.start - 8), s.start):
            continue
        word = text.lower().rfind("b", 0, s.start)
        cut = len(text[:word].rstrip(" ,"))
        kept = [  # the volume's span may run on to "Vol. 2, bk": it ends before the book's word
            o if o.end <= word else Span(o.label, text[o.start : cut], o.start, cut, o.confidence)
            for o in spans[:k]
            if o.start < word
        ]
        return [*kept, Span("note", text[word : s.end], word, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "vol. 16," then the series and the imprint's opening bracket read as the place: "Sacra Pagina (Collegeville:"
_VOLUME_WORD = lazy_pattern(r"^\s*vol\.\s*\d{1,4}[\s,]*$", re.I)
_SERIES_THEN_PLACE = lazy_pattern(r"(?P<series>[A-Z][^()\d:;]{2,80}?)\s*(?P<place>\([^()]{2,60})")


@needs(labels=("volume", "location"), any_label=("journal", "title"), marks=["vol"])
def series_before_imprint_bracket(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``Revelation, | vol. 16, | Sacra Pagina (Collegeville: | The Liturgical Press, 1993)`` with
    the book read as a journal and its series as the place: the work before the volume of a bracketed imprint is
    a book, the words before the bracket its series."""
    for k in range(2, len(spans)):
        place, volume, work = spans[k], spans[k - 1], spans[k - 2]
        if place.label != "location" or volume.label != "volume" or work.label not in ("journal", "title"):
            continue
        m = _SERIES_THEN_PLACE.fullmatch(place.text)
        if m is None or not _VOLUME_WORD.match(volume.text) or "publisher" not in labels_of(spans[k + 1 :]):
            return spans
        (a, b), c = m.span("series"), m.start("place")
        return [
            *spans[: k - 2],
            Span("title", work.text, work.start, work.end, work.confidence),
            volume,
            Span("collection-title", place.text[a:b], place.start + a, place.start + b, place.confidence),
            Span("location", place.text[c:], place.start + c, place.end, place.confidence),
            *spans[k + 1 :],
        ]
    return spans
