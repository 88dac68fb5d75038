"""Chicago (17th ed.) reference parsing: author-date reference-list entries and notes-bibliography
bibliography entries, one unit per element (authors, dates, source), orchestrated by parser.py.

``read(text)`` is the structured-reader interface (readers/base.py): the record with a confidence,
or None when the text is not in Chicago's shape (style.py's precheck, cheap for every reference).
"""

from __future__ import annotations

from biblio.parse.readers.base import Reading, confidence_from_flags
from biblio.parse.readers.chicago.parser import parse_chicago
from biblio.parse.readers.chicago.style import chicago_shaped, reading_doubts

__all__ = ["NAME", "chicago_shaped", "parse_chicago", "read"]

NAME = "chicago"
# Chicago's forms are exact where they apply: a reading without flags is trusted this much.
BASE_CONFIDENCE = 0.97
# A record that still holds what Chicago separates was not read as Chicago: the chooser does not take it.
READING_COST = 0.6


def read(text: str) -> Reading | None:
    """The Chicago reading of ``text``, or None for "not my style"."""
    if not chicago_shaped(text):
        return None
    item = parse_chicago(text)
    if item is None:
        return None
    conf, doubts = confidence_from_flags(item, BASE_CONFIDENCE)
    misread = reading_doubts(item)
    conf = max(0.0, round(conf - READING_COST * len(misread), 4))
    return Reading(item=item, confidence=conf, reader=NAME, doubts=doubts + misread, misread=misread)
