"""Mends of a numbered list's first words: BMJ's and Lancet's ``1 de Onis M, …`` (the number with no
stop after it) with the name's particle read into the number."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import PARTICLES
from biblio.parse.spans import Span

_NUMBER_THEN_WORD = lazy_pattern(r"^(?P<number>\s*\d{1,4}\.?)\s+(?P<word>[^\W\d_][\w']*)\s*$")


@needs(labels=["citation-number", "author"])
def particle_after_number(spans: list[Span], text: str) -> list[Span]:
    """``1 de Onis M, …`` read as the number ``1 de`` and the name ``Onis M``: a lower-case particle
    after the list's number opens the first author's family name."""
    if len(spans) < 2 or spans[0].label != "citation-number" or spans[1].label != "author":
        return spans
    number, names = spans[0], spans[1]
    m = _NUMBER_THEN_WORD.match(number.text)
    if m is None or m.group("word") not in PARTICLES:
        return spans
    a = number.start + m.start("word")
    kept = Span(
        "citation-number", m.group("number").strip(), number.start, number.start + m.end("number"), number.confidence
    )
    moved = Span("author", text[a : names.end], a, names.end, names.confidence)
    return [kept, moved, *spans[2:]]
