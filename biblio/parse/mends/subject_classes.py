"""Mend of a subject class closing a title: HAL's and arXiv's ``Human-Computer Interaction [cs.HC]`` after a thesis's
title (``Finding People in Images and Videos, Human-Computer Interaction [cs.HC], Institut …``).

The class files the work in an archive's subjects; it is no part of the title, so it is a note.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import closing_part_apart
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the subject's name and its bracketed code, "[cs.HC]", "[math.ST]", "[q-bio.NC]", "[physics.optics]"
_CLASS_CLOSES = lazy_pattern(
    r",\s*(?P<part>[^,\[\]]*\[(?:cs|math|stat|physics|q-bio|q-fin|eess|econ|astro-ph|cond-mat|nlin|quant-ph|sdv|shs|"
    r"spi|info|phys|chim|sde)\.[A-Za-z-]{2,}\])\s*[.,]?\s*$"
)


@needs(labels=["title"], marks=("[",))
def subject_class_closes_title(spans: list[Span], text: str) -> list[Span]:
    """``Title, Human-Computer Interaction [cs.HC]`` read as the title: the subject class is a note."""
    return closing_part_apart(spans, text, _CLASS_CLOSES, "note")
