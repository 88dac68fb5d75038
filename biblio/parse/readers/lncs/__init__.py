"""Springer LNCS reference parsing (``Family, I., Family, I.: Title. Source (Year)``): the names
(authors.py), the source after the title (source.py), orchestrated by parser.py.

``read(text)`` is the structured-reader interface (readers/base.py): the record with a confidence,
or None when the text is not in LNCS's shape (style.py's precheck, cheap for every reference).
"""

from __future__ import annotations

from biblio.parse.readers.base import Reading, confidence_from_flags
from biblio.parse.readers.lncs.parser import parse_lncs
from biblio.parse.readers.lncs.style import lncs_shaped, read_whole, reading_doubts

__all__ = ["NAME", "lncs_shaped", "parse_lncs", "read"]

NAME = "lncs"
# LNCS's forms are exact where they apply: a reading without flags is trusted this much.
BASE_CONFIDENCE = 0.97
# A record that still holds what LNCS separates was not read as LNCS: the chooser does not take it.
READING_COST = 0.6


def read(text: str) -> Reading | None:
    """The LNCS reading of ``text``, or None for "not my style"."""
    if not lncs_shaped(text):
        return None
    item = parse_lncs(text)
    if item is None or not read_whole(item):
        return None
    conf, doubts = confidence_from_flags(item, BASE_CONFIDENCE)
    misread = reading_doubts(item)
    conf = max(0.0, round(conf - READING_COST * len(misread), 4))
    return Reading(item=item, confidence=conf, reader=NAME, doubts=doubts + misread, misread=misread)
