"""Mend of the AMS's conference paper, ``Title. Preprints, 22nd Conf. on Severe Local Storms, Hyannis, MA, Amer.
Meteor. Soc., 75–78.`` (the American Meteorological Society's journals and the meteorology that cites them):
the model reads the meeting and its town into the title and the state into the publisher. ``Preprints,`` opens
the meeting's volume: its name runs to the next comma, the town and its state follow, then the society and the
pages."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_PREPRINTS = lazy_pattern(
    r"(?<=[^\W\d_]{2}[.?!])\s+(?P<word>Preprints|Extended Abstracts|Preprint Volume),\s+(?P<meeting>[^,]{6,120}),\s+"
    r"(?P<place>[A-Z][^,]{1,40},\s+[A-Z]{2}|[A-Z][^,]{1,40},\s+[A-Z][a-z]+),\s+(?P<publisher>[A-Z][^,]{1,60}?)"
    r"(?:,\s+(?P<pages>\d+\s*[-–]\s*\d+|[A-Z]?\d+(?:\.\d+)?))?\s*\.?\s*$"
)
_AFTER = frozenset(["title", "location", "publisher", "pages", "container-title", "note"])


@needs(labels=["title"], marks=("Preprints", "Extended Abstracts", "Preprint Volume"))
def ams_preprint_volume(spans: list[Span], text: str) -> list[Span]:
    """``Title. Preprints, Meeting, Town, ST, Society, pages.``: the meeting is the container, the town and state
    the place, the society the publisher."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _PREPRINTS.search(text, s.start)
        if m is None or m.start() >= s.end or any(t.label not in _AFTER for t in spans[k + 1 :]):
            return spans
        parts = [Span("title", text[s.start : m.start()], s.start, m.start(), s.confidence)]
        for group, label in (("meeting", "container-title"), ("place", "location"), ("publisher", "publisher")):
            parts.append(Span(label, m[group], m.start(group), m.end(group), s.confidence))
        if m["pages"]:
            parts.append(Span("pages", m["pages"], m.start("pages"), m.end("pages"), s.confidence))
        return [*spans[:k], *parts]
    return spans
