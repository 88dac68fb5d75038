"""Mends of a reprint's note: after the imprint of the first printing, ``Reprint, Cambridge:
Cambridge University Press, 2008.`` or ``as reprinted in Hood and Koopmans, Studies …, New York:
John Wiley, 1953.`` (a Chicago note's ``(1979; reprint, New York: Stroke and Crowder, 2000)``) tells
of a later printing, and none of its parts is the work's place, publisher, date or title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_REPRINT = lazy_pattern(
    r"^\s*[(\[]?\s*(?:as\s+)?(?:reprint(?:ed)?|repr\.|also\s+(?:published|printed|appeared)\s+in|republished)(?=\W|$)",
    re.I,
)


def opens_on_reprint(text: str) -> bool:
    """Whether ``text`` opens on a later printing's word (``Reprint,``, ``Reprinted in``, ``repr.``)."""
    return _REPRINT.match(text) is not None


# what the note runs on to: the later printing's parts, not the reference's identifiers
_NOTE_PARTS = frozenset(
    [
        "title",
        "source",
        "container-title",
        "journal",
        "editor",
        "location",
        "publisher",
        "date",
        "pages",
        "volume",
        "note",
        "edition",
    ]
)


@needs(labels=["date"], words=["repr", "also", "republ"])  # the note follows a date and opens on its word
def reprint_apart(spans: list[Span], text: str) -> list[Span]:
    """A span opening with ``Reprint``/``Reprinted``/``repr.`` (or ``Also published in``) after the reference's
    date runs, with the later printing's parts after it, into one note (a note's bracketed ``(1977; repr., …)``
    is ``bracketed_reprint``'s)."""
    if _BRACKETED_REPRINT.search(text):
        return spans
    seen_date = False
    for k, s in enumerate(spans):
        if seen_date and _REPRINT.match(s.text):
            z = k
            while z + 1 < len(spans) and spans[z + 1].label in _NOTE_PARTS:
                z += 1
            end = spans[z].end
            note = Span("note", text[s.start : end], s.start, end, s.confidence)
            return [*spans[:k], note, *spans[z + 1 :]]
        seen_date = seen_date or s.label == "date"
    return spans


# a Chicago note's first year and the later printing in its brackets: "*Title* (1979; reprint, New York: …"
# what the work before a note's reprint bracket was read as, with no title before it
_WORK_READINGS = frozenset(["source", "journal", "container-title"])
_BRACKETED_REPRINT = lazy_pattern(r"\((?:1[5-9]\d\d|20\d\d);\s*(?=(?:reprint(?:ed)?|repr\.)\W)", re.I)


@needs(marks=[";"], words=["repr"])
def bracketed_reprint(spans: list[Span], text: str) -> list[Span]:
    """``*Title* (1979; reprint, New York: Stroke and Crowder, 2000), 9.`` read with ``(1979; reprint,``
    in the title (or the year in the title and ``; reprint,`` as a publisher): the year before the
    semicolon is the work's date, the later printing after it, to the bracket's close, a note."""
    m = _BRACKETED_REPRINT.search(text)
    close = text.find(")", m.end()) if m else -1
    if m is None or close < 0:
        return spans
    at = [k for k, s in enumerate(spans) if s.start <= m.start() < s.end]
    to = [k for k, s in enumerate(spans) if s.start <= close < s.end]
    if not at or not to or not text[spans[at[0]].start : m.start()].strip():
        return spans
    k, z = at[0], to[0]
    if any(s.label not in _NOTE_PARTS for s in spans[k + 1 : z + 1]):
        return spans
    s = spans[k]
    head = text[s.start : m.start()].rstrip()
    date = text[m.start() : m.end()].rstrip()
    titled = any(x.label == "title" for x in spans[:k])
    return [
        *spans[:k],
        # the work the reprint note follows is a book, its name the title wherever the reading put it
        Span(
            "title" if s.label in _WORK_READINGS and not titled else s.label,
            head,
            s.start,
            s.start + len(head),
            s.confidence,
        ),
        Span("date", date, m.start(), m.start() + len(date), s.confidence),
        Span("note", text[m.end() : close], m.end(), close, s.confidence),  # the bracket's close is no part
        *spans[z + 1 :],
    ]


# the imprint's first year and the later printing's, closing the reference: "…, 1940, repr. 1980."
_YEAR_THEN_REPRINT = lazy_pattern(
    r",\s*(?P<year>(?:1[5-9]|20)\d\d)\s*,\s*(?P<note>(?:repr\.|reprint(?:ed)?)\s*(?:1[5-9]|20)\d\d)\s*\.?\s*$", re.I
)


@needs(words=["repr"])
def year_then_reprint_year(spans: list[Span], text: str) -> list[Span]:
    """``St. Paul's Bibliographies, 1940, repr. 1980.`` with the first year read into the imprint and the
    reprint's year as the date: the first year is the work's date, ``repr. 1980`` a note."""
    m = _YEAR_THEN_REPRINT.search(text)
    if m is None:
        return spans
    cut = m.start()
    kept = [s for s in spans if s.start < cut]
    if not kept or any(s.label == "date" for s in kept):
        return spans
    last = kept[-1]
    if last.end > cut:
        kept[-1] = Span(last.label, text[last.start : cut], last.start, cut, last.confidence)
    conf = min(s.confidence for s in spans)
    (y, yz), (n, nz) = m.span("year"), m.span("note")
    return [*kept, Span("date", text[y:yz], y, yz, conf), Span("note", text[n:nz], n, nz, conf)]


# the first printing's year and the reprint's word read into the title: "Nature. 1836. Reprint,"
_REPRINT_IN_TITLE = lazy_pattern(
    r"(?<=[.?!*])\s+(?P<year>(?:1[5-9]|20)\d\d(?:[-–]\d{2,4})?)\.\s+(?P<rest>(?:Reprint(?:ed)?|Repr\.)(?=\W|$).*)$"
)


@needs(any_label=("title", "journal"), words=["repr"])
def reprint_in_title(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Nature. 1836. Reprint, Boston: Beacon Press, 1985.`` with the first year and ``Reprint,`` read
    into the title: the title ends at its stop, the year is the work's date and the reprint a note, which
    ``reprint_apart`` then runs on over the later printing's parts."""
    for k, s in enumerate(spans):
        if s.label not in ("title", "journal") or (m := _REPRINT_IN_TITLE.search(s.text)) is None:
            continue
        a, y0, y1, r0 = s.start, s.start + m.start("year"), s.start + m.end("year"), s.start + m.start("rest")
        parts = [
            Span("title", text[a : s.start + m.start()], a, s.start + m.start(), s.confidence),
            Span("date", text[y0 : y1 + 1], y0, y1 + 1, s.confidence),
            Span("note", text[r0 : s.end], r0, s.end, s.confidence),
        ]
        return [*spans[:k], *parts, *spans[k + 1 :]]
    return spans
