"""Mends of a paper in the proceedings of an event, in ABNT NBR 6023 form: ``Title. *In*: ENCONTRO
NACIONAL DE PESQUISA, 18., 2017, Marília. *Anais* [...]. Marília: UNESP, 2017. p. 1-20.`` After ``In:``
come the event's name, its number, year and city, then the proceedings' title (in bold or italics, its
omitted words as ``[...]``), then the imprint.  The labeller reads it all as one container."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_EVENT = lazy_pattern(
    r"\b[Ii]n\*{0,2}\s*:\s*(?P<event>[^.:]{3,200}?,\s*\d{1,3}(?:\.|\u00aa|\u00ba)?,\s*(?:1[5-9]\d\d|20\d\d),\s*"
    r"[^.,:]{2,40}(?:,\s*[^.,:]{2,20})?)\.\s+"
    r"(?P<proceedings>\*{1,2}[^*]{2,120}?\*{1,2}(?:\s*\[(?:\.\.\.|\u2026)\])?)\.\s+"
    r"(?:(?P<place>[^:.,]{2,40}):\s*(?P<publisher>[^,.:]{2,80}),\s*(?P<year>(?:1[5-9]\d\d|20\d\d))\.)?"
)


@needs(marks=["*"])
def event_proceedings(spans: list[Span], text: str) -> list[Span]:
    """``*In*: Event, 18., 2017, Marília. *Anais* [...]. Marília: UNESP, 2017.`` read as one container:
    the proceedings' title is the container, the event a note, and the imprint its place, publisher
    and year."""
    if "*" not in text or ":" not in text:
        return spans  # the proceedings' title is set in bold or italics after "In:"
    m = _EVENT.search(text)
    if m is None:
        return spans
    parts = [("note", "event"), ("container-title", "proceedings"), ("location", "place")]
    parts += [("publisher", "publisher"), ("date", "year")]
    new = [Span(label, m.group(g), m.start(g), m.end(g)) for label, g in parts if m.group(g)]
    z = new[-1].end + (1 if text[new[-1].end : new[-1].end + 1] == "." else 0)
    return replaced(spans, text, m.start(), z, new)
