"""Mends of a British Harvard title that ends on the places it is about, unquoted and with commas
(``… at Diary Lane, Nursling, Southampton, Proceedings of the Hampshire Field Club 52, 1-58``): the places
read into the journal. The journal is the last part before its volume; the places before it close the title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_PART_COMMA = lazy_pattern(r",\s+")
# "Nursling", "West Sussex 1985-90", "Great Holts Farm": a place's capitalised words, maybe its years
_PLACE_PART = lazy_pattern(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}(?:\s+\d{4}(?:-\d{2,4})?)?")
_JOURNAL_PART = lazy_pattern(r"[A-Z][\w'-]+(?:\s+[\w'&-]+){1,12}")


@needs(labels=["journal", "volume"])
def places_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Title at Diary Lane, | Nursling, Southampton, Journal | 52,`` (or the whole of ``Title, West Sussex
    1985-90, Journal | 133,`` read as the journal, no title read): the parts before the journal's last
    comma that are places close the title."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label != "journal" or spans[k + 1].label != "volume":
            continue
        cuts = list(_PART_COMMA.finditer(s.text))
        if not cuts or not _JOURNAL_PART.fullmatch(s.text[cuts[-1].end() :].strip()):
            return spans
        before = spans[k - 1] if k else None
        # the title's last comma is in its span or between it and the journal
        titled = before is not None and before.label == "title" and text[before.start : s.start].rstrip().endswith(",")
        if titled and before and text[before.end : s.start].strip() not in ("", ","):
            return spans
        # no title read: only Harvard's ``Author Year Title, Places, Journal`` with the year just before
        if not titled and (before is None or before.label != "date" or any(x.label == "title" for x in spans)):
            return spans
        starts = [0, *[c.end() for c in cuts[:-1]]] if titled else [c.end() for c in cuts[:-1]]
        ends = [c.start() for c in cuts]
        # no title read and one comma: no part is left to be a place
        if not starts or not all(
            _PLACE_PART.fullmatch(s.text[a:z]) for a, z in zip(starts, ends[-len(starts) :], strict=True)
        ):
            return spans
        z, j = s.start + cuts[-1].start(), s.start + cuts[-1].end()
        a = before.start if titled and before else s.start
        head = spans[: k - 1] if titled else spans[:k]
        return [
            *head,
            Span("title", text[a:z], a, z, s.confidence),
            Span("journal", text[j : s.end], j, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a book's title of a sentence, then the place before the colon of the imprint: "Neuroscience. Sunderland, MA, USA:"
_TITLE_THEN_TOWN = lazy_pattern(r"(?P<title>[^\W\d_][^.:;]*[^\W\d_]\.)\s+(?P<town>[A-Z][^.:;]*?)\s*:\s*")


@needs(labels=["author", "location", "publisher"], without=["title"])
def title_read_into_place(spans: list[Span], text: str) -> list[Span]:
    """The IEEE's ``D. Purves, …, and L. White, Neuroscience. Sunderland, MA, USA: Sinauer Associates, 2001.`` with
    the book's title read into its place: where no title was read, a place right after the names that opens on a
    sentence before a known town is the title and the town."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "location" or spans[k - 1].label != "author":
            continue
        m = _TITLE_THEN_TOWN.fullmatch(s.text)
        if m is None or not is_place(m["town"]):
            return spans
        a, z = m.span("title")
        ta, tz = m.start("town"), len(s.text)
        return [
            *spans[:k],
            Span("title", s.text[a:z], s.start + a, s.start + z, s.confidence),
            Span("location", s.text[ta:tz], s.start + ta, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans
