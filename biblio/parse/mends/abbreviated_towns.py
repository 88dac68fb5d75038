"""Mend of the towns older bibliographies write cut short before the year: ``History of Medicine, Phila., 1929.``,
``N. Y., 1937.``, ``Lond., 1898``, ``Oxf.``, ``Edinb.``, ``Camb.``: the model, not knowing the short form, reads it
into the title or the names before it."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the town's short form after the comma or stop closing the title, then the year: "…, Phila., 1929", "… Lond. 1898"
SHORT_TOWNS = r"Phila|Lond|Oxf|Edinb|Camb"
_SHORT_TOWN_YEAR = lazy_pattern(
    rf"(?<=[,.]\s)(?P<town>{SHORT_TOWNS}|N\.\s?Y)\.,?\s+(?P<year>1[5-9]\d\d|20\d\d)\b"
)
_MARKS = ("Phila.", "Lond.", "Oxf.", "Edinb.", "Camb.", "N. Y.", "N.Y.")
# what a short town may be read into: the title before it, the names it follows, a publisher or a note
_HOLDERS = frozenset(["title", "container-title", "journal", "author", "publisher", "note", "editor"])
_WORKS = frozenset(["title", "container-title", "journal", "author", "editor"])


@needs(marks=_MARKS)
def short_town_before_year(spans: list[Span], text: str) -> list[Span]:
    """``…, Phila., 1929.``: the town's short form between the title and the year is the place of publication."""
    m = _SHORT_TOWN_YEAR.search(text)
    if m is None:
        return spans
    a, z = m.span("town")
    z += 1  # the short form's stop is its own
    inside = [s for s in spans if s.start < z and a < s.end]
    if not inside or any(s.label not in _HOLDERS and s.label != "location" for s in inside):
        return spans
    if any(s.label == "location" for s in inside):
        return spans  # read as a place already (maybe with its town: "Troy, N. Y.")
    if not any(s.start < a - 2 and s.label in _WORKS for s in spans):
        return spans  # nothing before the town: no imprint after a work
    out = replaced(spans, text, a, z, [Span("location", text[a:z], a, z, inside[0].confidence)])
    k = next(i for i, s in enumerate(out) if s.start == a)
    if k and out[k - 1].label in ("container-title", "journal") and not any(s.label == "title" for s in out):
        # a book's imprint after the one work named: that work is the book, no container
        s = out[k - 1]
        out[k - 1] = Span("title", s.text, s.start, s.end, s.confidence)
    return out
