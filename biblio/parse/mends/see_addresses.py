"""Mend of the word that leads a web address: the Royal Society's ``Title. Harv. Bus. Rev.. See https://…``,
with ``See`` read into the periodical or site before the address."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "Authority Magazine. See": a stop, then the word that leads the address, closing the span
_SEE_CLOSES = lazy_pattern(r"(?<=[.,;])\s+See\s*$")
_NAMED = frozenset(["journal", "container-title", "publisher"])


@needs(labels=["url"], any_label=["journal", "container-title", "publisher"], marks=(" See ",))
def see_before_address(spans: list[Span], text: str) -> list[Span]:
    """A periodical, site or publisher span that closes on ``. See`` right before the address: ``See`` is no part
    of the name."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in _NAMED or spans[k + 1].label != "url" or (m := _SEE_CLOSES.search(s.text)) is None:
            continue
        z = s.start + m.start()
        a = s.start + m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        kept = Span(s.label, text[s.start : z], s.start, z, s.confidence)
        word = Span("other", text[a : s.end].rstrip(), a, s.start + len(s.text.rstrip()), s.confidence)
        return [*spans[:k], kept, word, *spans[k + 1 :]]
    return spans
