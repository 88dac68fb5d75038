"""Mend of a technical series' imprint in brackets after the title, as NIST cites its own series and
the documents it draws on: ``Blank R, Gallagher P (2012) Guide for Conducting Risk Assessments. (National
Institute of Standards and Technology, Gaithersburg, MD), NIST Special Publication (SP) 800-30 Revision 1.
https://doi.org/…``, ``Rescorla E, Dierks T (2008) Title. (Internet Engineering Task Force (IETF)), IETF
Request for Comments (RFC) 5246.``, ``(The White House, Washington, DC), OMB Circular A-130, July 28,
2016.`` The bracket holds the publisher and its place; the series and number after it are the
document's number (a note), and a date may close them."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# the title's full stop, then the bracket that opens on a name
_OPENS = lazy_pattern(r"\.\s+\((?=[A-Z])")
# "Gaithersburg, MD", "Washington, DC", "Geneva, Switzerland": a town and its state or country closing
# the bracket
_PLACE = lazy_pattern(r",\s+(?P<place>[A-Z][\w.'\- ]*,\s+[A-Z][\w.]*)$")
# after the bracket: the series' words with a digit somewhere (``NIST SP 1270``, ``OMB Circular A-130``)
_SERIES = lazy_pattern(
    r"^,?\s+(?P<series>[A-Z][^\n]*?\d[^\n]*?)(?P<date>,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4})?\s*\.?\s*$"
)
# the spans the model cuts such a bracket and series into
_PARTS = frozenset(
    ["publisher", "location", "note", "pages", "journal", "container-title", "date", "volume", "issue"]
    + ["title", "genre", "edition"]  # "Rev. 1" read as an edition
)
_LINKS = frozenset(["url", "doi"])


def _closing(text: str, i: int) -> int:
    """The index of the bracket that closes the one opened at ``i``, or -1."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return j
    return -1


@needs(labels=["date", "title"], marks=["("])
def series_imprint_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title. (Publisher, Place), Series Number. URL`` read with the series in the publisher, the place
    or the pages, or the bracket in the title: the bracket's name is the publisher, its town and state
    the place, the words after it the document's number (a note) and a date closing them the date."""
    if labels_of(spans).isdisjoint(_LINKS) or not spans or spans[0].label not in ("author", "editor"):
        return spans
    title = next((s for s in spans if s.label == "title"), None)
    if title is None:
        return spans
    m = _OPENS.search(text, title.start)
    if m is None:
        return spans
    a = m.end() - 1
    close = _closing(text, a)
    link = next((s for s in spans if s.label in _LINKS and s.start > a), None)
    if close < 0 or link is None or close > link.start:
        return spans
    series = _SERIES.match(text[close + 1 : link.start])
    if series is None:
        return spans
    inner_a, inner_z = a + 1, close
    inside = [s for s in spans if s.end > a and s.start < link.start]
    if any(s.label not in _PARTS for s in inside):
        return spans
    conf = min(s.confidence for s in inside)
    new = []
    place = _PLACE.search(text, inner_a, inner_z)
    name_z = place.start() if place else inner_z
    new.append(Span("publisher", text[inner_a:name_z], inner_a, name_z, conf))
    if place:
        new.append(Span("location", place["place"], place.start("place"), place.end("place"), conf))
    base = close + 1
    new.append(Span("note", series["series"], base + series.start("series"), base + series.end("series"), conf))
    if series["date"]:
        d = base + series.start("date")
        new.append(Span("date", text[d : base + series.end("date")], d, base + series.end("date"), conf))
    return replaced(spans, text, a, link.start, new)
