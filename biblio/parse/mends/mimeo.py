"""Mend of an economist's circulated draft: ``"Title." Mimeo, Harvard University.`` The word ``Mimeo`` (a
mimeographed, circulated paper) is the kind of work and the body after it the one that circulated it; the
model, which met the word rarely, reads both as a note, or the word as a place and the body as its publisher."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# after a full stop or a quote closing the title: the word, a comma, the body, and a place after a comma
_MIMEO = lazy_pattern(
    r"(?<=[.,”\"’]\s)(?P<genre>[Mm]imeo(?:graph(?:ed)?)?)\s*,\s*(?P<body>[A-Z][^\d.,;:()]*?)"
    r"(?:,\s*(?P<place>[A-Z][^\d.,;:()]*?(?:,\s*[A-Z]{2})?))?\s*\.?\s*$"
)
# what the model reads the word and the body into
_HOLDERS = frozenset(["note", "location", "publisher", "container-title", "journal", "genre"])


@needs(words=["mimeo"])
def mimeo_apart(spans: list[Span], text: str) -> list[Span]:
    """``Mimeo, Harvard University.`` read as a note (or ``Mimeo`` as a place): the word is the genre,
    the body the publisher, a place after it the place."""
    m = _MIMEO.search(text)
    if m is None:
        return spans
    a, z = m.start("genre"), m.end("place") if m["place"] else m.end("body")
    inside = [s for s in spans if s.start < z and s.end > a]
    if not inside or any(s.label not in _HOLDERS for s in inside):
        return spans
    conf = min(s.confidence for s in inside)
    new = [Span("genre", m["genre"], a, m.end("genre"), conf), Span("publisher", m["body"], *m.span("body"), conf)]
    if m["place"]:
        new.append(Span("location", m["place"], *m.span("place"), conf))
    return replaced(spans, text, a, z, new)
