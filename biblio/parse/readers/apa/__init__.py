"""APA 7 reference parsing: one unit per element, orchestrated by parser.py.

``read(text)`` is the structured-reader interface (readers/base.py): the
record (brought to biblio's record conventions) with a confidence, or None when
the text is not in APA style (style.py says why).
"""

from __future__ import annotations

from biblio.parse.readers.apa.conventions import conventions
from biblio.parse.readers.apa.parser import parse_apa
from biblio.parse.readers.apa.style import italics_before_date, not_apa, reading_doubts, style_doubts
from biblio.parse.readers.base import Reading, confidence_from_flags

__all__ = ["NAME", "parse_apa", "read"]

NAME = "apa"
# The APA rules are exact where they apply: a reading without flags or doubts is trusted this much.
BASE_CONFIDENCE = 0.98
DOUBT_COST = 0.15
# A record that still holds what APA separates was not read as APA: the chooser does not take it,
# and its confidence (evidence for needs-review where it disagrees with the model) is lowered.
READING_COST = 0.6


def read(text: str) -> Reading | None:
    """The APA reading of ``text``, or None for "not my style"."""
    if not_apa(text):
        return None
    item = conventions(parse_apa(text))
    if item is None:
        return None
    conf, doubts = confidence_from_flags(item, BASE_CONFIDENCE)
    style = style_doubts(text)
    misread = reading_doubts(item) + italics_before_date(text)
    conf = max(0.0, round(conf - DOUBT_COST * len(style) - READING_COST * len(misread), 4))
    return Reading(item=item, confidence=conf, reader=NAME, doubts=doubts + style + misread, misread=misread)
