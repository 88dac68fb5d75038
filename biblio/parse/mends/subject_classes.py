"""Mend of a subject class closing a title: HAL's and arXiv's ``Human-Computer Interaction [cs.HC]`` after a thesis's
title (``Finding People in Images and Videos, Human-Computer Interaction [cs.HC], Institut …``).

The class files the work in an archive's subjects; it is no part of the title, so it is a note.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the subject's name and its bracketed code, "[cs.HC]", "[math.ST]", "[q-bio.NC]", "[physics.optics]"
_CLASS_CLOSES = lazy_pattern(
    r",\s*(?P<cls>[^,\[\]]*\[(?:cs|math|stat|physics|q-bio|q-fin|eess|econ|astro-ph|cond-mat|nlin|quant-ph|sdv|shs|"
    r"spi|info|phys|chim|sde)\.[A-Za-z-]{2,}\])\s*[.,]?\s*$"
)


@needs(labels=["title"], marks=("[",))
def subject_class_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, Human-Computer Interaction [cs.HC]`` read as the title: the subject class is a note."""
    for k, s in enumerate(spans):
        if s.label != "title" or (m := _CLASS_CLOSES.search(s.text)) is None or not m.start():
            continue
        a, z = s.start + m.start("cls"), s.start + m.end("cls")
        head = Span("title", s.text[: m.start()], s.start, s.start + m.start(), s.confidence)
        note = Span("note", text[a:z], a, z, s.confidence)
        return [*spans[:k], head, note, *spans[k + 1 :]]
    return spans
