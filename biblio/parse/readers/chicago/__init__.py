"""Chicago (17th ed.) reference parsing: author-date reference-list entries and notes-bibliography
bibliography entries, one unit per element (authors, dates, source), orchestrated by parser.py.

``read(text)`` is the structured-reader interface (readers/base.py): the record with a confidence,
or None when the text is not in Chicago's shape (style.py's precheck, cheap for every reference).
"""

from __future__ import annotations

from biblio.parse.readers.base import Reading, Style
from biblio.parse.readers.chicago.parser import parse_chicago
from biblio.parse.readers.chicago.style import chicago_shaped, reading_doubts

__all__ = ["NAME", "chicago_shaped", "parse_chicago", "read"]

NAME = "chicago"
# Chicago's forms are exact where they apply: a reading without flags is trusted this much; a record
# that still holds what Chicago separates was not read as Chicago, and the chooser does not take it.
STYLE = Style(NAME, chicago_shaped, parse_chicago, reading_doubts, base=0.97)


def read(text: str) -> Reading | None:
    """The Chicago reading of ``text``, or None for "not my style"."""
    return STYLE.read(text)
