"""Mend of APA's volume of a series inside an edited book's title: ``In I. I. Bittencourt, … (Eds.), Artificial
intelligence in education: Vol. 12163 (pp. 240–254).`` with the word ``Vol.`` read alone as the volume and its
number read into the pages; and of a German journal's ``Bd. 21–22 (2000), S. 17–22.`` with the volume's number read
as pages."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import border_moved
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_VOL_WORD = lazy_pattern(r"(?i)vol(?:ume)?\.?\s*")
# the volume's number, then the bracketed pages: "12163 (pp. 240–254)."
_NUMBER_THEN_PAGES = lazy_pattern(r"(?P<number>\d+[A-Za-z]?)\s+(?P<pages>\(pp?\.\s*[^()]+\)\.?\s*)")


@needs(labels=["volume", "pages"], marks=["(p"])
def volume_number_in_pages(spans: list[Span], text: str) -> list[Span]:
    """``Vol. | 12163 (pp. 240–254).``: the number after the volume's word belongs to the volume."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "volume" or nxt.label != "pages" or not _VOL_WORD.fullmatch(s.text):
            continue
        m = _NUMBER_THEN_PAGES.fullmatch(nxt.text)
        if m is None:
            return spans
        return border_moved(spans, text, k, nxt.start + m.end("number"), nxt.start + m.start("pages"))
    return spans


# the series after the book's full stop, before its volume: "Book. Studies in Systems, Decision and Control, vol. 325."
_SERIES_SENTENCE = lazy_pattern(
    r"\.\s+(?P<series>(?:(?:Lecture Notes|Studies|Advances|Progress|Topics|Methods|Contributions|Developments) in\s"
    r"|[^.]*\bSeries\b)[^.]*?)[,.]?\s*$"
)


@needs(labels=["editor", "container-title", "volume"], marks=[". "])
def series_between_book_and_volume(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``(Eds.), Handbook of …. Studies in Systems, Decision and Control, | vol. 325.``: the sentence
    between the edited book's title and the volume that names a series is the series, not the book's words."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "container-title" or spans[k - 1].label != "editor" or spans[k + 1].label != "volume":
            continue
        m = _SERIES_SENTENCE.search(s.text)
        if m is None or m.start() == 0:
            return spans
        cut = s.start + m.start() + 1
        a, z = s.start + m.start("series"), s.start + m.end("series")
        book = Span("container-title", text[s.start : cut], s.start, cut, s.confidence)
        return [*spans[:k], book, Span("collection-title", text[a:z], a, z, s.confidence), *spans[k + 1 :]]
    return spans


# the word of a volume standing alone: "Bd.", "Band", "Vol.", "Jg.", "vol."
_LONE_VOLUME_WORD = lazy_pattern(r"(?:Bd|Band|Vol|vol|Volume|Jg|Jahrgang|Tome?|t|vol)\.?,?\s*")
# a number or a range of numbers as a volume is written, with its closing comma
_VOLUME_NUMBER = lazy_pattern(r"\d{1,4}(?:\s*[-\u2013/]\s*\d{1,4})?,?\s*")


@needs(labels=["volume", "pages"])
def volume_word_then_number_as_pages(spans: list[Span], text: str) -> list[Span]:
    """``Zeitschrift, Bd. | 21–22 (2000), S. 17–22.``: the word of a volume read alone as the volume, its number (a
    range) as a first pages span before the pages proper: the number is the volume's."""
    pages = [k for k, s in enumerate(spans) if s.label == "pages"]
    if len(pages) < 2:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "volume" or nxt.label != "pages" or k + 1 == pages[-1]:
            continue
        if not _LONE_VOLUME_WORD.fullmatch(s.text) or not _VOLUME_NUMBER.fullmatch(nxt.text):
            return spans
        merged = Span("volume", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], merged, *spans[k + 2 :]]
    return spans


# a volume's word with its colon, as a database's export labels it: "Volume:", "Vol.:"
_COLON_VOLUME_WORD = lazy_pattern(r"(?:Volume|Vol\.?)\s*(?P<colon>:?)\s*", re.I)
# the volume's number, its comma, then the issue's own word: "172, Issue: 5,"
_NUMBER_THEN_ISSUE_WORD = lazy_pattern(
    r"(?P<colon>:?)\s*(?P<number>\d{1,5}[A-Za-z]?)\s*,\s*(?P<issue>(?:Issue|No\.?|Number)\s*:?\s*\d)", re.I
)


@needs(labels=["volume", "issue"], marks=[":"])
def colon_volume_word_alone(spans: list[Span], text: str) -> list[Span]:
    """``Journal, Volume: | 172, Issue: 5,``: the volume's word and colon read alone as the volume and its number
    with the issue (or the colon with them, ``Volume | : 45, Issue: 2``): the number before the issue's word is
    the volume's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "volume" or nxt.label != "issue" or (word := _COLON_VOLUME_WORD.fullmatch(s.text)) is None:
            continue
        m = _NUMBER_THEN_ISSUE_WORD.match(nxt.text)
        if m is None or not (word.group("colon") or m.group("colon")):
            return spans
        return border_moved(spans, text, k, nxt.start + m.end("number"), nxt.start + m.start("issue"))
    return spans
