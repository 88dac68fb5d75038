"""Mends of the school in the brackets that name a degree: APA's and Harvard's ``Title (Doctoral
dissertation, University of Cambridge).`` with the school read as a note or a place. What follows the
degree up to the closing bracket is the school, the thesis's publisher."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DEGREE_OPENS = lazy_pattern(
    r"^\(\s*(?:doctoral\s+dissertation|(?:ph\.?\s?d\.?|doctoral|master['’]?s|ma|ms|msc)\s+thesis)\s*,\s*$", re.I
)
_SCHOOL = lazy_pattern(r"^\s*(?P<school>[^\W\d_][^()]*?)\s*\)\s*\.?\s*$")


@needs(labels=["genre"])
def school_in_degree_bracket(spans: list[Span], text: str) -> list[Span]:
    """``(Doctoral dissertation, | University of Cambridge).`` with the school read as a note or a
    place: it is the publisher."""
    for k in range(len(spans) - 1):
        degree, s = spans[k], spans[k + 1]
        if degree.label != "genre" or s.label not in ("note", "location") or not _DEGREE_OPENS.match(degree.text):
            continue
        if (m := _SCHOOL.match(s.text)) is None:
            return spans
        a, z = s.start + m.start("school"), s.start + m.end("school")
        return [*spans[: k + 1], Span("publisher", text[a:z], a, z, s.confidence), *spans[k + 2 :]]
    return spans
