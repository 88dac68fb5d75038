"""Mend of a recorded talk as Chicago cites it (CMOS 14.267): ``Bouman, Katie. “How to Take a Picture of a Black
Hole.” Filmed November 2016 at TEDxBeaconStreet, Brookline, MA. TED video, 12:51.`` Where no address follows, the
labeller reads "Filmed" as a journal and the place's state into the medium; when it was filmed is the date, where a
note, the video's kind its medium and its length a note."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_FILMED = lazy_pattern(
    rf"(?P<filmed>(?P<word>[Ff]ilmed)\s+(?P<date>(?:{ENGLISH_MONTH}\s+)?(?:\d{{1,2}},\s+)?\d{{4}})"
    r"(?:\.?\s+(?P<place>(?:at|in)\s+[^.]{2,80}?))?)\.\s+"
    r"(?P<medium>(?:[A-Z][\w-]*\s+)?[Vv]ideo)(?:[.,]\s*(?P<length>\d{1,2}:\d{2}(?::\d{2})?))?(?=[.,]|\s*$)"
)


@needs(words=["filmed"])
def filmed_talk(spans: list[Span], text: str) -> list[Span]:
    """``Filmed November 2016 at TEDxBeaconStreet, Brookline, MA. TED video, 12:51.`` read as a journal and a medium
    holding the place's state: where and when it was filmed is a note, the video's kind the medium."""
    m = _FILMED.search(text)
    if m is None or any(s.label == "medium" and (s.start, s.end) == m.span("medium") for s in spans):
        return spans
    c = min((s.confidence for s in spans), default=1.0)
    new = [Span("note", m["word"], *m.span("word"), c), Span("date", m["date"], *m.span("date"), c)]
    if m["place"]:
        new.append(Span("note", m["place"], *m.span("place"), c))
    new.append(Span("medium", m["medium"], *m.span("medium"), c))
    if m["length"]:
        new.append(Span("note", m["length"], *m.span("length"), c))
    return replaced(spans, text, m.start(), m.end(), new)
