"""The proceedings' meeting days and town after the proceedings' name, as Emerald's and many conference lists write
them: ``Proceedings of the 12th Workshop on X, 1-2 November, Groningen, pp. 45-52.``. The model runs the days and
the town into the proceedings' name, or reads them together as a source; the days are a note, the town (the last
comma part, after the month) is the place."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAYS = rf"\d{{1,2}}(?:\s?[-\u2013]\s?\d{{1,2}})?\s{_MONTH}"
_TOWN = r"[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?"
# the meeting's name, then its days and town, closing a span
_MEETING_DAYS_TOWN = lazy_pattern(
    rf"^(?P<head>.*\b(?:Proceedings|Conference|Workshop|Symposium|Congress|Colloquium|Meeting)\b[^,]*?),\s"
    rf"(?P<days>{_DAYS}),\s(?P<town>{_TOWN})[,.;]?$"
)
_DAYS_TOWN = lazy_pattern(rf"^(?P<days>{_DAYS}),\s(?P<town>{_TOWN})[,.;]?$")
_HOLDERS = frozenset(["container-title", "title", "source", "note", "journal", "date"])
_MEETING_WORDS = ("Proceedings", "Conference", "Workshop", "Symposium", "Congress", "Colloquium", "Meeting")
_MEETING_WORD = lazy_pattern(r"\b(?:Proceedings|Conference|Workshop|Symposium|Congress|Colloquium|Meeting)\b")


# (both forms name the meeting in the span or the one before it: a text without such a word is passed by)
@needs(any_label=_HOLDERS, marks=_MEETING_WORDS)
def meeting_days_and_town(spans: list[Span], text: str) -> list[Span]:
    """``…, Proceedings of the 12th Workshop on X, 1-2 November, Groningen, pp. 45-52.`` with the days and the town
    read into the proceedings' name or as a source: the name, the days as a note, the town as the place."""
    for k, s in enumerate(spans):
        if s.label not in _HOLDERS or "," not in s.text:
            continue
        m = _MEETING_DAYS_TOWN.match(s.text) if s.label not in ("source", "date") else None
        if m is None and s.label in ("source", "note", "date"):
            # (the days and town apart, after the meeting's name)
            before = spans[k - 1] if k else None
            if before is None or before.label not in ("container-title", "title", "journal"):
                continue
            if not _MEETING_WORD.search(before.text):
                continue
            m = _DAYS_TOWN.match(s.text)
        if m is None or any(t.label == "location" for t in spans):
            continue
        new: list[Span] = []
        if "head" in m.groupdict():
            if "Proceedings" not in text and s.label == "title":
                continue
            label = "container-title" if s.label == "title" else s.label
            new.append(Span(label, m["head"], s.start, s.start + m.end("head"), s.confidence))
        for label, g in (("note", "days"), ("location", "town")):
            new.append(Span(label, m[g], s.start + m.start(g), s.start + m.end(g), s.confidence))
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans
