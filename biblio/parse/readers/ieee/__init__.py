"""IEEE reference parsing (``[1] A. B. Last and C. Other, "Title," *Journal*, vol. 12, …``): the
opening and title (parser.py), the comma-separated source units (source.py).

``read(text)`` is the structured-reader interface (readers/base.py): the record with a confidence,
or None when the text is not in IEEE's shape (style.py's precheck, cheap for every reference).
"""

from __future__ import annotations

from biblio.parse.readers.base import Reading, Style
from biblio.parse.readers.ieee.parser import parse_ieee
from biblio.parse.readers.ieee.style import ieee_shaped
from biblio.parse.readers.lncs.style import reading_doubts

__all__ = ["NAME", "ieee_shaped", "parse_ieee", "read"]

NAME = "ieee"
# IEEE's forms are exact where they apply: a reading without flags is trusted this much; a record
# that still holds what IEEE separates was not read as IEEE, and the chooser does not take it.
STYLE = Style(NAME, ieee_shaped, parse_ieee, reading_doubts, base=0.97)


def read(text: str) -> Reading | None:
    """The IEEE reading of ``text``, or None for "not my style"."""
    return STYLE.read(text)
