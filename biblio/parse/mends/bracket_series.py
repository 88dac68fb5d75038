"""Mend of the series opening a bracketed imprint, as the SBL's and other notes styles write a book:
``1 Corinthians (AB; Garden City, N.Y.: Doubleday, 1976).``, ``Title (European University Studies XXIII;
Frankfurt am Main: Peter Lang, 1991).`` The model reads the series into the title, as a journal with its
number as the volume, or into the place. What stands between the bracket and a semicolon followed by a
place and ``: Publisher, Year)`` is the series; so is a bracket with a number closing the reference after the
imprint's year (``Paris, 1960 (Cahiers des Annales 16).``), with its number."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import before_links, replaced, span_within
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# towns as a place is written: capitalised words, "am Main", "upon Tyne", commas and "&" between
_TOWNS = lazy_pattern(
    r"[A-Z][\w.'’-]*(?:(?:\s*,\s*(?:&\s+|and\s+)?|\s+&\s+|\s+and\s+|\s+)(?:am|an|im|upon|on|sur|[A-Z][\w.'’-]*))*"
)
# "(Series [Number]; Place[, Place…]: Publisher, Year)" closing the reference
_SERIES_IMPRINT = lazy_pattern(
    r"\((?P<series>[^();:]{2,80}?)\s*;\s*(?P<place>[^();:]{2,80}?)\s*:\s*[^();:]{2,120}?\d{4}\w?\)[.,]?\s*$"
)


@needs(marks=[";"])
def series_opens_bracketed_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Title (AB; Garden City, N.Y.: Doubleday, 1976).`` with the series read into the title, a journal or
    the place: it is the series."""
    m = _SERIES_IMPRINT.search(text)
    if m is None or not _TOWNS.fullmatch(m.group("place")) or len(m.group("series").split()) > 8:
        return spans
    a, z = m.start("series"), m.end("series")
    if any(s.label == "collection-title" and s.start == a and s.end == z for s in spans):
        return spans
    if not any(s.start < m.start() for s in spans):
        return spans  # the bracket opens the reference: no work before it
    series = Span("collection-title", text[a:z], a, z, 0.5)
    out = replaced(spans, text, m.start(), m.start("place"), [series])
    # the place span starts at the place (what was read before it is gone with the series)
    place = m.start("place")
    return [s if s.label != "location" or s.start >= place else span_within(s, text, place, s.end) or s for s in out]


# "…, Paris, 1960 (Cahiers des Annales 16)." / "Rome, 1973 (Bibliothèque des Écoles françaises …, 221)."
_CLOSING_SERIES = lazy_pattern(
    r"(?<=\d{4})[.,]?\s*\((?P<series>[A-Z][^()\d:|]{2,150}?)(?:[,;]\s*|\s+)(?:vol\.\s*|n[°o]\.?\s*|Bd\.\s*)?"
    r"(?P<number>(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}|[IVXLC]{1,6})\)\s*\.?\s*$"
)
# UK Harvard's series statement after the publisher, as library catalogues write it: "Oxford University Press
# (Center for environmental structure series, v. 8)."
_SERIES_V_AFTER_IMPRINT = lazy_pattern(
    r"(?<=[a-z.])\s*\((?P<series>[A-Z][^()\d:|]{2,150}?),\s*v\.\s*(?P<number>\d{1,4})\)\s*\.?\s*$"
)
# a volume word alone is no series: "(Vol. 2)"
_VOLUME_WORD = lazy_pattern(r"(?:Vol(?:ume)?|Band|Bd|Tome?|Tomo|Part|Teil|No|Nr|Heft)\.?", re.I)


def _closes_on_numbered_bracket(text: str) -> bool:
    """Whether ``text`` closes, spaces and a full stop aside, on a bracket after a digit or a roman numeral's letter:
    where ``_CLOSING_SERIES`` and ``_SERIES_V_AFTER_IMPRINT`` can match (a look before they try every place)."""
    end = text.rstrip()
    if end.endswith("."):
        end = end[:-1].rstrip()
    return end.endswith(")") and (end[-2:-1].isdigit() or end[-2:-1] in "IVXLC")


