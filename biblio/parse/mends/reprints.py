"""Mends of a reprint's note: after the imprint of the first printing, ``Reprint, Cambridge:
Cambridge University Press, 2008.`` or ``as reprinted in Hood and Koopmans, Studies …, New York:
John Wiley, 1953.`` tells of a later printing, and none of its parts is the work's place,
publisher, date or title."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.spans import Span

_REPRINT = lazy_pattern(r"^\s*[(\[]?\s*(?:as\s+)?(?:reprint(?:ed)?|repr\.)(?=\W)", re.I)
# what the note runs on to: the later printing's parts, not the reference's identifiers
_NOTE_PARTS = frozenset(
    [
        "title",
        "container-title",
        "journal",
        "editor",
        "location",
        "publisher",
        "date",
        "pages",
        "volume",
        "note",
        "edition",
    ]
)


def reprint_apart(spans: list[Span], text: str) -> list[Span]:
    """A span opening with ``Reprint``/``Reprinted``/``repr.`` after the reference's date runs, with the
    later printing's parts after it, into one note."""
    seen_date = False
    for k, s in enumerate(spans):
        if seen_date and _REPRINT.match(s.text):
            z = k
            while z + 1 < len(spans) and spans[z + 1].label in _NOTE_PARTS:
                z += 1
            end = spans[z].end
            note = Span("note", text[s.start : end], s.start, end, s.confidence)
            return [*spans[:k], note, *spans[z + 1 :]]
        seen_date = seen_date or s.label == "date"
    return spans
