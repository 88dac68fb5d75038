"""Mends of a newspaper's section: Chicago's ``*New York Times*, October 28, 2000, sec. B.`` or
``October 20, 2013, sec. B6.`` names the section the article ran in, as AnyStyle's labelled data
read ``sec. A: 1`` as a note; it is neither the pages nor a publisher."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# "sec. B", "sec. B6", "section A": the section's word and its letter or number, alone in the span
_SECTION = lazy_pattern(r"^\s*(?:sec|sect|section)\.?\s+[A-Z]{0,2}\d{0,3}[\s.,;]*$", re.I)
_NOT_SECTIONS = frozenset(["pages", "publisher", "location", "volume"])


@needs(words=["sec"])
def section_apart(spans: list[Span], text: str) -> list[Span]:
    """``sec. B6`` read as the pages (or ``sec. B.`` as the publisher): the newspaper's section is a note."""
    if "sec" not in text.lower():
        return spans
    for k, s in enumerate(spans):
        if s.label in _NOT_SECTIONS and _SECTION.match(s.text) and any(c.isalnum() for c in s.text[4:]):
            return [*spans[:k], Span("note", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