@needs(marks=["("])
def series_closing_bracket(spans: list[Span], text: str) -> list[Span]:
    """The humanities' book closed by its series in brackets after the imprint's year: ``Marc Bloch, Seigneurie
    française et manoir anglais, Paris, 1960 (Cahiers des Annales 16).``, ``Wiesbaden, 1978 (Vierteljahrschrift
    für … Beihefte, 66).``, read as a note, or with the series' first word as the volume. The bracket's words are
    the series with its number (collection-title), as the model reads ``(Beihefte der Francia 21)``; the
    series' number is no volume of the book. So is UK Harvard's ``Publisher (Series, v. 8).``"""
    core = before_links(spans, text)  # (an address or an access date may close it)
    if not _closes_on_numbered_bracket(core):
        return spans
    m = _CLOSING_SERIES.search(core)
    if m is None and ", v." in core:
        m = _SERIES_V_AFTER_IMPRINT.search(core)
    if m is None or _VOLUME_WORD.fullmatch(m.group("series").strip()):
        return spans
    if not any(s.label in ("title", "container-title") and s.end <= m.start() for s in spans):
        return spans
    a, z = m.start("series"), m.end("number")
    if any(s.label == "collection-title" and s.start == a and s.end == z for s in spans):
        return spans
    return replaced(spans, text, m.start(), m.end(), [Span("collection-title", text[a:z], a, z, 0.5)])


# "Title (Hermaea 68), Tübingen 1992.", "in: Book, hrsg. von … (Philologische Studien und Quellen 154), Berlin 1999,
# S. 169–196.": the German humanities' series in brackets after the title, its number last, then ", Place Year"
_SERIES_BEFORE_TOWN = lazy_pattern(
    r"\s*\((?P<series>[A-Z\u00c0-\u00de][^()\[\]|]{2,150}?)\s+(?P<number>\d{1,5}(?:[/,.]\d{1,3})?|\[\d{1,4}\])\)"
    r"(?=\s*,\s*(?P<town>[A-Z\u00c0-\u00de][\w.'’-]*(?:[/ -][A-Za-z\u00c0-\u00fe][\w.'’-]*){0,3})\s+"
    r"(?P<year>1[5-9]\d\d|20\d\d)\b)"
)
# what the imprint after the series may have been read as, besides its own place and date
_IMPRINT_MISREAD = frozenset(["note", "title", "container-title", "publisher"])


@needs(marks=["("])
def series_bracket_before_town(spans: list[Span], text: str) -> list[Span]:
    """``Rudolf Brieger, Die Herrschaft Rappoltstein (Beiträge zur Landes- und Volkeskunde 31), Straßburg 1907.``
    with the bracketed series read into the title (or the book, or as the publisher): it is the series with its
    number (collection-title), set between the title and the imprint's town and year."""
    for m in _SERIES_BEFORE_TOWN.finditer(text):
        if _VOLUME_WORD.fullmatch(m.group("series").strip()) or len(m.group("series").split()) < 1:
            continue
        if not any(s.label in ("title", "container-title") and s.start < m.start() for s in spans):
            continue
        a, z = m.start("series"), m.end("number")
        if any(s.label == "collection-title" and s.start == a and s.end == z for s in spans):
            continue
        spans = replaced(spans, text, m.start(), m.end(), [Span("collection-title", text[a:z], a, z, 0.5)])
        t, y = m.start("town"), m.end("year")
        if all(s.label in _IMPRINT_MISREAD for s in spans if s.start < y and s.end > t):
            # "(Studien zur historischen Poetik 18), Heidelberg 2015." read as one note: the town and the year
            town = Span("location", text[t : m.end("town")], t, m.end("town"), 0.5)
            year = Span("date", text[m.start("year") : y], m.start("year"), y, 0.5)
            spans = sorted(replaced(spans, text, t, y, [town, year]), key=lambda s: s.start)
    return spans


# German's "Title. Frankfurt/Main [u. a.]: Lang 2000 (Europäische Hochschulschriften, Reihe I, Bd. 1777). – 412 S.":
# a sentence's imprint, "Town[ u. a.]: Publisher Year" (no comma before the year: Chicago's "Press, 2001 (Latin text
# and English translation)" closes on a note), then the series in brackets, its number after "Bd." or "Vol."
_IMPRINT_YEAR_SERIES = lazy_pattern(
    r"(?<=[.?!“”]\s)(?P<town>(?:St\.\s)?[A-Z\u00c0-\u00de][\w'’/-]*(?:,?\s(?:am\s|an\sder\s)?[A-Z\u00c0-\u00de][\w'’/-]*){0,3})"
    r"(?:\s\[u\.\s?a\.\])?:\s"
    r"(?P<publisher>[A-Z\u00c0-\u00de][^:()\[\],]{0,80}?)\s(?P<year>1[5-9]\d\d|20\d\d)\s"
    r"\((?P<series>[A-Z\u00c0-\u00de„][^()]{2,150}?)\)"
    r"(?:\.\s*[\u2013-]\s*(?P<count>(?:[IVXLC]{1,6},\s*)?\d{1,5})\s*S\.)?(?=\s*(?:[.,]|$))"
)
# the series' number closing the bracket: ", Bd. 1777", ", Vol. 3", ", H. 41"
_SERIES_NUMBER = lazy_pattern(r",\s*(?:Bd|Band|Vol|H|Heft|Nr|No)\.?\s*\d{1,5}$")
# what the imprint and its series may have been read as
_IMPRINT_SERIES_MISREAD = frozenset(
    [
        "location",
        "publisher",
        "date",
        "title",
        "container-title",
        "journal",
        "note",
        "volume",
        "issue",
        "edition",
        "pages",
        "collection-title",
    ]
)


