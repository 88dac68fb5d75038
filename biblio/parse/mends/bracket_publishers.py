"""Mends of Optica's and the APS's imprint of a proceedings volume, ``in Title, vol. 3492 (SPIE, 1999),
pp. 665–675.``: the publisher and the year in one pair of brackets after the volume."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.spans import Span

# "vol. 3492 (SPIE, 1999)": a volume, then a name and a year in brackets (no colon: a
# "Place: Publisher" imprint is read as such elsewhere)
_VOLUME_IMPRINT = lazy_pattern(
    r"\b(?:vol\.|Vol\.|volume)\s*\d{1,6}\s*\((?P<publisher>[^\W\d_][^(),:\d]{1,60}?),\s*"
    r"(?P<year>(?:1[6-9]|20)\d\d)\)"
)


@needs(labels=("container-title", "volume"), without=("publisher",), marks=("(",))
def publisher_bracket_after_volume(spans: list[Span], text: str) -> list[Span]:
    """``in Third International Conference on …, vol. 3492 (SPIE, 1999), pp. 665–675.`` with ``SPIE``
    read into the proceedings' title: the name before the year in the brackets after the volume is
    the publisher."""
    m = _VOLUME_IMPRINT.search(text)
    if m is None:
        return spans
    new = [
        Span("publisher", m.group("publisher"), m.start("publisher"), m.end("publisher")),
        Span("date", m.group("year"), m.start("year"), m.end("year")),
    ]
    return read_anew(spans, text, m.start("publisher"), m.end("year"), new)
