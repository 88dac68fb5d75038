"""Mends of a book's imprint in the RSC's form, ``Authors, Title, Publisher, Place, 5th edn, 2007.``: the
publisher (and its place, perhaps a town and its state's code) stand between the title and the edition, parted by
commas alone, so the labeller reads the publisher into the title or into the edition."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# ", 5th edn, 2007." closing the reference, and the comma clause before it
_EDITION_YEAR = lazy_pattern(
    r",\s+(?P<clause>[^\W\d][^,;:]{1,60}?),\s+(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+edn)\.?,?\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)\.?\s*$"
)
_IMPRINT = ("publisher", "location")
_CLAUSE_BEFORE = lazy_pattern(r",\s+(?P<clause>[^\W\d][^,;:]{1,60}?)\s*$")


@needs(words=["edn"])
def publisher_before_edition(spans: list[Span], text: str) -> list[Span]:
    """``Title, Springer, 5th edn, 2007.`` with the publisher read into the title or the edition: the
    clause before the edition is the publisher, or, where it names a place, the place with the publisher
    in the clause before it."""
    if "edn" not in text or (m := _EDITION_YEAR.search(text)) is None:
        return spans
    a = m.start("clause")
    town = _CLAUSE_BEFORE.search(text, 0, m.start())
    if town and (is_place(m.group("clause")) or not is_place(text[town.start("clause") : m.end("clause")])):
        town = None
    if any(s.label in _IMPRINT and s.start <= (town.start("clause") if town else a) < s.end for s in spans):
        return spans  # the model read the clause as the imprint: its reading stands
    new = [Span("publisher", m.group("clause"), a, m.end("clause"))]
    if town:
        # a town and its state's or country's code, "Stata Press, College Station, TX, 2nd edn": the place is both
        a = town.start("clause")
        new = [Span("location", text[a : m.end("clause")], a, m.end("clause"))]
        if (before := _CLAUSE_BEFORE.search(text, 0, town.start())) and not is_place(before.group("clause")):
            a = before.start("clause")
            new.insert(0, Span("publisher", before.group("clause"), a, before.end("clause")))
    elif is_place(m.group("clause")):
        new = [Span("location", m.group("clause"), a, m.end("clause"))]
        if (before := _CLAUSE_BEFORE.search(text, 0, m.start())) and not is_place(before.group("clause")):
            a = before.start("clause")
            new.insert(0, Span("publisher", before.group("clause"), a, before.end("clause")))
    new += [Span(label, m.group(label), m.start(label), m.end(label)) for label in ("edition", "year")]
    new[-1] = Span("date", new[-1].text, new[-1].start, new[-1].end)
    return replaced(spans, text, a, m.end(), new)
