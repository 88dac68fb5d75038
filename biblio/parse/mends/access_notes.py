"""Mend of an access note read as a note: Wikipedia's ``Spolsky, Joel (April 6, 2000). "Title". Joel on
Software. Retrieved October 15, 2021.`` A note that holds only the access word and a date is the access
date."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.dates import ACCESS_LEAD
from biblio.parse.spans import Span

_ACCESS_ONLY = lazy_pattern(
    rf"^\s*(?:{ACCESS_LEAD})\s+(?:on\s+)?[^():/]{{0,25}}?\d{{4}}(?:-\d\d?){{0,2}}\s*[.,]?\s*$", re.I
)


@needs(labels=["note"], without=["accessed"])
def access_note_is_accessed(spans: list[Span], text: str) -> list[Span]:
    """``Retrieved October 15, 2021.`` read as a note: the date the page was read, the access date."""
    for k, s in enumerate(spans):
        if s.label == "note" and _ACCESS_ONLY.match(s.text):
            return [*spans[:k], Span("accessed", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
