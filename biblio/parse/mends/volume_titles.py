"""Mends of a report's title with its volume and the series named before its imprint, as the OECD and other
international bodies cite their reports: ``OECD (2019), PISA 2018 Results (Volume I): What Students Know and Can
Do, PISA, OECD Publishing, Paris, https://doi.org/….``

The volume's bracket closes the main title and a colon opens the subtitle, so the labeller reads the subtitle
as a journal; the series named between the title and the publisher, a short name no gazetteer holds, it reads
as a place. The bracket is part of the title, and a name before ``Publisher, Place`` that is no place is the
series.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# "(Volume I)", "(Vol. 2)", "(Part B)" closing the main title
_VOLUME_CLOSES = lazy_pattern(r"\((?:Volume|Vol\.|Part|Book)\s+[\dIVXLivxlA-H]{1,5}\)\s*$")
_COLON_OPENS = lazy_pattern(r"^\s*:\s*\S")
_WORKS = frozenset(["journal", "container-title"])


@needs(labels=["title"], any_label=_WORKS, marks=(":",))
def subtitle_after_volume(spans: list[Span], text: str) -> list[Span]:
    """``PISA 2018 Results (Volume I) | : What Students Know and Can Do`` read as a title and a journal: the
    subtitle after the volume's bracket and its colon is the title's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "title" or nxt.label not in _WORKS or not _VOLUME_CLOSES.search(s.text):
            continue
        if not _COLON_OPENS.match(nxt.text) or text[s.end : nxt.start].strip():
            return spans
        if sum(x.label in _WORKS for x in spans) > 1:
            return spans  # (a second container: the colon's words may be a journal indeed)
        joined = Span("title", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
        return [*spans[:k], joined, *spans[k + 2 :]]
    return spans


# a series' short name: a capitalised word and up to five more
_SERIES_NAME = lazy_pattern(r"[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}")


@needs(labels=("title", "location", "publisher"))
def series_read_as_place(spans: list[Span], text: str) -> list[Span]:
    """``…, PISA, | OECD Publishing, | Paris,`` with the series read as a first place: a name that is no place,
    between the title and ``Publisher, Place``, is the series the report belongs to."""
    for k in range(1, len(spans) - 2):
        s, pub, place = spans[k], spans[k + 1], spans[k + 2]
        if s.label != "location" or pub.label != "publisher" or place.label != "location":
            continue
        name = s.text.strip(" ,.;")
        # ("PISA" in capitals is a programme's acronym, not the town)
        if spans[k - 1].label != "title" or not _SERIES_NAME.fullmatch(name) or is_place(name) and not name.isupper():
            return spans
        if not is_place(place.text) or ":" in s.text or not s.text.rstrip().endswith(","):
            return spans  # (the series ends at its comma: "Los Alamos | National Laboratory" is one name)
        return [*spans[:k], Span("collection-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# ISBD's " ; Volume II." after an untitled work's title: "Lettere da una vita ; Volume II. Bologna: EDB, 1998."
_ISBD_VOLUME = lazy_pattern(r"(?:Volume|Vol\.|Tome|Tomo|Band|Bd\.)\s+[\dIVXLivxl]{1,5}\b")
_READ_FOR_TITLE = frozenset(["author", "editor", "note"])


@needs(labels=["volume"], without=["title"], marks=(";",))
def title_before_isbd_volume(spans: list[Span], text: str) -> list[Span]:
    """``Lettere da una vita ; | Volume II. | Bologna:`` with the title that opens the reference, closed by ISBD's
    `` ; `` before its volume, read as names or a note: it is the title."""
    if len(spans) < 2 or spans[0].label not in _READ_FOR_TITLE or spans[1].label != "volume":
        return spans
    first = spans[0]
    if not first.text.rstrip().endswith(" ;") or not _ISBD_VOLUME.match(spans[1].text):
        return spans
    return [Span("title", first.text, first.start, first.end, first.confidence), *spans[1:]]


# APA's book volume in brackets after the title, "República (Vol. 94). Gredos."
_BRACKETED_VOLUME = lazy_pattern(r"\s*Vols?\.\s+[\dIVXLC]+(?:[-–]\d+)?\)\.?\s*")
_IMPRINT = frozenset(["publisher", "location"])


@needs(labels=("journal", "volume"), any_label=_IMPRINT, without=("pages", "issue"), marks=("(Vol",))
def book_volume_after_title(spans: list[Span], text: str) -> list[Span]:
    """APA's ``Platón. Diálogos IV. República (Vol. 94). Gredos.`` with the title's last sentences read as a
    journal before the volume: the bracketed volume and the imprint after it make the words before it the
    book's title, one with the sentence before it."""
    for k in range(len(spans) - 2):
        j, v, imprint = spans[k : k + 3]
        if j.label != "journal" or v.label != "volume" or imprint.label not in _IMPRINT:
            continue
        if not j.text.rstrip().endswith("(") or not _BRACKETED_VOLUME.fullmatch(v.text):
            return spans
        head = k - 1 if k and spans[k - 1].label == "title" and not text[spans[k - 1].end : j.start].strip() else k
        a = spans[head].start
        title = Span("title", text[a : j.end], a, j.end, j.confidence)
        place = imprint if imprint.label == "publisher" or is_place(imprint.text.strip(" .,")) else None
        tail = [place or Span("publisher", imprint.text, imprint.start, imprint.end, imprint.confidence)]
        return [*spans[:head], title, v, *tail, *spans[k + 3 :]]
    return spans
