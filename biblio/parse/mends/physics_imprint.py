"""Mends of physics' bracketed imprint ``Title (Publisher, City, Year)``: the opening bracket read
into the title, or a series before it read into the publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

_OPEN_END = lazy_pattern(r"\s*\(\s*$")
_WORKS = ("title", "container-title")
_SENTENCE_BREAK = lazy_pattern(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])")
_SERIES = lazy_pattern(r"\bSeries\b|\bLecture Notes\b")
_AFTER_PUBLISHER = frozenset(["location", "date"])


def imprint_bracket_apart(spans: list[Span], text: str) -> list[Span]:
    """``The Theory of Open Quantum Systems (`` read with the imprint's opening bracket: the bracket
    goes into no field; ``Springer Series in Synergetics (Springer,`` read as the publisher: the
    words before the bracket are the series, the name after it the publisher."""
    if "(" not in text:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label in _WORKS and nxt.label == "publisher" and (m := _OPEN_END.search(s.text)):
            cut = s.start + m.start()
            # a span that was the bracket alone goes
            kept = [Span(s.label, text[s.start : cut], s.start, cut, s.confidence)] if cut > s.start else []
            return [*spans[:k], *kept, *spans[k + 1 :]]
        if s.label == "publisher" and nxt.label == "location" and s.text.count("(") == 1 and ")" not in s.text:
            a = s.start + s.text.index("(")
            series, name = text[s.start : a].strip(), text[a + 1 : s.end].strip(" ,")
            if len(series.split()) < 2 or not name:
                return spans
            return [
                *spans[:k],
                Span("collection-title", text[s.start : a], s.start, a, s.confidence),
                Span("publisher", text[a + 1 : s.end], a + 1, s.end, s.confidence),
                *spans[k + 1 :],
            ]
    return spans


def publisher_in_editors(spans: list[Span], text: str) -> list[Span]:
    """``edited by W. H. Haynes (CRC, | Boca Raton, FL, 2011)`` with the imprint's bracket and publisher
    read into the editors: the name after the bracket is the publisher."""
    if "(" not in text:
        return spans
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "editor" or nxt.label not in _AFTER_PUBLISHER or (cut := _bracket_opens(s)) is None:
            continue
        a, name = cut
        if not name or not text[s.start : a].strip():
            return spans
        return [
            *spans[:k],
            Span("editor", text[s.start : a], s.start, a, s.confidence),
            Span("publisher", text[a + 1 : s.end], a + 1, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# "2006), Chap. 8,": the year that closes a bracketed imprint, then what the reference cites in the book (or a
# work's range of years, then its count of volumes: "(Paris: 1857-1866), 161 volumes.")
_YEAR_CLOSES_BRACKET = lazy_pattern(
    r"^\s*(?:1[5-9]\d\d|20\d\d)(?:\s*[-–]\s*(?:1[5-9]\d\d|20\d\d))?[a-z]?\s*\)[\s,.;]*"
)


def year_closes_imprint(spans: list[Span], text: str) -> list[Span]:
    """``(Springer, Berlin, | 2006), Chap. 8,`` with the imprint's year read into a note, no date read:
    the year before the closing bracket is the date."""
    if "date" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "note" or spans[k - 1].label not in _AFTER_PUBLISHER | {"publisher"}:
            continue
        if (m := _YEAR_CLOSES_BRACKET.match(s.text)) is None or "(" not in text[: s.start]:
            continue
        z = s.start + m.end()
        date = Span("date", text[s.start : z], s.start, z, s.confidence)
        rest = [Span("note", text[z : s.end], z, s.end, s.confidence)] if text[z : s.end].strip(" ,.;") else []
        return [*spans[:k], date, *rest, *spans[k + 1 :]]
    return spans


def _bracket_opens(s: Span) -> tuple[int, str] | None:
    """Where the one bracket that ``s`` opens and does not close starts, and the words after it."""
    if s.text.count("(") != 1 or ")" in s.text:
        return None
    a = s.text.index("(")
    return s.start + a, s.text[a + 1 :].strip(" ,")


def series_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Numerical Optimization. Springer Series in Operations Research.`` read as one title before
    the publisher: the last sentence, a series' name, is the collection."""
    if "Series" not in text and "Lecture Notes" not in text:
        return spans
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "title" or spans[k + 1].label not in ("publisher", "location"):
            continue
        cut = None
        for cut in _SENTENCE_BREAK.finditer(s.text):  # noqa: B007 - the last break is wanted
            pass
        if cut is None:
            return spans
        head, tail = s.text[: cut.start() + 1], s.text[cut.end() :]
        if not _SERIES.search(tail) or len(tail.split()) > 10 or len(head.split()) < 2:
            return spans
        a = s.start + cut.end()
        title = Span("title", head, s.start, s.start + len(head), s.confidence)
        series = Span("collection-title", tail, a, s.end, s.confidence)
        return [*spans[:k], title, series, *spans[k + 1 :]]
    return spans


# "10th anniversary ed. (Cambridge University Press, Cambridge, 2010).": an edition's words, then the imprint
_EDITION_IMPRINT = lazy_pattern(
    r"(?P<ed>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Za-z]+\.?\s+)?(?:ed|edn|edition)\.?),?\s*"
    r"\((?P<pub>[^\W\d_][^()]{1,80}?),\s*(?P<year>(?:1[5-9]|20)\d\d)\)[.,;]?\s*"
)


@needs(labels=("note",), without=("publisher", "date"), marks=("(",))
def edition_and_imprint_in_note(spans: list[Span], text: str) -> list[Span]:
    """``Title, 10th anniversary ed. (Cambridge University Press, Cambridge, 2010).`` with the edition's
    unusual word taking the imprint into a note: the edition, the publisher (with its place) and the year."""
    for k, s in enumerate(spans):
        if s.label != "note" or (m := _EDITION_IMPRINT.fullmatch(s.text)) is None:
            continue
        new = [
            Span(label, m.group(group), s.start + m.start(group), s.start + m.end(group), s.confidence)
            for label, group in (("edition", "ed"), ("publisher", "pub"), ("date", "year"))
        ]
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# "(The Hillside Group,": the bracket opening the imprint, a name, the comma before the year
_BRACKETED_NAME = lazy_pattern(r"\(\s*(?P<name>[A-Z][^()\d,;:]{1,60}),\s*")
_YEAR_CLOSES = lazy_pattern(r".*\d{4}\s*\)[\s.,;]*")


@needs(labels=("container-title", "note", "date"), without=("publisher",))
def publisher_read_as_note(spans: list[Span], text: str) -> list[Span]:
    """The APS's ``in Proceedings of …, PLoP ’20 (The Hillside Group, 2022), pp. 1–11.`` with the publisher read
    as a note: a name after the bracket that opens the imprint, right before its year, is the publisher."""
    for k in range(1, len(spans) - 1):
        s = spans[k]
        if s.label != "note" or spans[k - 1].label != "container-title" or spans[k + 1].label != "date":
            continue
        m = _BRACKETED_NAME.fullmatch(s.text)
        if m is None or not _YEAR_CLOSES.fullmatch(spans[k + 1].text):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
