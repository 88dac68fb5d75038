"""IEEE reference parsing (``[1] A. B. Last and C. Other, "Title," *Journal*, vol. 12, …``): the
opening and title (parser.py), the comma-separated source units (source.py).

``read(text)`` is the structured-reader interface (readers/base.py): the record with a confidence,
or None when the text is not in IEEE's shape (style.py's precheck, cheap for every reference).
"""

from __future__ import annotations

from biblio.parse.readers.base import Reading, confidence_from_flags
from biblio.parse.readers.ieee.parser import parse_ieee
from biblio.parse.readers.ieee.style import ieee_shaped
from biblio.parse.readers.lncs.style import read_whole, reading_doubts

__all__ = ["NAME", "ieee_shaped", "parse_ieee", "read"]

NAME = "ieee"
# IEEE's forms are exact where they apply: a reading without flags is trusted this much.
BASE_CONFIDENCE = 0.97
# A record that still holds what IEEE separates was not read as IEEE: the chooser does not take it.
READING_COST = 0.6


def read(text: str) -> Reading | None:
    """The IEEE reading of ``text``, or None for "not my style"."""
    if not ieee_shaped(text):
        return None
    item = parse_ieee(text)
    if item is None or not read_whole(item):
        return None
    conf, doubts = confidence_from_flags(item, BASE_CONFIDENCE)
    misread = reading_doubts(item)
    conf = max(0.0, round(conf - READING_COST * len(misread), 4))
    return Reading(item=item, confidence=conf, reader=NAME, doubts=doubts + misread, misread=misread)