@needs(marks=["(", ":"])
def series_bracket_after_imprint_year(spans: list[Span], text: str) -> list[Span]:
    """``Title. New York [u. a.]: Lang 2000 (Studies in European Thought, Vol. 3). – X, 302 S.`` with the series
    read into the title (or as a journal, its number as the volume) and ``[u. a.]`` into the place: the town is the
    place, the firm the publisher, the bracket after the year the series (collection-title, its number apart) and
    ``– X, 302 S.`` after it the count of pages."""
    m = _IMPRINT_YEAR_SERIES.search(text)
    if m is None or _VOLUME_WORD.fullmatch(m["series"].strip()):
        return spans
    a, z = m.start("town"), m.end() if m["count"] else m.end() + 1
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or any(s.label not in _IMPRINT_SERIES_MISREAD for s in inside):
        return spans
    if not any(s.label == "title" and s.end <= a for s in spans):
        return spans
    conf = min(s.confidence for s in inside)
    series_end = m.start("series") + len(_SERIES_NUMBER.sub("", m["series"]))
    new = [
        Span("location", m["town"], a, m.end("town"), conf),
        Span("publisher", m["publisher"], m.start("publisher"), m.end("publisher"), conf),
        Span("date", m["year"], m.start("year"), m.end("year"), conf),
        Span("collection-title", text[m.start("series") : series_end], m.start("series"), series_end, conf),
    ]
    if m["count"]:  # the book's count of pages after the series: "– X, 302 S."
        new.append(Span("pages", m["count"], m.start("count"), m.end("count"), conf))
    return replaced(spans, text, a, z, new)


# the linguistics house styles' series after a title or a book, its number after a comma: "Bare (Languages of the
# World/Materials, 100.) München: …", "In Name (ed.), Book (Committee on Ethiopian Studies Monograph, 5), 377-392."
# (no year for the number: "(Oxford, 1990)" is an imprint; two words at least, the first capitalised)
_SERIES_COMMA_NUMBER = lazy_pattern(
    r"\s*\((?P<series>[A-Z\u00c0-\u00de][\w'’&/-]*(?:\s+[\w'’&/-]+){1,10}),\s*"
    r"(?P<number>(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}|[IVXLC]{1,6})\.?\)"
    r"(?=\s*,\s*\d|\.?\s+[A-Z\u00c0-\u00de])"
)
_WORK_LABELS = frozenset(["title", "container-title"])
# what the bracket may have been read as besides the work's words
_SERIES_MISREAD = frozenset(["title", "container-title", "collection-title", "volume"])


@needs(any_label=_WORK_LABELS, marks=["("])
def series_number_bracket_closing_work(spans: list[Span], text: str) -> list[Span]:
    """``Bare (Languages of the World/Materials, 100.) München: Lincom Europa.`` and ``In M. L. Bender (ed.), The
    Non-Semitic Languages of Ethiopia (Committee on Ethiopian Studies Monograph, 5), 377-392.`` with the bracket read
    into the title or the book (or as a book of its own, its number a volume): it is the series with its number
    (collection-title), before the pages or the imprint."""
    for m in _SERIES_COMMA_NUMBER.finditer(text):
        if _VOLUME_WORD.match(m.group("series")):
            continue
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        inside = [s for s in spans if s.start < m.end() and s.end > a]
        if not inside or any(s.label not in _SERIES_MISREAD for s in inside) or inside[-1].end > m.end() + 1:
            continue
        # the title or book the bracket closes, read through it or ending just before it
        closed = (s for s in spans if s.label in _WORK_LABELS and s.start < a)
        if not any(s.end > a or not text[s.end : a].strip() for s in closed):
            continue
        b, z = m.start("series"), m.end("number")
        if len(inside) == 1 and inside[0].label == "collection-title" and inside[0].start == b and inside[0].end == z:
            continue
        spans = replaced(spans, text, a, m.end(), [Span("collection-title", text[b:z], b, z, 0.5)])
        spans.sort(key=lambda s: s.start)
    return spans
