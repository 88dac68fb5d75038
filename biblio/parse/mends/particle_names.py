"""Mend of an inverted name whose particle closes it: MHRA's ``Saussure, Ferdinand de, Cours de linguistique
générale (Paris: Payot, 1916)`` or ``Coetsem, Frans van, A General and Unified Theory …``.

The particle after the given names (``de``, ``van``, ``von der``) is a small word in lower case; the model,
which has seen it open family names, reads the title after it as more names. A family name, a comma, the given
names and the particle, then a comma, make one whole inverted name: what follows is the title, unless another
name is joined on (``and``, ``&``).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la|del|dos|das|ten|ter)"
# "Saussure, Ferdinand de, " / "Gabelentz, Georg von der, " opening the reference
_INVERTED_WITH_PARTICLE = lazy_pattern(
    rf"[A-Z][\w'’-]+,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}(?:\s+{_PARTICLE})+,\s+(?!and\s|&)(?=\S)"
)
# the imprint's bracket the names ran into: "Cours De Linguistique Générale (Payot,"
_BRACKET = lazy_pattern(r"\s\(")


@needs(labels=("author",), marks=(",",))
def particle_closes_inverted_name(spans: list[Span], text: str) -> list[Span]:
    """``Saussure, Ferdinand de, Cours De Linguistique Générale (Payot,`` read as names: the inverted name ends at
    the comma after its particle; the rest is the title (and the publisher its bracket opens)."""
    if not spans or spans[0].label != "author" or (m := _INVERTED_WITH_PARTICLE.match(text)) is None:
        return spans
    first, cut = spans[0], m.end()
    if first.start != 0 or first.end <= cut or len(text[cut : first.end].split()) < 2:
        return spans
    names = Span("author", text[first.start : cut], first.start, cut, first.confidence)
    rest = spans[1:]
    if rest and rest[0].label == "title":
        title = Span("title", text[cut : rest[0].end], cut, rest[0].end, min(first.confidence, rest[0].confidence))
        return [names, title, *rest[1:]]
    if any(s.label == "title" for s in rest):
        return spans
    b = _BRACKET.search(text, cut, first.end)
    if b is None:
        return [names, Span("title", text[cut : first.end], cut, first.end, first.confidence), *rest]
    title = Span("title", text[cut : b.start()], cut, b.start(), first.confidence)
    publisher = Span("publisher", text[b.end() : first.end], b.end(), first.end, first.confidence)
    return [names, title, publisher, *rest]
